using System;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>Iteration, unpacking and conversion of iterables to arrays.</summary>
public static partial class Ops
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject GetIter(PyObject o) => o.GetIter();

    /// <summary>The next item, or null when exhausted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? Next(PyObject iter) => iter.Next();

    public static bool IsIterable(PyObject o)
    {
        switch (o)
        {
            case PyList or PyTuple or PyStr or PyDict or PySetBase or PyRange or PyLongRange or PyBytes or PyByteArray or PyIterator or PyDictView:
                return true;
            case PyInt or PyFloat or PyNone or PyComplex:
                return false;
        }
        try
        {
            o.GetIter();
            return true;
        }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError)
        {
            return false;
        }
    }

    public static PyObject[] ToArray(PyObject iterable)
    {
        switch (iterable)
        {
            case PyTuple t: return t.Items;
            case PyList l: return l.ToArray();
        }
        var buf = Collect(iterable);
        return buf.Count == buf.Items.Length ? buf.Items : buf.ToArray();
    }

    /// <summary>A new list of the items of <paramref name="iterable"/> (<c>list(x)</c>), without
    /// the trimming copy of <see cref="ToArray"/>.</summary>
    public static PyList ToNewList(PyObject iterable)
    {
        switch (iterable)
        {
            case PyTuple t: return new PyList((PyObject[])t.Items.Clone());
            case PyList l: return new PyList(l.ToArray());
        }
        return Collect(iterable);
    }

    private static PyList Collect(PyObject iterable)
    {
        var it = iterable.GetIter();
        var buf = new PyList(it is PyIterator pi && pi.LengthHint() is > 0 and < 1 << 20 and var h ? (int)h : 0);
        PyObject? x;
        while ((x = it.Next()) is not null) buf.Append(x);
        return buf;
    }

    public static bool ContainsByIteration(PyObject container, PyObject item)
    {
        PyObject it;
        try
        {
            it = container.GetIter();
        }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError && e.Value.Str().EndsWith("object is not iterable", StringComparison.Ordinal))
        {
            throw Errors.TypeError($"argument of type '{container.Type.Name}' is not iterable");
        }
        PyObject? x;
        while ((x = it.Next()) is not null)
            if (ReferenceEquals(x, item) || EqBool(x, item)) return true;
        return false;
    }

    /// <summary><c>a, b = o</c>.</summary>
    public static PyObject[] Unpack(PyObject o, int count)
    {
        if (o is PyTuple t)
        {
            if (t.Count == count) return t.Items;
            throw UnpackError(t.Count, count);
        }
        if (o is PyList l)
        {
            if (l.Count == count) return l.ToArray();
            throw UnpackError(l.Count, count);
        }
        var it = GetIterForUnpack(o);
        var r = new PyObject[count];
        for (int i = 0; i < count; i++)
            r[i] = it.Next() ?? throw Errors.ValueError($"not enough values to unpack (expected {count}, got {i})");
        if (it.Next() is not null)
            throw Errors.ValueError($"too many values to unpack (expected {count})");
        return r;
    }

    private static PyObject GetIterForUnpack(PyObject o)
    {
        try { return o.GetIter(); }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError && e.Value.Str().EndsWith("object is not iterable", StringComparison.Ordinal))
        {
            throw Errors.TypeError($"cannot unpack non-iterable {o.Type.Name} object");
        }
    }

    private static PyException UnpackError(int got, int expected) => got > expected
        ? Errors.ValueError($"too many values to unpack (expected {expected})")
        : Errors.ValueError($"not enough values to unpack (expected {expected}, got {got})");

    /// <summary><c>a, *b, c = o</c>: element <paramref name="before"/> of the result is a list.</summary>
    public static PyObject[] UnpackStar(PyObject o, int before, int after)
    {
        var items = o is PyTuple or PyList ? ToArray(o) : ToArray(GetIterForUnpack(o));
        if (items.Length < before + after)
            throw Errors.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Length})");
        var r = new PyObject[before + 1 + after];
        Array.Copy(items, r, before);
        var mid = new PyObject[items.Length - before - after];
        Array.Copy(items, before, mid, 0, mid.Length);
        r[before] = new PyList(mid);
        Array.Copy(items, items.Length - after, r, before + 1, after);
        return r;
    }
}
