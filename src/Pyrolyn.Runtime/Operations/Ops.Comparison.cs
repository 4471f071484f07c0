using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>Rich comparison (CPython's do_richcompare) with int/float/str fast paths.</summary>
public static partial class Ops
{
    public static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        PyObject? r;
        bool checkedReverse = false;
        var ta = a.Type;
        var tb = b.Type;
        if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta))
        {
            checkedReverse = true;
            r = b.RichCompare(a, OpNames.Swapped(op));
            if (r is not null && !ReferenceEquals(r, NotImplemented)) return r;
        }
        r = a.RichCompare(b, op);
        if (r is not null && !ReferenceEquals(r, NotImplemented)) return r;
        if (!checkedReverse)
        {
            r = b.RichCompare(a, OpNames.Swapped(op));
            if (r is not null && !ReferenceEquals(r, NotImplemented)) return r;
        }
        switch (op)
        {
            case CompareOp.Eq: return PyBool.From(ReferenceEquals(a, b));
            case CompareOp.Ne: return PyBool.From(!ReferenceEquals(a, b));
        }
        throw Errors.TypeError($"'{OpNames.Symbol(op)}' not supported between instances of '{ta.ErrorName}' and '{tb.ErrorName}'");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FastCompare(PyObject a, PyObject b, CompareOp op, out bool result)
    {
        if (Fast.BothInts(a, b) && Fast.AsInt(a).IsSmall && Fast.AsInt(b).IsSmall)
        {
            long l = Fast.AsInt(a).Small, r = Fast.AsInt(b).Small;
            result = op switch
            {
                CompareOp.Lt => l < r,
                CompareOp.Le => l <= r,
                CompareOp.Eq => l == r,
                CompareOp.Ne => l != r,
                CompareOp.Gt => l > r,
                _ => l >= r,
            };
            return true;
        }
        if (a is PyFloat fa && b is PyFloat fb)
        {
            result = PyFloat.CompareDoubles(fa.Value, fb.Value, op);
            return true;
        }
        if (a is PyStr sa && b is PyStr sb)
        {
            result = op switch
            {
                CompareOp.Eq => string.Equals(sa.Value, sb.Value),
                CompareOp.Ne => !string.Equals(sa.Value, sb.Value),
                _ => PyInt.CompareResult(PyStr.Compare(sa.Value, sb.Value), op),
            };
            return true;
        }
        result = false;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Compare(PyObject a, PyObject b, CompareOp op) =>
        FastCompare(a, b, op, out bool r) ? PyBool.From(r) : RichCompare(a, b, op);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CompareBool(PyObject a, PyObject b, CompareOp op) =>
        FastCompare(a, b, op, out bool r) ? r : IsTrue(RichCompare(a, b, op));

    public static PyObject Eq(PyObject a, PyObject b) => Compare(a, b, CompareOp.Eq);
    public static PyObject Ne(PyObject a, PyObject b) => Compare(a, b, CompareOp.Ne);
    public static PyObject Lt(PyObject a, PyObject b) => Compare(a, b, CompareOp.Lt);
    public static PyObject Le(PyObject a, PyObject b) => Compare(a, b, CompareOp.Le);
    public static PyObject Gt(PyObject a, PyObject b) => Compare(a, b, CompareOp.Gt);
    public static PyObject Ge(PyObject a, PyObject b) => Compare(a, b, CompareOp.Ge);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqBool(PyObject a, PyObject b) => CompareBool(a, b, CompareOp.Eq);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NeBool(PyObject a, PyObject b) => CompareBool(a, b, CompareOp.Ne);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LtBool(PyObject a, PyObject b) => CompareBool(a, b, CompareOp.Lt);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LeBool(PyObject a, PyObject b) => CompareBool(a, b, CompareOp.Le);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GtBool(PyObject a, PyObject b) => CompareBool(a, b, CompareOp.Gt);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GeBool(PyObject a, PyObject b) => CompareBool(a, b, CompareOp.Ge);

    /// <summary><c>item in container</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool In(PyObject item, PyObject container) => container.Contains(item);

    public static bool NotIn(PyObject item, PyObject container) => !container.Contains(item);
}
