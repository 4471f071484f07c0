using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>
/// Call paths used by compiled code. Python functions and bound methods take the
/// arity-specialized fast paths, so ordinary calls allocate no argument array.
/// </summary>
public static partial class Calls
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Call0(PyObject f) =>
        f is PyFunction pf ? pf.Call0() : f is PyMethod m && m.Function is PyFunction mf ? mf.Call1(m.Self)
        : f is PyType { IsHeapType: true } t ? ObjectProtocol.Instantiate0(t) : f.Call(Array.Empty<PyObject>());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Call1(PyObject f, PyObject a) =>
        f is PyFunction pf ? pf.Call1(a) : f is PyMethod m && m.Function is PyFunction mf ? mf.Call2(m.Self, a)
        : f is PyType { IsHeapType: true } t ? ObjectProtocol.Instantiate1(t, a) : f.Call(new[] { a });

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Call2(PyObject f, PyObject a, PyObject b) =>
        f is PyFunction pf ? pf.Call2(a, b) : f is PyMethod m && m.Function is PyFunction mf ? mf.Call3(m.Self, a, b)
        : f is PyType { IsHeapType: true } t ? ObjectProtocol.Instantiate2(t, a, b) : f.Call(new[] { a, b });

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Call3(PyObject f, PyObject a, PyObject b, PyObject c) =>
        f is PyFunction pf ? pf.Call3(a, b, c) : f is PyMethod m && m.Function is PyFunction mf ? mf.Call4(m.Self, a, b, c)
        : f is PyType { IsHeapType: true } t ? ObjectProtocol.Instantiate3(t, a, b, c) : f.Call(new[] { a, b, c });

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Call4(PyObject f, PyObject a, PyObject b, PyObject c, PyObject d) =>
        f is PyFunction pf ? pf.Call4(a, b, c, d) : f is PyMethod m && m.Function is PyFunction mf ? mf.Call5(m.Self, a, b, c, d)
        : f is PyType { IsHeapType: true } t ? ObjectProtocol.Instantiate4(t, a, b, c, d) : f.Call(new[] { a, b, c, d });

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Call5(PyObject f, PyObject a, PyObject b, PyObject c, PyObject d, PyObject e) =>
        f is PyFunction pf ? pf.Call5(a, b, c, d, e) : f.Call(new[] { a, b, c, d, e });

    public static PyObject CallN(PyObject f, PyObject[] args) => f.Call(args);

    public static PyObject CallKw(PyObject f, PyObject[] args, string[] kwnames) => f.Call(args, kwnames);

    /// <summary><c>f(*args, **kwargs)</c> with the positional part already built as a list or
    /// tuple and the keyword part as a dict (or null).</summary>
    public static PyObject CallEx(PyObject f, PyObject positional, PyObject? keywords)
    {
        var pos = positional is PyTuple t ? t.Items : Ops.ToArray(positional);
        if (keywords is null)
            return f.Call(pos);
        var keys = Ops.ToArray(keywords);
        var args = new PyObject[pos.Length + keys.Length];
        Array.Copy(pos, args, pos.Length);
        var names = new string[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] is not PyStr s)
                throw Errors.TypeError("keywords must be strings");
            names[i] = s.Value;
            args[pos.Length + i] = keywords.GetItem(keys[i]);
        }
        return f.Call(args, names);
    }

    /// <summary>Merges <c>**mapping</c> into the keyword dict of a call, rejecting duplicates.</summary>
    public static void MergeKeywords(PyObject target, PyObject mapping, PyObject function)
    {
        if (mapping is not PyDict && mapping.Type.Lookup("keys") is null)
            throw Errors.TypeError($"{FunctionName(function)}() argument after ** must be a mapping, not {mapping.Type.Name}");
        foreach (var key in Ops.ToArray(mapping))
        {
            if (key is not PyStr)
                throw Errors.TypeError("keywords must be strings");
            if (target.Contains(key))
                throw Errors.TypeError($"{FunctionName(function)}() got multiple values for keyword argument '{Ops.Str(key)}'");
            target.SetItem(key, mapping.GetItem(key));
        }
    }

    /// <summary>CPython's <c>_PyObject_FunctionStr</c>: <c>__main__.f</c> for Python functions.</summary>
    internal static string FunctionName(PyObject f) => f switch
    {
        PyFunction pf => pf.Module is "builtins" ? pf.QualName : pf.Module + "." + pf.QualName,
        PyBuiltinFunction bf => bf.Name,
        PyType t => t.Name,
        _ => f.Type.Name + " object",
    };

    // ---- method calls: obj.name(args) without a bound-method object -------------------------------
    public static PyObject Method0(PyObject o, string name) =>
        o is PyInstance inst && UserMethod(inst, name) is { } f ? f.Call1(o) : o.CallMethod(name, Array.Empty<PyObject>());

    public static PyObject Method1(PyObject o, string name, PyObject a) =>
        o is PyInstance inst && UserMethod(inst, name) is { } f ? f.Call2(o, a) : o.CallMethod(name, new[] { a });

    public static PyObject Method2(PyObject o, string name, PyObject a, PyObject b) =>
        o is PyInstance inst && UserMethod(inst, name) is { } f ? f.Call3(o, a, b) : o.CallMethod(name, new[] { a, b });

    /// <summary><c>o.append(a)</c>: lists append directly (list cannot be subclassed yet, so a
    /// PyList is always a plain list); anything else is an ordinary method call.</summary>
    public static PyObject Append(PyObject o, PyObject a)
    {
        if (o is PyList list)
        {
            list.Append(a);
            return PyNone.Instance;
        }
        return Method1(o, "append", a);
    }

    public static PyObject MethodN(PyObject o, string name, PyObject[] args) => o.CallMethod(name, args);

    public static PyObject MethodKw(PyObject o, string name, PyObject[] args, string[] kwnames) => o.CallMethod(name, args, kwnames);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyFunction? UserMethod(PyInstance inst, string name) =>
        inst.Type.Lookup(name) is PyFunction f && !inst.TryGetOwn(name, out _) ? f : null;
}
