using System;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary><c>collections.ChainMap</c>: several mappings searched in order; writes go to the
/// first one. Mirrors the pure-Python class of CPython 3.11.</summary>
public sealed class PyChainMap : PyObject
{
    public static readonly PyType ChainMapType = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("ChainMap", new[] { BuiltinTypes.Object }, "collections", static (t, a, k) =>
        {
            ArgCheck.NoKw(k, "ChainMap");
            return new PyChainMap(a.Length == 0 ? new PyList(new PyObject[] { new PyDict() }) : new PyList((PyObject[])a.Clone()));
        });
        BuiltinAttr.Register(t, static (self, name, args, kw) => ((PyChainMap)self).Dispatch(name, args, kw),
            "get", "keys", "values", "items", "new_child", "copy", "__copy__", "pop", "popitem", "clear", "update",
            "setdefault", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__len__", "__iter__", "__repr__",
            "__missing__");
        return t;
    }

    private PyList _maps;

    public PyChainMap(PyList maps) => _maps = maps;

    public override PyType Type => ChainMapType;

    private PyObject First => _maps.Count > 0 ? _maps[0] : throw Errors.IndexError("list index out of range");

    public override PyObject GetItem(PyObject key)
    {
        foreach (var m in _maps.ToArray())
        {
            try
            {
                return m.GetItem(key);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.KeyError))
            {
            }
        }
        throw Errors.KeyError(key);
    }

    public override void SetItem(PyObject key, PyObject value) => First.SetItem(key, value);

    public override void DelItem(PyObject key)
    {
        try
        {
            First.DelItem(key);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.KeyError))
        {
            throw Errors.KeyError(new PyStr($"Key not found in the first mapping: {key.Repr()}"));
        }
    }

    public override bool Contains(PyObject item)
    {
        foreach (var m in _maps.ToArray())
            if (Ops.In(item, m))
                return true;
        return false;
    }

    public override bool IsTrue()
    {
        foreach (var m in _maps.ToArray())
            if (Ops.IsTrue(m))
                return true;
        return false;
    }

    /// <summary>The keys in CPython's order: last mapping first, each key where first seen.</summary>
    private PyDict Merged(bool withValues)
    {
        var d = new PyDict();
        var maps = _maps.ToArray();
        for (int i = maps.Length - 1; i >= 0; i--)
        {
            var it = Ops.GetIter(maps[i]);
            PyObject? k;
            while ((k = it.Next()) is not null)
                d.SetItem(k, PyNone.Instance);
        }
        if (withValues)
            foreach (var k in d.KeysArray())
                d.SetItem(k, GetItem(k));
        return d;
    }

    public override long Length()
    {
        var keys = new PySet(Array.Empty<PyObject>());
        foreach (var m in _maps.ToArray())
            keys.InPlaceOp(Runtime.BinaryOp.Or, new PySet(Ops.ToArray(m)));
        return keys.Length();
    }

    public override PyObject GetIter() => Merged(withValues: false).GetIter();

    public override string Repr()
    {
        if (!ReprGuard.Enter(this))
            return "...";
        try
        {
            var sb = new StringBuilder("ChainMap(");
            var maps = _maps.ToArray();
            SequenceHelpers.AppendItems(sb, maps, maps.Length);
            return sb.Append(')').ToString();
        }
        finally
        {
            ReprGuard.Leave(this);
        }
    }

    public override long Hash() => throw Errors.TypeError("unhashable type: 'ChainMap'");

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne))
            return null;
        PyDict? o = other switch
        {
            PyChainMap c => c.Merged(withValues: true),
            PyDict d => d,
            _ => null,
        };
        if (o is null)
            return null;
        bool eq = Ops.EqBool(Merged(withValues: true), o);
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }

    private PyChainMap CopyMaps()
    {
        var maps = _maps.ToArray();
        maps[0] = maps[0].CallMethod("copy", Array.Empty<PyObject>());
        return new PyChainMap(new PyList(maps));
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        if (op != Runtime.BinaryOp.Or || other is not (PyDict or PyChainMap))
            return null;
        var m = CopyMaps();
        m.First.CallMethod("update", new[] { other });
        return m;
    }

    public override PyObject? InPlaceOp(BinaryOp op, PyObject other)
    {
        if (op != Runtime.BinaryOp.Or)
            return null;
        First.CallMethod("update", new[] { other });
        return this;
    }

    public override PyObject GetAttr(string name)
    {
        switch (name)
        {
            case "maps": return _maps;
            case "parents":
            {
                var maps = _maps.ToArray();
                return new PyChainMap(new PyList(maps.Length <= 1 ? new PyObject[] { new PyDict() } : maps.AsSpan(1).ToArray()));
            }
        }
        return BuiltinAttr.Get(this, name);
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (name == "maps")
        {
            _maps = value as PyList ?? new PyList(Ops.ToArray(value));
            return;
        }
        BuiltinAttr.Set(this, name);
    }

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "get":
                ArgCheck.Range(args, kw, "get", 1, 2);
                return Contains(args[0]) ? GetItem(args[0]) : (args.Length > 1 ? args[1] : PyNone.Instance);
            case "keys": return new PyDictView(Merged(withValues: false), DictIterKind.Keys);
            case "values": return new PyDictView(Merged(withValues: true), DictIterKind.Values);
            case "items": return new PyDictView(Merged(withValues: true), DictIterKind.Items);
            case "new_child":
            {
                int npos = ArgCheck.PositionalCount(args, kw);
                if (npos > 1)
                    throw Errors.TypeError($"ChainMap.new_child() takes from 1 to 2 positional arguments but {npos + 1} were given");
                PyObject child;
                if (npos == 0 || args[0] is PyNone)
                {
                    var d = new PyDict();
                    if (kw is not null)
                        for (int i = 0; i < kw.Length; i++)
                            d.SetItem(new PyStr(kw[i]), args[npos + i]);
                    child = d;
                }
                else
                {
                    child = args[0];
                    if (kw is not null)
                        for (int i = 0; i < kw.Length; i++)
                            child.SetItem(new PyStr(kw[i]), args[npos + i]);
                }
                var maps = _maps.ToArray();
                var all = new PyObject[maps.Length + 1];
                all[0] = child;
                maps.CopyTo(all, 1);
                return new PyChainMap(new PyList(all));
            }
            case "copy": case "__copy__": return CopyMaps();
            case "pop":
            {
                ArgCheck.Range(args, kw, "pop", 1, 2);
                try
                {
                    return First.CallMethod("pop", args);
                }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.KeyError))
                {
                    throw Errors.KeyError(new PyStr($"Key not found in the first mapping: {args[0].Repr()}"));
                }
            }
            case "popitem":
                try
                {
                    return First.CallMethod("popitem", Array.Empty<PyObject>());
                }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.KeyError))
                {
                    throw Errors.KeyError(new PyStr("No keys found in the first mapping."));
                }
            case "clear": First.CallMethod("clear", Array.Empty<PyObject>()); return PyNone.Instance;
            case "update": First.CallMethod("update", args, kw); return PyNone.Instance;
            case "setdefault":
                ArgCheck.Range(args, kw, "setdefault", 1, 2);
                if (Contains(args[0]))
                    return GetItem(args[0]);
                SetItem(args[0], args.Length > 1 ? args[1] : PyNone.Instance);
                return args.Length > 1 ? args[1] : PyNone.Instance;
            case "__getitem__": return GetItem(ArgCheck.One(args, kw, name));
            case "__setitem__": ArgCheck.Range(args, kw, name, 2, 2); SetItem(args[0], args[1]); return PyNone.Instance;
            case "__delitem__": DelItem(ArgCheck.One(args, kw, name)); return PyNone.Instance;
            case "__contains__": return PyBool.From(Contains(ArgCheck.One(args, kw, name)));
            case "__len__": return PyInt.From(Length());
            case "__iter__": return GetIter();
            case "__repr__": return new PyStr(Repr());
            case "__missing__": throw Errors.KeyError(ArgCheck.One(args, kw, name));
        }
        return null;
    }
}
