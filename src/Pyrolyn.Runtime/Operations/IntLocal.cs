using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>
/// A function local that the compiler keeps as two C# variables: the ordinary object slot and a
/// <c>long</c>. When the slot holds <see cref="Unboxed"/>, the int's value is in the long and no
/// PyInt exists for it; a store of fused int arithmetic (<c>i += 1</c>, <c>x = (x * 31 + i) % m</c>)
/// writes the long, any other store writes the slot as usual. A read that needs an object boxes the
/// long on the spot (<see cref="Load"/>), so the marker never escapes the method: nothing but this
/// class and the emitted code ever sees it. Invariant: the slot is the marker only while the long
/// is a valid fused operand (never <see cref="IntFusion.Poison"/>).
/// </summary>
public static class IntLocal
{
    /// <summary>The slot's value while the int is held in the long.</summary>
    public static readonly PyObject Unboxed = new Marker();

    /// <summary>The local's value as an object: null while unbound, as for any local.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? Load(PyObject? slot, long value) =>
        ReferenceEquals(slot, Unboxed) ? PyInt.From(value) : slot;

    /// <summary>The int fusion operand test (<see cref="IntFusion.Operand"/>) of the local.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Operand(PyObject? slot, long value, out long v)
    {
        if (ReferenceEquals(slot, Unboxed))
        {
            v = value;
            return true;
        }
        return IntFusion.Operand(slot, out v);
    }

    /// <summary>The float fusion operand test (<see cref="Ops.FusedOperand"/>) of the local: an
    /// int is taken only when the double holds it exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool FusedOperand(PyObject? slot, long value, out double d)
    {
        if (ReferenceEquals(slot, Unboxed))
        {
            d = value;
            return (ulong)(value + (1L << 53)) <= 2UL * (1L << 53);
        }
        return Ops.FusedOperand(slot, out d);
    }

    /// <summary>A fused result that can be stored in the long (no overflow on the way).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Fits(long r, out long value)
    {
        value = r;
        return r != IntFusion.Poison;
    }

    /// <summary>The truth of the local (<c>while k:</c>) without boxing it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(PyObject slot, long value) =>
        ReferenceEquals(slot, Unboxed) ? value != 0 : Ops.IsTrue(slot);

    /// <summary><c>o[i]</c> for the local i: by the long when it is unboxed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject GetItem(PyObject o, PyObject slot, long value) =>
        ReferenceEquals(slot, Unboxed) ? Ops.GetItem(o, value) : Ops.GetItem(o, slot);

    /// <summary><c>o[i] = v</c> for the local i: by the long when it is unboxed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetItem(PyObject o, PyObject slot, long value, PyObject item)
    {
        if (ReferenceEquals(slot, Unboxed))
            Ops.SetItem(o, value, item);
        else
            Ops.SetItem(o, slot, item);
    }

    /// <summary>Stores an int known to fit (a literal, a range loop's counter): the slot's new value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Set(long r, out long value)
    {
        value = r;
        return r != IntFusion.Poison ? Unboxed : PyInt.From(r);
    }

    /// <summary>Never seen by scripts: <see cref="Load"/> replaces it by the int it stands for.</summary>
    private sealed class Marker : PyObject
    {
        public override PyType Type => BuiltinTypes.Int;
    }
}
