using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// functools.lru_cache's wrapper (<c>functools._lru_cache_wrapper</c>): keys are built as
/// CPython's C implementation builds them (a lone int or str argument is its own key), hits
/// move an entry to the most-recent end, and a full cache evicts the least recent entry.
/// Bound like a function when stored on a class.
/// </summary>
public sealed class LruCache : PyObject, IInstanceBinder
{
    public static readonly PyType TypeObject = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("_lru_cache_wrapper", new[] { BuiltinTypes.Object }, FunctoolsModule.Mod);
        BuiltinAttr.Register(t, Dispatch, "cache_info", "cache_clear", "cache_parameters");
        return t;
    }

    public static readonly PyType CacheInfoType = new("CacheInfo", new[] { BuiltinTypes.Tuple }, FunctoolsModule.Mod);

    /// <summary>Separates positional from keyword arguments inside a key (CPython's kwd_mark).</summary>
    private static readonly PyObject KeywordMark = new PyInstance(BuiltinTypes.Object);

    private readonly PyObject _func;
    private readonly long _maxSize; // -1: unbounded
    private readonly bool _typed;
    private readonly PyDict _cache = new();
    private readonly LinkedList<(PyObject Key, PyObject Value)> _order = new();
    private long _hits, _misses;
    private readonly Dictionary<string, PyObject> _attrs = new(StringComparer.Ordinal);

    private LruCache(PyObject func, long maxSize, bool typed)
    {
        _func = func;
        _maxSize = maxSize;
        _typed = typed;
    }

    public override PyType Type => TypeObject;

    /// <summary>Holds a cache entry's list node inside the key dict.</summary>
    private sealed class Entry : PyObject
    {
        public Entry(LinkedListNode<(PyObject Key, PyObject Value)> node) => Node = node;
        public LinkedListNode<(PyObject Key, PyObject Value)> Node { get; }
        public override PyType Type => BuiltinTypes.Object;
    }

    /// <summary>lru_cache(maxsize=128, typed=False), also used bare as @lru_cache.</summary>
    public static PyObject Decorator(PyObject[] args, string[]? kw)
    {
        var s = new PySignature("lru_cache", new[] { "maxsize", "typed" }, 0).Bind(args, kw);
        var maxsize = s[0] ?? PyInt.From(128);
        var typedObj = s[1] ?? PyBool.False;
        long size;
        if (maxsize is PyInt mi)
        {
            size = mi.Sign < 0 ? 0 : (mi.IsSmall ? mi.Small : long.MaxValue);
        }
        else if (PyPartial.IsCallable(maxsize) && typedObj is PyBool)
        {
            return Wrap(maxsize, 128, false);
        }
        else if (maxsize is PyNone)
        {
            size = -1;
        }
        else
        {
            throw Errors.TypeError("Expected first argument to be an integer, a callable, or None");
        }
        bool typed = Ops.IsTrue(typedObj);
        return new PyBuiltinFunction("decorating_function", (a, k) => Wrap(ArgCheck.One(a, k, "decorating_function"), size, typed), FunctoolsModule.Mod);
    }

    public static PyObject Wrap(PyObject func, long maxSize, bool typed)
    {
        if (!PyPartial.IsCallable(func))
            throw Errors.TypeError("the first argument must be callable");
        var w = new LruCache(func, maxSize, typed);
        FunctoolsModule.UpdateWrapper(w, func, null, null);
        return w;
    }

    private PyObject MakeKey(PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        int nkw = kwnames?.Length ?? 0;
        if (nkw == 0 && !_typed && npos == 1 && (args[0].GetType() == typeof(PyStr) || args[0].GetType() == typeof(PyInt)))
            return args[0];
        var key = new List<PyObject>(args.Length * 2 + 1);
        for (int i = 0; i < npos; i++)
            key.Add(args[i]);
        if (nkw > 0)
        {
            key.Add(KeywordMark);
            for (int k = 0; k < nkw; k++)
            {
                key.Add(new PyStr(kwnames![k]));
                key.Add(args[npos + k]);
            }
        }
        if (_typed)
        {
            for (int i = 0; i < npos; i++)
                key.Add(args[i].Type);
            for (int k = 0; k < nkw; k++)
                key.Add(args[npos + k].Type);
        }
        return new PyTuple(key.ToArray());
    }

    public override PyObject Call(PyObject[] args, string[]? kwnames = null)
    {
        if (_maxSize == 0)
        {
            _misses++;
            return _func.Call(args, kwnames);
        }
        var key = MakeKey(args, kwnames);
        long hash = Ops.Hash(key); // unhashable arguments fail before the call, as in CPython
        _ = hash;
        if (_cache.TryGetValue(key, out var found))
        {
            _hits++;
            var node = ((Entry)found).Node;
            _order.Remove(node);
            _order.AddLast(node);
            return node.Value.Value;
        }
        _misses++;
        var result = _func.Call(args, kwnames);
        if (_cache.TryGetValue(key, out _))
            return result; // a recursive call already cached it
        if (_maxSize > 0 && _cache.Count >= _maxSize)
        {
            var oldest = _order.First!;
            _order.RemoveFirst();
            _cache.Remove(oldest.Value.Key);
        }
        var added = _order.AddLast((key, result));
        _cache.SetItem(key, new Entry(added));
        return result;
    }

    public PyObject BindTo(PyObject instance) => new PyMethod(instance, this);

    private static PyObject? Dispatch(PyObject self, string name, PyObject[] args, string[]? kw)
    {
        var c = (LruCache)self;
        switch (name)
        {
            case "cache_info":
                ArgCheck.None(args, kw, "_lru_cache_wrapper.cache_info");
                return new CacheInfo(new PyObject[]
                {
                    PyInt.From(c._hits), PyInt.From(c._misses),
                    c._maxSize < 0 ? PyNone.Instance : PyInt.From(c._maxSize), PyInt.From(c._cache.Count),
                });
            case "cache_clear":
                ArgCheck.None(args, kw, "_lru_cache_wrapper.cache_clear");
                c._cache.Clear();
                c._order.Clear();
                c._hits = c._misses = 0;
                return PyNone.Instance;
            case "cache_parameters":
                ArgCheck.None(args, kw, "cache_parameters");
                var d = new PyDict();
                d.SetItem("maxsize", c._maxSize < 0 ? PyNone.Instance : PyInt.From(c._maxSize));
                d.SetItem("typed", PyBool.From(c._typed));
                return d;
        }
        return null;
    }

    public override PyObject GetAttr(string name)
    {
        if (_attrs.TryGetValue(name, out var v))
            return v;
        if (name == "__dict__")
        {
            var d = new PyDict();
            foreach (var kv in _attrs)
                d.SetItem(new PyStr(kv.Key), kv.Value);
            return d;
        }
        return BuiltinAttr.Get(this, name);
    }

    public override void SetAttr(string name, PyObject value) => _attrs[name] = value;

    /// <summary>CacheInfo(hits, misses, maxsize, currsize): a named tuple.</summary>
    private sealed class CacheInfo : PyObject
    {
        private static readonly string[] Fields = { "hits", "misses", "maxsize", "currsize" };
        private readonly PyTuple _values;

        public CacheInfo(PyObject[] values) => _values = new PyTuple(values);

        public override PyType Type => CacheInfoType;

        public override string Repr() =>
            $"CacheInfo(hits={_values[0].Repr()}, misses={_values[1].Repr()}, maxsize={_values[2].Repr()}, currsize={_values[3].Repr()})";

        public override PyObject GetAttr(string name)
        {
            int i = Array.IndexOf(Fields, name);
            if (i >= 0)
                return _values[i];
            if (name == "__class__")
                return Type;
            return _values.GetAttr(name);
        }

        public override PyObject GetItem(PyObject key) => _values.GetItem(key);
        public override long Length() => 4;
        public override PyObject GetIter() => _values.GetIter();
        public override bool Contains(PyObject item) => _values.Contains(item);
        public override long Hash() => _values.Hash();

        public override PyObject? RichCompare(PyObject other, CompareOp op) =>
            _values.RichCompare(other is CacheInfo ci ? ci._values : other, op);
    }
}
