using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>Operators with a literal int or float operand (<c>n - 1</c>, <c>i &lt; 2</c>,
/// <c>2.0 * x</c>): the compiler passes the literal unboxed, so the exact-int/exact-float case is
/// a type test and one machine operation; any other operand takes the general protocol with the
/// literal boxed. The compiler only passes int literals with |value| &lt;= 2**53 (exact as a
/// double), so int-with-float mixes convert exactly, as CPython does.</summary>
public static partial class Ops
{
    private const long ExactDoubleLimit = 1L << 53;

    // ---- int literal on the right ------------------------------------------------------------------
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Add(PyObject a, long b)
    {
        if (a.GetType() == typeof(PyInt) && Fast.AsInt(a).IsSmall) return PyInt.Add(Fast.AsInt(a).Small, b);
        if (a is PyFloat f) return new PyFloat(f.Value + b);
        return BinarySlow(BinaryOp.Add, a, PyInt.From(b));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Sub(PyObject a, long b)
    {
        if (a.GetType() == typeof(PyInt) && Fast.AsInt(a).IsSmall) return PyInt.Sub(Fast.AsInt(a).Small, b);
        if (a is PyFloat f) return new PyFloat(f.Value - b);
        return BinarySlow(BinaryOp.Sub, a, PyInt.From(b));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Mul(PyObject a, long b)
    {
        if (a.GetType() == typeof(PyInt) && Fast.AsInt(a).IsSmall) return PyInt.Mul(Fast.AsInt(a).Small, b);
        if (a is PyFloat f) return new PyFloat(f.Value * b);
        return MulSlow(a, b);
    }

    // Sequence repetition and user classes: out of line, it is the rare case.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject MulSlow(PyObject a, long b) => Mul(a, (PyObject)PyInt.From(b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject TrueDiv(PyObject a, long b)
    {
        if (b != 0)
        {
            if (a is PyFloat f) return new PyFloat(f.Value / b);
            // Both exact as doubles: one IEEE division is the correctly rounded quotient.
            if (a.GetType() == typeof(PyInt) && Fast.AsInt(a).IsSmall && (ulong)(Fast.AsInt(a).Small + ExactDoubleLimit) <= 2 * ExactDoubleLimit)
                return new PyFloat((double)Fast.AsInt(a).Small / b);
        }
        return TrueDiv(a, (PyObject)PyInt.From(b));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject FloorDiv(PyObject a, long b)
    {
        if (b > 0 && a.GetType() == typeof(PyInt) && Fast.AsInt(a).IsSmall)
        {
            long x = Fast.AsInt(a).Small;
            long q = x / b;
            if (x % b < 0) q--;
            return PyInt.From(q);
        }
        return FloorDiv(a, (PyObject)PyInt.From(b));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Mod(PyObject a, long b)
    {
        if (b > 0 && a.GetType() == typeof(PyInt) && Fast.AsInt(a).IsSmall)
        {
            long r = Fast.AsInt(a).Small % b;
            if (r < 0) r += b;
            return PyInt.From(r);
        }
        return ModSlow(a, b);
    }

    // str % x formatting takes this path too.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject ModSlow(PyObject a, long b) => Mod(a, (PyObject)PyInt.From(b));

    // ---- int literal on the left -------------------------------------------------------------------
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Add(long a, PyObject b)
    {
        if (b.GetType() == typeof(PyInt) && Fast.AsInt(b).IsSmall) return PyInt.Add(a, Fast.AsInt(b).Small);
        if (b is PyFloat f) return new PyFloat(a + f.Value);
        return BinarySlow(BinaryOp.Add, PyInt.From(a), b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Sub(long a, PyObject b)
    {
        if (b.GetType() == typeof(PyInt) && Fast.AsInt(b).IsSmall) return PyInt.Sub(a, Fast.AsInt(b).Small);
        if (b is PyFloat f) return new PyFloat(a - f.Value);
        return BinarySlow(BinaryOp.Sub, PyInt.From(a), b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Mul(long a, PyObject b)
    {
        if (b.GetType() == typeof(PyInt) && Fast.AsInt(b).IsSmall) return PyInt.Mul(a, Fast.AsInt(b).Small);
        if (b is PyFloat f) return new PyFloat(a * f.Value);
        return MulSlow(a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject MulSlow(long a, PyObject b) => Mul((PyObject)PyInt.From(a), b);

    // ---- float literal -----------------------------------------------------------------------------
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Add(PyObject a, double b) =>
        FloatOperand(a, out double x) ? new PyFloat(x + b) : BinarySlow(BinaryOp.Add, a, new PyFloat(b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Sub(PyObject a, double b) =>
        FloatOperand(a, out double x) ? new PyFloat(x - b) : BinarySlow(BinaryOp.Sub, a, new PyFloat(b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Mul(PyObject a, double b) =>
        FloatOperand(a, out double x) ? new PyFloat(x * b) : BinarySlow(BinaryOp.Mul, a, new PyFloat(b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject TrueDiv(PyObject a, double b) =>
        FloatOperand(a, out double x) ? new PyFloat(PyFloat.Div(x, b)) : BinarySlow(BinaryOp.TrueDiv, a, new PyFloat(b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Add(double a, PyObject b) =>
        FloatOperand(b, out double y) ? new PyFloat(a + y) : BinarySlow(BinaryOp.Add, new PyFloat(a), b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Sub(double a, PyObject b) =>
        FloatOperand(b, out double y) ? new PyFloat(a - y) : BinarySlow(BinaryOp.Sub, new PyFloat(a), b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Mul(double a, PyObject b) =>
        FloatOperand(b, out double y) ? new PyFloat(a * y) : BinarySlow(BinaryOp.Mul, new PyFloat(a), b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject TrueDiv(double a, PyObject b) =>
        FloatOperand(b, out double y) ? new PyFloat(PyFloat.Div(a, y)) : BinarySlow(BinaryOp.TrueDiv, new PyFloat(a), b);

    /// <summary>An exact float, or an exact int in the long range, as the double that
    /// float arithmetic converts it to (correctly rounded, like PyLong_AsDouble).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool FloatOperand(PyObject o, out double d)
    {
        if (o is PyFloat f) { d = f.Value; return true; }
        if (o.GetType() == typeof(PyInt) && Fast.AsInt(o).IsSmall) { d = Fast.AsInt(o).Small; return true; }
        d = 0;
        return false;
    }

    /// <summary>An operand of compiler-fused float arithmetic: a float, or an exact int whose
    /// double conversion is exact (so int/int true division matches CPython too); false for
    /// anything else, including null (an unbound variable: the general code raises).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool FusedOperand(PyObject? o, out double d)
    {
        if (o is PyFloat f) { d = f.Value; return true; }
        if (o is not null && o.GetType() == typeof(PyInt) && Fast.AsInt(o).IsSmall
            && (ulong)(Fast.AsInt(o).Small + ExactDoubleLimit) <= 2 * ExactDoubleLimit)
        {
            d = Fast.AsInt(o).Small;
            return true;
        }
        d = 0;
        return false;
    }

    // ---- augmented assignment ----------------------------------------------------------------------
    // Exact ints and floats have no in-place methods: a op= b is a op b for them.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject InPlaceAdd(PyObject a, long b)
    {
        if (a.GetType() == typeof(PyInt) && Fast.AsInt(a).IsSmall) return PyInt.Add(Fast.AsInt(a).Small, b);
        if (a is PyFloat f) return new PyFloat(f.Value + b);
        return InPlaceSlow(BinaryOp.Add, a, PyInt.From(b));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject InPlaceSub(PyObject a, long b)
    {
        if (a.GetType() == typeof(PyInt) && Fast.AsInt(a).IsSmall) return PyInt.Sub(Fast.AsInt(a).Small, b);
        if (a is PyFloat f) return new PyFloat(f.Value - b);
        return InPlaceSlow(BinaryOp.Sub, a, PyInt.From(b));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject InPlaceMul(PyObject a, long b)
    {
        if (a.GetType() == typeof(PyInt) && Fast.AsInt(a).IsSmall) return PyInt.Mul(Fast.AsInt(a).Small, b);
        if (a is PyFloat f) return new PyFloat(f.Value * b);
        return InPlaceSlow(BinaryOp.Mul, a, PyInt.From(b));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject InPlaceAdd(PyObject a, double b) =>
        FloatOperand(a, out double x) ? new PyFloat(x + b) : InPlaceSlow(BinaryOp.Add, a, new PyFloat(b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject InPlaceSub(PyObject a, double b) =>
        FloatOperand(a, out double x) ? new PyFloat(x - b) : InPlaceSlow(BinaryOp.Sub, a, new PyFloat(b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject InPlaceMul(PyObject a, double b) =>
        FloatOperand(a, out double x) ? new PyFloat(x * b) : InPlaceSlow(BinaryOp.Mul, a, new PyFloat(b));

    // ---- comparisons with a literal on the right (a rich comparison's value may be any object) ---------------------------------------------------
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LtBool(PyObject a, long b) =>
        IntOrFloat(a, out long l, out double d, out bool isInt) ? (isInt ? l < b : d < b) : LtBool(a, (PyObject)PyInt.From(b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LeBool(PyObject a, long b) =>
        IntOrFloat(a, out long l, out double d, out bool isInt) ? (isInt ? l <= b : d <= b) : LeBool(a, (PyObject)PyInt.From(b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GtBool(PyObject a, long b) =>
        IntOrFloat(a, out long l, out double d, out bool isInt) ? (isInt ? l > b : d > b) : GtBool(a, (PyObject)PyInt.From(b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GeBool(PyObject a, long b) =>
        IntOrFloat(a, out long l, out double d, out bool isInt) ? (isInt ? l >= b : d >= b) : GeBool(a, (PyObject)PyInt.From(b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqBool(PyObject a, long b) =>
        IntOrFloat(a, out long l, out double d, out bool isInt) ? (isInt ? l == b : d == b) : EqBool(a, (PyObject)PyInt.From(b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NeBool(PyObject a, long b) =>
        IntOrFloat(a, out long l, out double d, out bool isInt) ? (isInt ? l != b : d != b) : NeBool(a, (PyObject)PyInt.From(b));

    public static PyObject Lt(PyObject a, long b) =>
        IntOrFloat(a, out _, out _, out _) ? PyBool.From(LtBool(a, b)) : Compare(a, PyInt.From(b), CompareOp.Lt);
    public static PyObject Le(PyObject a, long b) =>
        IntOrFloat(a, out _, out _, out _) ? PyBool.From(LeBool(a, b)) : Compare(a, PyInt.From(b), CompareOp.Le);
    public static PyObject Gt(PyObject a, long b) =>
        IntOrFloat(a, out _, out _, out _) ? PyBool.From(GtBool(a, b)) : Compare(a, PyInt.From(b), CompareOp.Gt);
    public static PyObject Ge(PyObject a, long b) =>
        IntOrFloat(a, out _, out _, out _) ? PyBool.From(GeBool(a, b)) : Compare(a, PyInt.From(b), CompareOp.Ge);
    public static PyObject Eq(PyObject a, long b) =>
        IntOrFloat(a, out _, out _, out _) ? PyBool.From(EqBool(a, b)) : Compare(a, PyInt.From(b), CompareOp.Eq);
    public static PyObject Ne(PyObject a, long b) =>
        IntOrFloat(a, out _, out _, out _) ? PyBool.From(NeBool(a, b)) : Compare(a, PyInt.From(b), CompareOp.Ne);

    /// <summary>An exact small int (compared as a long) or a float (compared as a double: the
    /// literal is exact as a double, so this is CPython's exact int/float comparison, and NaN
    /// compares false except by !=).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IntOrFloat(PyObject o, out long l, out double d, out bool isInt)
    {
        if (o.GetType() == typeof(PyInt) && Fast.AsInt(o).IsSmall) { l = Fast.AsInt(o).Small; d = 0; isInt = true; return true; }
        if (o is PyFloat f) { l = 0; d = f.Value; isInt = false; return true; }
        l = 0; d = 0; isInt = false;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LtBool(PyObject a, double b) => a is PyFloat f ? f.Value < b : LtBool(a, (PyObject)new PyFloat(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LeBool(PyObject a, double b) => a is PyFloat f ? f.Value <= b : LeBool(a, (PyObject)new PyFloat(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GtBool(PyObject a, double b) => a is PyFloat f ? f.Value > b : GtBool(a, (PyObject)new PyFloat(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GeBool(PyObject a, double b) => a is PyFloat f ? f.Value >= b : GeBool(a, (PyObject)new PyFloat(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqBool(PyObject a, double b) => a is PyFloat f ? f.Value == b : EqBool(a, (PyObject)new PyFloat(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NeBool(PyObject a, double b) => a is PyFloat f ? f.Value != b : NeBool(a, (PyObject)new PyFloat(b));

    public static PyObject Lt(PyObject a, double b) =>
        a is PyFloat ? PyBool.From(LtBool(a, b)) : Compare(a, new PyFloat(b), CompareOp.Lt);
    public static PyObject Le(PyObject a, double b) =>
        a is PyFloat ? PyBool.From(LeBool(a, b)) : Compare(a, new PyFloat(b), CompareOp.Le);
    public static PyObject Gt(PyObject a, double b) =>
        a is PyFloat ? PyBool.From(GtBool(a, b)) : Compare(a, new PyFloat(b), CompareOp.Gt);
    public static PyObject Ge(PyObject a, double b) =>
        a is PyFloat ? PyBool.From(GeBool(a, b)) : Compare(a, new PyFloat(b), CompareOp.Ge);
    public static PyObject Eq(PyObject a, double b) =>
        a is PyFloat ? PyBool.From(EqBool(a, b)) : Compare(a, new PyFloat(b), CompareOp.Eq);
    public static PyObject Ne(PyObject a, double b) =>
        a is PyFloat ? PyBool.From(NeBool(a, b)) : Compare(a, new PyFloat(b), CompareOp.Ne);
}
