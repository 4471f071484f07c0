using System;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// The copy module: copy and deepcopy with a memo dict keyed by id() (shared with
/// <c>__deepcopy__(self, memo)</c> hooks), <c>__copy__</c> hooks, and instances of classes
/// defined in Python rebuilt without calling <c>__init__</c> (<c>__getstate__</c>/<c>__setstate__</c>
/// honoured), as copy's reduce protocol does.
/// </summary>
public static class CopyModule
{
    private const string Mod = "copy";

    private static readonly PySignature CopySig = new("copy", new[] { "x" }, 1);
    private static readonly PySignature DeepCopySig = new("deepcopy", new[] { "x", "memo", "_nil" }, 1);

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict;
        d["copy"] = new PyBuiltinFunction("copy", (a, k) => Copy(CopySig.Bind(a, k)[0]!), Mod);
        d["deepcopy"] = new PyBuiltinFunction("deepcopy", (a, k) =>
        {
            var s = DeepCopySig.Bind(a, k);
            var memo = s[1] is null or PyNone ? null : s[1];
            return DeepCopy(s[0]!, memo ?? new PyDict());
        }, Mod);
        d["Error"] = ExceptionTypes.Exception;
        d["error"] = ExceptionTypes.Exception;
        return m;
    }

    /// <summary>Values copy returns as they are (immutable, or copied by identity in CPython).</summary>
    private static bool IsAtomic(PyObject x) =>
        x is PyNone or PyInt or PyFloat or PyComplex or PyStr or PyBytes or PyType or PyFunction or PyBuiltinFunction
            or PyBuiltinMethod or PyRange or PyLongRange or PySlice or PyMethodDescriptor or PySlotWrapper or PyProperty
            or PyModule
        || ReferenceEquals(x, Ops.Ellipsis) || ReferenceEquals(x, Ops.NotImplemented);

    public static PyObject Copy(PyObject x)
    {
        if (IsAtomic(x) || x is PyTuple t && t.GetType() == typeof(PyTuple) || x is PyFrozenSet)
            return x;
        var type = x.Type;
        if (ReferenceEquals(type, BuiltinTypes.List))
            return new PyList(((PyList)x).ToArray());
        if (ReferenceEquals(type, BuiltinTypes.Dict))
            return ((PyDict)x).Copy();
        if (ReferenceEquals(type, BuiltinTypes.Set))
            return x.CallMethod("copy", Array.Empty<PyObject>());
        if (ReferenceEquals(type, BuiltinTypes.ByteArray))
            return new PyByteArray(((PyByteArray)x).ToArray());
        if (type.Lookup("__copy__") is not null)
            return x.CallMethod("__copy__", Array.Empty<PyObject>());
        if (x is PyInstance inst)
            return Reconstruct(inst, null);
        if (x is PyDict or PyList || type.Lookup("copy") is not null && !type.IsHeapType)
            return x.CallMethod("copy", Array.Empty<PyObject>());
        throw Errors.TypeError($"cannot pickle '{type.Name}' object");
    }

    private static PyObject MemoKey(PyObject x) => PyInt.From(Identity.Of(x));

    public static PyObject DeepCopy(PyObject x, PyObject memo)
    {
        var id = MemoKey(x);
        var memoDict = memo as PyDict;
        if (memoDict is not null ? memoDict.TryGetValue(id, out var known) : TryGet(memo, id, out known))
            return known;
        PyObject y;
        var type = x.Type;
        if (IsAtomic(x))
        {
            y = x;
        }
        else if (ReferenceEquals(type, BuiltinTypes.List))
        {
            var list = new PyList();
            memo.SetItem(id, list);
            var src = (PyList)x;
            for (int i = 0; i < src.Count; i++)
                list.Append(DeepCopy(src[i], memo));
            y = list;
        }
        else if (x is PyTuple tuple && tuple.GetType() == typeof(PyTuple))
        {
            var items = new PyObject[tuple.Count];
            bool same = true;
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = DeepCopy(tuple[i], memo);
                same &= ReferenceEquals(items[i], tuple[i]);
            }
            // A recursive tuple may have been copied meanwhile (through a list inside it).
            if (memoDict is not null ? memoDict.TryGetValue(id, out var again) : TryGet(memo, id, out again))
                return again;
            y = same ? x : new PyTuple(items);
        }
        else if (ReferenceEquals(type, BuiltinTypes.Dict))
        {
            var dict = new PyDict();
            memo.SetItem(id, dict);
            foreach (var (k, v) in ((PyDict)x).Pairs())
                dict.SetItem(DeepCopy(k, memo), DeepCopy(v, memo));
            y = dict;
        }
        else if (type.Lookup("__deepcopy__") is not null)
        {
            y = x.CallMethod("__deepcopy__", new[] { memo });
        }
        else if (x is PySetBase set)
        {
            var items = set.ToArray();
            var copies = new PyObject[items.Length];
            for (int i = 0; i < items.Length; i++)
                copies[i] = DeepCopy(items[i], memo);
            y = x is PyFrozenSet ? new PyFrozenSet(new PyTuple(copies)) : new PySet(copies);
        }
        else if (ReferenceEquals(type, BuiltinTypes.ByteArray))
        {
            y = new PyByteArray(((PyByteArray)x).ToArray());
        }
        else if (x is PyInstance inst)
        {
            y = Reconstruct(inst, memo);
            return y; // Reconstruct records the copy in memo before copying the state
        }
        else if (x is PyDict dictLike)
        {
            // dict subclasses (defaultdict, Counter, OrderedDict): same class and settings, deep items.
            var copy = (PyDict)x.CallMethod("copy", Array.Empty<PyObject>());
            memo.SetItem(id, copy);
            var pairs = new System.Collections.Generic.List<(PyObject, PyObject)>(dictLike.Pairs());
            copy.Clear();
            foreach (var (k, v) in pairs)
                copy.SetItem(DeepCopy(k, memo), DeepCopy(v, memo));
            y = copy;
        }
        else if (type.Lookup("copy") is not null && type.Lookup("clear") is not null && type.Lookup("extend") is not null)
        {
            // deque-like sequences: a shallow copy keeps maxlen, then the items are replaced by deep copies.
            var items = Ops.ToArray(x);
            var copy = x.CallMethod("copy", Array.Empty<PyObject>());
            memo.SetItem(id, copy);
            copy.CallMethod("clear", Array.Empty<PyObject>());
            var copies = new PyObject[items.Length];
            for (int i = 0; i < items.Length; i++)
                copies[i] = DeepCopy(items[i], memo);
            copy.CallMethod("extend", new PyObject[] { new PyList(copies) });
            y = copy;
        }
        else
        {
            throw Errors.TypeError($"cannot pickle '{type.Name}' object");
        }
        if (!ReferenceEquals(x, y))
            memo.SetItem(id, y);
        return y;
    }

    private static bool TryGet(PyObject memo, PyObject key, out PyObject value)
    {
        var v = memo.CallMethod("get", new[] { key, PyNone.Instance });
        // The memo may legitimately hold None only for ids that were never copied.
        value = v;
        return v is not PyNone;
    }

    /// <summary>object.__reduce_ex__ for a Python class instance: a new object of the same class
    /// (no __init__), then the state — its __dict__ or __getstate__() — deep-copied when
    /// <paramref name="memo"/> is given, applied by __setstate__ or a dict update.</summary>
    private static PyObject Reconstruct(PyInstance x, PyObject? memo)
    {
        var type = x.Type;
        var y = ObjectProtocol.CreateRaw(type, Array.Empty<PyObject>());
        if (memo is not null)
            memo.SetItem(MemoKey(x), y);
        PyObject? state;
        if (ObjectProtocol.LookupUser(type, "__getstate__") is not null)
            state = x.CallMethod("__getstate__", Array.Empty<PyObject>());
        else
            state = x.Attributes.Count > 0 ? AttributesCopy(x) : null;
        if (state is null || !Ops.IsTrue(state))
            return y;
        if (memo is not null)
            state = DeepCopy(state, memo);
        if (ObjectProtocol.LookupUser(type, "__setstate__") is not null)
        {
            y.CallMethod("__setstate__", new[] { state });
        }
        else
        {
            if (state is not PyDict d)
                throw Errors.TypeError("state is not a dictionary");
            foreach (var (k, v) in d.Pairs())
                y.SetAttr(Ops.Str(k), v);
        }
        return y;
    }

    /// <summary>The instance's attributes as a new dict (CPython copies <c>__dict__</c> the same
    /// way; a copy keeps the instance itself on the fast attribute layout).</summary>
    private static PyDict AttributesCopy(PyInstance x)
    {
        var d = new PyDict();
        foreach (var kv in x.Attributes)
            d.SetItem(new PyStr(kv.Key), kv.Value);
        return d;
    }
}
