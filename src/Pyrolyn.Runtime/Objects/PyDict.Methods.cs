using System;

namespace Pyrolyn.Runtime;

/// <summary>The dict methods; one switch serves CallMethod and the descriptors.</summary>
public partial class PyDict
{
    internal static void RegisterMethods()
    {
        BuiltinAttr.Register(BuiltinTypes.Dict, Dispatch, "get", "setdefault", "pop", "popitem", "keys", "values",
            "items", "update", "copy", "clear", "__getitem__", "__setitem__", "__delitem__", "__contains__",
            "__len__", "__iter__", "__reversed__", "__or__", "__ior__", "__repr__", "__eq__", "__ne__");
        BuiltinTypes.Dict.Dict["fromkeys"] = new PyBuiltinFunction("fromkeys", FromKeys, null);
    }

    public override PyObject GetAttr(string name) => BuiltinAttr.Get(this, name);

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(this, name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private static PyObject FromKeys(PyObject[] args, string[]? kw)
    {
        ArgCheck.Range(args, kw, "fromkeys", 1, 2);
        var value = args.Length > 1 ? args[1] : PyNone.Instance;
        var d = new PyDict();
        var it = Ops.GetIter(args[0]);
        PyObject? k;
        while ((k = it.Next()) is not null) d.SetItem(k, value);
        return d;
    }

    private static PyObject? Dispatch(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        var self = (PyDict)selfObj;
        // Free-threaded: setdefault, pop, popitem, get, ... run under the dict's lock (update
        // and the views lock per step: they may run arbitrary Python code for long).
        if (!Pyrolyn.Runtime.Threading.Gil.Enabled && name is not ("update" or "fromkeys" or "keys" or "values" or "items" or "__iter__" or "__reversed__"))
        {
            lock (self)
                return DispatchCore(self, name, args, kw);
        }
        return DispatchCore(self, name, args, kw);
    }

    private static PyObject? DispatchCore(PyDict self, string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "get":
                ArgCheck.Range(args, kw, "get", 1, 2);
                return self.TryGetValue(args[0], out var gv) ? gv : (args.Length > 1 ? args[1] : PyNone.Instance);
            case "setdefault":
            {
                ArgCheck.Range(args, kw, "setdefault", 1, 2);
                if (self.TryGetValue(args[0], out var sv)) return sv;
                var dv = args.Length > 1 ? args[1] : PyNone.Instance;
                self.SetItem(args[0], dv);
                return dv;
            }
            case "pop":
            {
                ArgCheck.Range(args, kw, "pop", 1, 2);
                int ix = self.Find(args[0], Ops.Hash(args[0]), out int slot);
                if (ix < 0)
                {
                    if (args.Length > 1) return args[1];
                    throw Errors.KeyError(args[0]);
                }
                var v = self._values[ix]!;
                self.RemoveAt(slot, ix);
                return v;
            }
            case "popitem":
            {
                ArgCheck.None(args, kw, "dict.popitem");
                var (k, v) = self.PopItem();
                return new PyTuple(new[] { k, v });
            }
            case "keys": ArgCheck.None(args, kw, "dict.keys"); return new PyDictView(self, DictIterKind.Keys);
            case "values": ArgCheck.None(args, kw, "dict.values"); return new PyDictView(self, DictIterKind.Values);
            case "items": ArgCheck.None(args, kw, "dict.items"); return new PyDictView(self, DictIterKind.Items);
            case "update":
            {
                int npos = ArgCheck.PositionalCount(args, kw);
                if (npos > 1) throw Errors.TypeError($"update expected at most 1 argument, got {npos}");
                if (npos == 1) self.Update(args[0]);
                if (kw is not null)
                    for (int i = 0; i < kw.Length; i++) self.SetItem(new PyStr(kw[i]), args[npos + i]);
                return PyNone.Instance;
            }
            case "copy": ArgCheck.None(args, kw, "dict.copy"); return self.Copy();
            case "clear": ArgCheck.None(args, kw, "dict.clear"); self.Clear(); return PyNone.Instance;
            case "__getitem__": return self.GetItem(ArgCheck.One(args, kw, "dict.__getitem__"));
            case "__setitem__": ArgCheck.Range(args, kw, "__setitem__", 2, 2); self.SetItem(args[0], args[1]); return PyNone.Instance;
            case "__delitem__": self.DelItem(ArgCheck.One(args, kw, "dict.__delitem__")); return PyNone.Instance;
            case "__contains__": return PyBool.From(self.Contains(ArgCheck.One(args, kw, "dict.__contains__")));
            case "__len__": return PyInt.From(self._count);
            case "__iter__": return self.GetIter();
            case "__reversed__": return new PyDictReverseIterator(self, DictIterKind.Keys);
            case "__or__": return Ops.NotImplementedIfNull(self.BinaryOp(Runtime.BinaryOp.Or, ArgCheck.One(args, kw, "dict.__or__")));
            case "__ior__": return self.InPlaceOp(Runtime.BinaryOp.Or, ArgCheck.One(args, kw, "dict.__ior__"))!;
            case "__repr__": return new PyStr(self.Repr());
            case "__eq__": case "__ne__":
                return Ops.NotImplementedIfNull(self.RichCompare(ArgCheck.One(args, kw, "dict." + name), name == "__eq__" ? CompareOp.Eq : CompareOp.Ne));
        }
        return null;
    }
}

public enum DictIterKind { Keys, Values, Items }

/// <summary>dict_keys / dict_values / dict_items: live views of a dict.</summary>
public sealed class PyDictView : PyObject
{
    public PyDictView(PyDict dict, DictIterKind kind)
    {
        Dict = dict;
        Kind = kind;
    }

    public PyDict Dict { get; }
    public DictIterKind Kind { get; }

    public override PyType Type => Kind switch
    {
        DictIterKind.Keys => IterTypes.DictKeys,
        DictIterKind.Values => IterTypes.DictValues,
        _ => IterTypes.DictItems,
    };

    public override long Length() => Dict.Count;
    public override bool IsTrue() => Dict.Count != 0;
    public override PyObject GetIter() => new PyDictIterator(Dict, Kind);

    public override string Repr()
    {
        if (!ReprGuard.Enter(this)) return "...";
        try
        {
            var items = Ops.ToArray(this);
            var sb = new System.Text.StringBuilder();
            sb.Append(Type.Name).Append("([");
            SequenceHelpers.AppendItems(sb, items, items.Length);
            sb.Append("])");
            return sb.ToString();
        }
        finally { ReprGuard.Leave(this); }
    }

    public override bool Contains(PyObject item)
    {
        switch (Kind)
        {
            case DictIterKind.Keys: return Dict.Contains(item);
            case DictIterKind.Items:
                if (item is not PyTuple t || t.Count != 2) return false;
                return Dict.TryGetValue(t[0], out var v) && SequenceHelpers.ItemEq(v, t[1]);
            default: return Ops.ContainsByIteration(this, item);
        }
    }

    private PySet ToSet() => new PySet(Ops.ToArray(this));

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        if (Kind == DictIterKind.Values) return null;
        if (op is not (Runtime.BinaryOp.And or Runtime.BinaryOp.Or or Runtime.BinaryOp.Sub or Runtime.BinaryOp.Xor)) return null;
        if (!Ops.IsIterable(other)) return null;
        var s = ToSet();
        return s.InPlaceOp(op, other is PySetBase ? other : new PySet(Ops.ToArray(other)));
    }

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other)
    {
        if (Kind == DictIterKind.Values || !Ops.IsIterable(other)) return null;
        if (op is not (Runtime.BinaryOp.And or Runtime.BinaryOp.Or or Runtime.BinaryOp.Sub or Runtime.BinaryOp.Xor)) return null;
        var s = new PySet(Ops.ToArray(other));
        return s.InPlaceOp(op, ToSet());
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (Kind == DictIterKind.Values) return base.RichCompare(other, op);
        if (other is PyDictView or PySetBase)
            return ToSet().RichCompare(other is PyDictView v ? v.ToSet() : other, op);
        return null;
    }

    public override long Hash() => throw Errors.TypeError($"unhashable type: '{Type.Name}'");

    public override PyObject GetAttr(string name) => name == "mapping"
        ? new PyMappingProxy(Dict)
        : BuiltinAttr.Get(this, name);

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null)
    {
        switch (name)
        {
            case "isdisjoint":
            {
                var other = ArgCheck.One(args, kwnames, Type.Name + ".isdisjoint");
                var it = Ops.GetIter(other);
                PyObject? x;
                while ((x = it.Next()) is not null)
                    if (Contains(x)) return PyBool.False;
                return PyBool.True;
            }
            case "__len__": return PyInt.From(Dict.Count);
            case "__iter__": return GetIter();
            case "__contains__": return PyBool.From(Contains(ArgCheck.One(args, kwnames, Type.Name + ".__contains__")));
            case "__reversed__": return new PyDictReverseIterator(Dict, Kind);
        }
        return base.CallMethod(name, args, kwnames);
    }
}

/// <summary>A read-only view of a dict (<c>keys.mapping</c>).</summary>
public sealed class PyMappingProxy : PyObject
{
    private readonly PyDict _dict;
    public PyMappingProxy(PyDict dict) => _dict = dict;
    public override PyType Type => IterTypes.MappingProxy;
    public override string Repr() => $"mappingproxy({_dict.Repr()})";
    public override string Str() => _dict.Str();
    public override PyObject GetItem(PyObject key) => _dict.GetItem(key);
    public override long Length() => _dict.Count;
    public override bool Contains(PyObject item) => _dict.Contains(item);
    public override PyObject GetIter() => _dict.GetIter();

    /// <summary>The read-only dict methods, answered by the underlying dict.</summary>
    public override PyObject GetAttr(string name) =>
        name is "keys" or "values" or "items" or "get" or "copy" ? _dict.GetAttr(name) : base.GetAttr(name);
}
