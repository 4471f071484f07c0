using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>The operations emitted code calls. Split by area into partial files.</summary>
public static partial class Ops
{
    public static readonly PyObject Ellipsis = PySingleton.Ellipsis;
    public static readonly PyObject NotImplemented = PySingleton.NotImplemented;
    public static readonly PyObject None = PyNone.Instance;
    public static readonly PyObject True = PyBool.True;
    public static readonly PyObject False = PyBool.False;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject NotImplementedIfNull(PyObject? result) => result ?? NotImplemented;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(PyObject value)
    {
        if (value is PyBool b) return b.Value;
        if (ReferenceEquals(value, PyNone.Instance)) return false;
        if (value.GetType() == typeof(PyInt)) return !Fast.AsInt(value).IsSmall || Fast.AsInt(value).Small != 0;
        return value.IsTrue();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Not(PyObject value) => IsTrue(value) ? PyBool.False : PyBool.True;

    public static string Repr(PyObject value) => value.Repr();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Str(PyObject value) =>
        value.GetType() == typeof(PyStr) ? ((PyStr)value).Value : value.Str(); // str subclasses (StrEnum members) may define __str__

    /// <summary>ascii(o): repr with non-ASCII characters escaped.</summary>
    public static string Ascii(PyObject value) => EscapeNonAscii(value.Repr());

    public static string EscapeNonAscii(string r)
    {
        int i = 0;
        while (i < r.Length && r[i] < 128) i++;
        if (i == r.Length) return r;
        var sb = new StringBuilder(r.Length + 16);
        sb.Append(r, 0, i);
        while (i < r.Length)
        {
            int c = PyStr.NextCodePoint(r, ref i);
            if (c < 128) sb.Append((char)c);
            else if (c <= 0xff) sb.Append("\\x").Append(c.ToString("x2"));
            else if (c <= 0xffff) sb.Append("\\u").Append(c.ToString("x4"));
            else sb.Append("\\U").Append(c.ToString("x8"));
        }
        return sb.ToString();
    }

    public static string Format(PyObject value, string spec) => value.Format(spec);

    /// <summary>f-string conversion and formatting in one step (<c>f"{x!r:>10}"</c>).</summary>
    public static string FormatValue(PyObject value, char conversion, string spec)
    {
        PyObject v = conversion switch
        {
            'r' => new PyStr(value.Repr()),
            's' => new PyStr(Str(value)),
            'a' => new PyStr(Ascii(value)),
            _ => value,
        };
        if (spec.Length == 0 && v.GetType() == typeof(PyStr)) return ((PyStr)v).Value;
        return v.Format(spec);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Hash(PyObject value)
    {
        // Exact type tests: `is PyInt` on a str (PyInt is not sealed) costs a helper call.
        if (value.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(value).IsSmall)
        {
            long v = Unsafe.As<PyInt>(value).Small;
            if (v >= -(long)NumericHash.Modulus + 1 && v < (long)NumericHash.Modulus && v != -1) return v;
        }
        return value.Hash();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(PyObject a, PyObject b) => ReferenceEquals(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNot(PyObject a, PyObject b) => !ReferenceEquals(a, b);

    // ---- displays and comprehensions -------------------------------------------------------------
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ListAppend(PyObject list, PyObject item) => ((PyList)list).Append(item);

    public static void ListExtend(PyObject list, PyObject iterable) => ((PyList)list).Extend(iterable);

    public static void SetAdd(PyObject set, PyObject item) => ((PySet)set).Add(item);

    public static void SetUpdate(PyObject set, PyObject iterable) => ((PySet)set).Update(iterable);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void DictSet(PyObject dict, PyObject key, PyObject value) => ((PyDict)dict).SetItem(key, value);

    /// <summary><c>{**m}</c> in a dict display.</summary>
    public static void DictUpdate(PyObject dict, PyObject mapping)
    {
        if (mapping is not PyDict && mapping.Type.Lookup("keys") is null)
            throw Errors.TypeError($"'{mapping.Type.Name}' object is not a mapping");
        ((PyDict)dict).Update(mapping);
    }

    public static PyObject ListToTuple(PyObject list) => PyTuple.Create(((PyList)list).ToArray());
}
