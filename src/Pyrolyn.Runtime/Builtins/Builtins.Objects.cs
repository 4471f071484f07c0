using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime;

/// <summary>Object and iteration builtins: len, iter, next, sorted, reversed, all, any,
/// getattr/setattr/hasattr/delattr, isinstance/issubclass, callable, vars, dir.</summary>
public static partial class Builtins
{
    public static PyObject Len(PyObject o)
    {
        long n = Ops.Len(o);
        if (n < 0) throw Errors.ValueError("__len__() should return >= 0");
        return PyInt.From(n);
    }

    private static PyObject Iter(PyObject[] args, string[]? kw)
    {
        ArgCheck.Range(args, kw, "iter", 1, 2);
        if (args.Length == 1) return Ops.GetIter(args[0]);
        if (!Callable(args[0])) throw Errors.TypeError("iter(v, w): v must be callable");
        return new PyCallableIterator(args[0], args[1]);
    }

    private static PyObject Next(PyObject[] args, string[]? kw)
    {
        ArgCheck.Range(args, kw, "next", 1, 2);
        var r = args[0].Next();
        if (r is not null) return r;
        if (args.Length > 1) return args[1];
        throw args[0] is PyGenerator g ? g.ExhaustedStopIteration() : Errors.StopIteration();
    }

    private static PyObject Sorted(PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        if (npos != 1)
            throw Errors.TypeError(npos == 0 ? "sorted expected 1 argument, got 0" : $"sorted expected 1 argument, got {npos}");
        ArgCheck.OnlyKw(kw, "sort", "key", "reverse");
        var list = Ops.ToNewList(args[0]);
        var rev = ArgCheck.Kw(args, kw, "reverse");
        list.Sort(ArgCheck.Kw(args, kw, "key"), rev is not null && rev.IsTrue());
        return list;
    }

    public static PyObject Sorted(PyObject iterable)
    {
        var list = Ops.ToNewList(iterable);
        list.Sort(null, false);
        return list;
    }

    public static PyObject Reversed(PyObject o)
    {
        switch (o)
        {
            case PyList or PyTuple or PyStr or PyBytes or PyByteArray: return new PyReversedSequence(o);
            case PyRange r: return r.Reversed();
            case PyLongRange lr: return lr.Reversed();
            case PyDict d: return new PyDictReverseIterator(d, DictIterKind.Keys);
            case PyDictView v: return new PyDictReverseIterator(v.Dict, v.Kind);
        }
        if (o.Type.Lookup("__reversed__") is { } rev)
        {
            if (rev is PyNone) throw Errors.TypeError($"'{o.Type.Name}' object is not reversible");
            return o.CallMethod("__reversed__", Array.Empty<PyObject>());
        }
        if (o.Type.Lookup("__len__") is not null && o.Type.Lookup("__getitem__") is not null)
            return new PyReversedSequence(o);
        throw Errors.TypeError($"'{o.Type.Name}' object is not reversible");
    }

    private static PyObject All_(PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        PyObject? x;
        while ((x = it.Next()) is not null)
            if (!Ops.IsTrue(x)) return PyBool.False;
        return PyBool.True;
    }

    public static PyObject Any(PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        PyObject? x;
        while ((x = it.Next()) is not null)
            if (Ops.IsTrue(x)) return PyBool.True;
        return PyBool.False;
    }

    private static string AttrName(PyObject o, string func) =>
        o is PyStr s ? s.Value : throw Errors.TypeError($"attribute name must be string, not '{o.Type.Name}'");

    private static PyObject GetAttr(PyObject[] args, string[]? kw)
    {
        ArgCheck.NoKw(kw, "getattr");
        if (args.Length < 2) throw Errors.TypeError($"getattr expected at least 2 arguments, got {args.Length}");
        if (args.Length > 3) throw Errors.TypeError($"getattr expected at most 3 arguments, got {args.Length}");
        string name = AttrName(args[1], "getattr");
        return args.Length == 3 ? Ops.GetAttr(args[0], name, args[2]) : args[0].GetAttr(name);
    }

    private static PyObject SetAttr(PyObject[] args, string[]? kw)
    {
        ArgCheck.Range(args, kw, "setattr", 3, 3);
        args[0].SetAttr(AttrName(args[1], "setattr"), args[2]);
        return PyNone.Instance;
    }

    private static PyObject DelAttr(PyObject[] args, string[]? kw)
    {
        ArgCheck.Range(args, kw, "delattr", 2, 2);
        args[0].DelAttr(AttrName(args[1], "delattr"));
        return PyNone.Instance;
    }

    private static PyObject HasAttr(PyObject[] args, string[]? kw)
    {
        ArgCheck.Range(args, kw, "hasattr", 2, 2);
        return PyBool.From(Ops.HasAttr(args[0], AttrName(args[1], "hasattr")));
    }

    public static bool IsInstance(PyObject obj, PyObject cls)
    {
        if (cls is PyType t)
            return obj.Type.IsSubtypeOf(t);
        if (cls is PyTuple tup)
        {
            foreach (var c in tup.Items)
                if (IsInstance(obj, c)) return true;
            return false;
        }
        throw Errors.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static bool IsSubclass(PyObject c, PyObject cls)
    {
        if (c is not PyType ct) throw Errors.TypeError("issubclass() arg 1 must be a class");
        if (cls is PyType t) return ct.IsSubtypeOf(t);
        if (cls is PyTuple tup)
        {
            foreach (var x in tup.Items)
                if (IsSubclass(c, x)) return true;
            return false;
        }
        throw Errors.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    public static bool Callable(PyObject o)
    {
        switch (o)
        {
            case PyType or PyBuiltinFunction or PyMethodDescriptor or PyBuiltinMethod or PyStaticMethod or PySlotWrapper:
                return true;
        }
        var t = o.Type;
        if (ReferenceEquals(t, BuiltinTypes.Function) || ReferenceEquals(t, BuiltinTypes.Method) || ReferenceEquals(t, BuiltinTypes.BuiltinFunction))
            return true;
        return t.Lookup("__call__") is not null;
    }

    private static PyObject Vars(PyObject[] args, string[]? kw)
    {
        ArgCheck.Range(args, kw, "vars", 1, 1);
        var d = args[0].InstanceDict;
        if (d is not null) return d;
        try { return args[0].GetAttr("__dict__"); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            throw Errors.TypeError("vars() argument must have __dict__ attribute");
        }
    }

    private static PyObject Dir(PyObject[] args, string[]? kw)
    {
        ArgCheck.Range(args, kw, "dir", 1, 1);
        var o = args[0];
        // A __dir__ defined in Python answers for its instances; the result is sorted.
        if (o is PyInstance && ObjectProtocol.LookupUser(o.Type, "__dir__") is { } custom)
        {
            var result = new PyList(Ops.ToArray(Calls.Call1(custom, o)));
            result.CallMethod("sort", System.Array.Empty<PyObject>());
            return result;
        }
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (o is PyInstance inst)
        {
            foreach (var k in inst.Attributes.Keys) names.Add(k);
            names.Add("__class__");
        }
        else
        {
            var instanceDict = o.InstanceDict ?? (o is PyFunction ? (PyDict)o.GetAttr("__dict__") : null);
            if (instanceDict is not null)
                foreach (var (k, _) in instanceDict.Pairs())
                    if (k is PyStr s) names.Add(s.Value);
        }
        var types = o is PyType pt ? pt.Mro : o.Type.Mro;
        foreach (var t in types)
            foreach (var k in t.Dict.Keys) names.Add(k);
        var list = new PyList();
        foreach (var n in names) list.Append(new PyStr(n));
        return list;
    }
}
