using System;

namespace Pyrolyn.Runtime;

/// <summary><c>C.__dict__</c>: a read-only view of a class namespace (a <c>mappingproxy</c>).</summary>
public sealed class PyClassDictProxy : PyObject
{
    private readonly PyType _owner;

    public PyClassDictProxy(PyType owner) => _owner = owner;

    public override PyType Type => IterTypes.MappingProxy;

    /// <summary>The namespace as a fresh dict (for the methods that return views or copies).</summary>
    public PyDict Snapshot()
    {
        var d = new PyDict(_owner.Dict.Count);
        foreach (var kv in _owner.Dict)
            d.SetItem(new PyStr(kv.Key), kv.Value);
        return d;
    }

    public override string Repr() => "mappingproxy(" + Snapshot().Repr() + ")";

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyStr s && _owner.Dict.TryGetValue(s.Value, out var v))
            return v;
        throw Errors.KeyError(key);
    }

    public override void SetItem(PyObject key, PyObject value) =>
        throw Errors.TypeError("'mappingproxy' object does not support item assignment");

    public override void DelItem(PyObject key) =>
        throw Errors.TypeError("'mappingproxy' object doesn't support item deletion");

    public override bool Contains(PyObject item) => item is PyStr s && _owner.Dict.ContainsKey(s.Value);
    public override long Length() => _owner.Dict.Count;
    public override PyObject GetIter() => Snapshot().GetIter();

    public override PyObject? RichCompare(PyObject other, CompareOp op) =>
        op is CompareOp.Eq or CompareOp.Ne ? Snapshot().RichCompare(other is PyClassDictProxy p ? p.Snapshot() : other, op) : null;

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) => name switch
    {
        "keys" or "values" or "items" or "get" or "copy" => Snapshot().CallMethod(name, args, kwnames),
        _ => base.CallMethod(name, args, kwnames),
    };

    public override PyObject GetAttr(string name) => name switch
    {
        "keys" or "values" or "items" or "get" or "copy" => new PyBuiltinFunction(name, (a, k) => CallMethod(name, a, k)),
        _ => base.GetAttr(name),
    };
}
