using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>
/// A function local that the compiler keeps as two C# variables, the object slot and a
/// <c>double</c> (the float counterpart of <see cref="IntLocal"/>). While the slot holds
/// <see cref="Unboxed"/> the float's value is in the double and no PyFloat exists for it: a
/// store of fused float arithmetic (<c>dx = b[0] - b2[0]</c>, <c>d2 = dx * dx + dy * dy</c>)
/// writes the double, any other store writes the slot as usual, and a read that needs an object
/// boxes the double on the spot (<see cref="Load"/>), so the marker never escapes the method.
/// </summary>
public static class FloatLocal
{
    /// <summary>The slot's value while the float is held in the double.</summary>
    public static readonly PyObject Unboxed = new Marker();

    /// <summary>The local's value as an object: null while unbound, as for any local.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? Load(PyObject? slot, double value) =>
        ReferenceEquals(slot, Unboxed) ? new PyFloat(value) : slot;

    /// <summary>The float fusion operand test (<see cref="Ops.FusedOperand"/>) of the local.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool FusedOperand(PyObject? slot, double value, out double d)
    {
        if (ReferenceEquals(slot, Unboxed))
        {
            d = value;
            return true;
        }
        return Ops.FusedOperand(slot, out d);
    }

    /// <summary>The fused operand test of a local that must be a float (<c>x + n</c> with n
    /// not known to be a float).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFloat(PyObject? slot, double value, out double d)
    {
        if (ReferenceEquals(slot, Unboxed))
        {
            d = value;
            return true;
        }
        if (slot is PyFloat f)
        {
            d = f.Value;
            return true;
        }
        d = 0;
        return false;
    }

    /// <summary>Never seen by scripts: <see cref="Load"/> replaces it by the float it stands for.</summary>
    private sealed class Marker : PyObject
    {
        public override PyType Type => BuiltinTypes.Float;
    }
}
