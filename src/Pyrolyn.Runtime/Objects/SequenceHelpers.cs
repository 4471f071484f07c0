using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>Shared algorithms for list and tuple: element equality with the identity shortcut,
/// lexicographic comparison, repr of items, index normalisation.</summary>
internal static class SequenceHelpers
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ItemEq(PyObject a, PyObject b) => ReferenceEquals(a, b) || Ops.EqBool(a, b);

    /// <summary>CPython's list_richcompare/tuplerichcompare.</summary>
    public static PyObject Compare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op)
    {
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && na != nb)
            return PyBool.From(op == CompareOp.Ne);
        int i = 0;
        for (; i < na && i < nb; i++)
            if (!ItemEq(a[i], b[i])) break;
        if (i >= na || i >= nb)
            return PyBool.From(PyInt.CompareResult(na.CompareTo(nb), op));
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Ops.RichCompare(a[i], b[i], op);
    }

    public static void AppendItems(StringBuilder sb, PyObject[] items, int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(items[i].Repr());
        }
    }

    /// <summary>Normalises a possibly negative index; -1 when out of range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Normalize(PyInt key, int count)
    {
        // CPython converts the index to Py_ssize_t first: a bigger int is this IndexError, not
        // "index out of range".
        if (!key.IsSmall) throw Errors.IndexError("cannot fit 'int' into an index-sized integer");
        long i = key.Small;
        if (i < 0) i += count;
        return (ulong)i < (ulong)count ? i : -1;
    }

    public static long RepeatCount(PyInt n) => n.IsSmall ? Math.Max(0, n.Small) : (n.Sign < 0 ? 0 : long.MaxValue);

    /// <summary>Parses (value, start, stop) for list.index/tuple.index.</summary>
    public static void IndexRange(PyObject[] args, int count, out int start, out int stop)
    {
        long s = 0, e = count;
        if (args.Length > 1) s = ClampSlice(args[1]);
        if (args.Length > 2) e = ClampSlice(args[2]);
        if (s < 0) { s += count; if (s < 0) s = 0; }
        if (e < 0) { e += count; if (e < 0) e = 0; }
        start = (int)Math.Min(s, count);
        stop = (int)Math.Min(e, count);
    }

    private static long ClampSlice(PyObject o) => o is PyInt i
        ? (i.IsSmall ? i.Small : (i.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2))
        : throw Errors.TypeError("slice indices must be integers or have an __index__ method");

    /// <summary>An index object defining <c>__index__</c> in Python, converted; null otherwise.</summary>
    public static PyInt? AsIndex(PyObject key)
    {
        if (key is not PyInstance || ObjectProtocol.LookupUser(key.Type, "__index__") is not { } m)
            return null;
        var r = Calls.Call1(m, key);
        return r as PyInt ?? throw Errors.TypeError($"__index__ returned non-int (type {r.Type.Name})");
    }

    public static PyException IndicesError(string kind, PyObject key) =>
        Errors.TypeError($"{kind} indices must be integers or slices, not {key.Type.Name}");
}
