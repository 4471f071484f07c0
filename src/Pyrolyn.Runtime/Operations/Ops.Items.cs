using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>Subscription and attribute access.</summary>
public static partial class Ops
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject GetItem(PyObject o, PyObject key)
    {
        if (o is PyList l && key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key) is var i && i.IsSmall)
        {
            long idx = i.Small;
            if (idx < 0) idx += l.Count;
            if ((ulong)idx < (ulong)l.Count) return l[(int)idx];
        }
        return o.GetItem(key);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        if (o is PyList l && key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key) is var i && i.IsSmall)
        {
            long idx = i.Small;
            if (idx < 0) idx += l.Count;
            if ((ulong)idx < (ulong)l.Count) { l[(int)idx] = value; return; }
        }
        o.SetItem(key, value);
    }

    /// <summary><c>o[3]</c>: an int literal index, unboxed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject GetItem(PyObject o, long index)
    {
        if (o is PyList l)
        {
            long idx = index < 0 ? index + l.Count : index;
            if ((ulong)idx < (ulong)l.Count) return l[(int)idx];
        }
        return o.GetItem(PyInt.From(index));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetItem(PyObject o, long index, PyObject value)
    {
        if (o is PyList l)
        {
            long idx = index < 0 ? index + l.Count : index;
            if ((ulong)idx < (ulong)l.Count) { l[(int)idx] = value; return; }
        }
        o.SetItem(PyInt.From(index), value);
    }

    public static void DelItem(PyObject o, PyObject key) => o.DelItem(key);

    /// <summary><c>o[a:b]</c> without the emitter building a slice first.</summary>
    public static PyObject GetSlice(PyObject o, PyObject start, PyObject stop) => o.GetItem(new PySlice(start, stop, PyNone.Instance));

    public static PyObject GetAttr(PyObject o, string name) => o.GetAttr(name);
    public static void SetAttr(PyObject o, string name, PyObject value) => o.SetAttr(name, value);
    public static void DelAttr(PyObject o, string name) => o.DelAttr(name);

    /// <summary>getattr(o, name, default): AttributeError becomes the default.</summary>
    public static PyObject GetAttr(PyObject o, string name, PyObject @default)
    {
        try { return o.GetAttr(name); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError)) { return @default; }
    }

    public static bool HasAttr(PyObject o, string name)
    {
        try { o.GetAttr(name); return true; }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError)) { return false; }
    }

    public static long Len(PyObject o) => o switch
    {
        PyList l => l.Count,
        PyStr s => s.CpLength,
        PyTuple t => t.Count,
        PyDict d => d.Count,
        _ => o.Length(),
    };
}
