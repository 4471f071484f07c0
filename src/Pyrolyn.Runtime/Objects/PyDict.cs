using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

using Pyrolyn.Runtime.Threading;

namespace Pyrolyn.Runtime;

/// <summary>dict: an insertion-ordered hash table with CPython's compact layout: a sparse
/// index table pointing into dense entry arrays (keys, values, hashes).</summary>
public partial class PyDict : PyObject
{
    private const int Empty = -1, Dummy = -2;
    private const int MinSize = 8;

    private int[] _indices;
    private PyObject?[] _keys;
    private PyObject?[] _values;
    private long[] _hashes;
    private int _used;    // entries slots consumed (live + deleted)
    private int _count;   // live entries
    private int _fill;    // non-empty index slots (live + dummies)

    public PyDict() : this(0) { }

    public PyDict(int capacity)
    {
        int size = MinSize;
        while (size * 2 < capacity * 3) size <<= 1;
        _indices = NewIndices(size);
        int usable = Usable(size);
        _keys = new PyObject?[usable];
        _values = new PyObject?[usable];
        _hashes = new long[usable];
    }

    private static int[] NewIndices(int size)
    {
        var a = new int[size];
        Array.Fill(a, Empty);
        return a;
    }

    private static int Usable(int size) => size * 2 / 3;

    public int Count => _count;
    public override PyType Type => BuiltinTypes.Dict;

    /// <summary>Builds a dict display <c>{k1: v1, k2: v2}</c> from alternating keys and values.</summary>
    public static PyDict FromPairs(PyObject[] keysAndValues)
    {
        var d = new PyDict(keysAndValues.Length / 2);
        for (int i = 0; i + 1 < keysAndValues.Length; i += 2)
            d.SetItem(keysAndValues[i], keysAndValues[i + 1]);
        return d;
    }

    // ---- core table ----------------------------------------------------------------------------
    /// <summary>Finds the entry index for key, or -1. <paramref name="slot"/> receives the index
    /// slot holding it, or the first free slot when absent.</summary>
    private int Find(PyObject key, long hash, out int slot)
    {
        var indices = _indices;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeSlot = -1;
        // Exact type tests first: `is PyStr` on an int key (PyStr is not sealed) costs a helper call.
        // Each test is written `key.GetType() == typeof(T)` so that NativeAOT compiles it to a
        // method-table compare; a Type kept in a local is a real GetType call (9% of sudoku).
        string? skey = key.GetType() == typeof(PyStr) ? Unsafe.As<PyStr>(key).Value
            : key.GetType() == typeof(PyInt) ? null : (key as PyStr)?.Value;
        while (true)
        {
            int ix = indices[i];
            if (ix == Empty)
            {
                slot = freeSlot >= 0 ? freeSlot : i;
                return -1;
            }
            if (ix == Dummy)
            {
                if (freeSlot < 0) freeSlot = i;
            }
            else if (_hashes[ix] == hash)
            {
                var k = _keys[ix]!;
                if (ReferenceEquals(k, key)) { slot = i; return ix; }
                if (skey is not null && (k.GetType() == typeof(PyStr) ? Unsafe.As<PyStr>(k) : k as PyStr) is { } ek)
                {
                    if (string.Equals(ek.Value, skey)) { slot = i; return ix; }
                }
                else if (Ops.EqBool(k, key))
                {
                    // A comparison may have mutated the table (CPython restarts; we re-look-up).
                    if (!ReferenceEquals(indices, _indices) || _keys[ix] != k)
                        return Find(key, hash, out slot);
                    slot = i;
                    return ix;
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private int FindStr(string key, long hash)
    {
        var indices = _indices;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int ix = indices[i];
            if (ix == Empty) return -1;
            if (ix >= 0 && _hashes[ix] == hash)
            {
                var k = _keys[ix];
                if (k is PyStr ks && string.Equals(ks.Value, key)) return ix;
                if (k is not PyStr && Ops.EqBool(k!, new PyStr(key))) return ix;
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private void Resize(int minLive)
    {
        int size = MinSize;
        while (Usable(size) <= minLive) size <<= 1;
        int usable = Usable(size);
        var keys = new PyObject?[usable];
        var values = new PyObject?[usable];
        var hashes = new long[usable];
        var indices = NewIndices(size);
        int mask = size - 1;
        int n = 0;
        for (int e = 0; e < _used; e++)
        {
            var k = _keys[e];
            if (k is null) continue;
            keys[n] = k;
            values[n] = _values[e];
            long h = _hashes[e];
            hashes[n] = h;
            ulong perturb = (ulong)h;
            int i = (int)((ulong)h & (ulong)mask);
            while (indices[i] != Empty)
            {
                perturb >>= 5;
                i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
            }
            indices[i] = n;
            n++;
        }
        _keys = keys;
        _values = values;
        _hashes = hashes;
        _indices = indices;
        _used = n;
        _fill = n;
    }

    private void Insert(PyObject key, long hash, PyObject value)
    {
        int ix = Find(key, hash, out int slot);
        MirrorOf?.MirrorSet(key, value);
        if (ix >= 0)
        {
            _values[ix] = value;
            return;
        }
        if (_used >= _keys.Length || _fill >= Usable(_indices.Length))
        {
            Resize(_count * 3 > 8 ? _count * 3 : 8);
            Find(key, hash, out slot);
        }
        if (_indices[slot] == Empty) _fill++;
        _indices[slot] = _used;
        _keys[_used] = key;
        _values[_used] = value;
        _hashes[_used] = hash;
        _used++;
        _count++;
    }

    private void RemoveAt(int slot, int ix)
    {
        if (MirrorOf is { } owner)
            owner.MirrorRemove(_keys[ix]!);
        _indices[slot] = Dummy;
        _keys[ix] = null;
        _values[ix] = null;
        _count--;
    }

    // ---- public API --------------------------------------------------------------------------
    public bool TryGetValue(PyObject key, out PyObject value)
    {
        if (!Gil.Enabled) { long h = Ops.Hash(key); lock (this) return TryGetValueCore(key, h, out value); }
        return TryGetValueCore(key, Ops.Hash(key), out value);
    }

    private bool TryGetValueCore(PyObject key, long hash, out PyObject value)
    {
        int ix = Find(key, hash, out _);
        if (ix < 0) { value = null!; return false; }
        value = _values[ix]!;
        return true;
    }

    /// <summary>Lookup by a .NET string (instance dicts, globals) without allocating a PyStr.</summary>
    public bool TryGetValue(string key, out PyObject value)
    {
        if (!Gil.Enabled) { lock (this) return TryGetValueStrCore(key, out value); }
        return TryGetValueStrCore(key, out value);
    }

    private bool TryGetValueStrCore(string key, out PyObject value)
    {
        int ix = FindStr(key, PyStr.ComputeHash(key));
        if (ix < 0) { value = null!; return false; }
        value = _values[ix]!;
        return true;
    }

    public PyObject? Get(PyObject key) => TryGetValue(key, out var v) ? v : null;

    public override PyObject GetItem(PyObject key)
    {
        if (!Gil.Enabled) return GetItemShared(key);
        int ix = Find(key, Ops.Hash(key), out _);
        if (ix >= 0) return _values[ix]!;
        return Missing(key);
    }

    /// <summary>dict.__getitem__ on an absent key: KeyError, or a subclass's __missing__
    /// (defaultdict, Counter).</summary>
    protected virtual PyObject Missing(PyObject key) => throw Errors.KeyError(key);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void SetItem(PyObject key, PyObject value)
    {
        if (!Gil.Enabled) { SetItemShared(key, value); return; }
        Insert(key, Ops.Hash(key), value);
    }

    public void SetItem(string key, PyObject value) => SetItem(new PyStr(key), value);

    public bool Remove(PyObject key)
    {
        if (!Gil.Enabled) { long h = Ops.Hash(key); lock (this) return RemoveCore(key, h); }
        return RemoveCore(key, Ops.Hash(key));
    }

    private bool RemoveCore(PyObject key, long hash)
    {
        int ix = Find(key, hash, out int slot);
        if (ix < 0) return false;
        RemoveAt(slot, ix);
        return true;
    }

    public bool Remove(string key) => Remove(new PyStr(key));

    public override void DelItem(PyObject key)
    {
        if (!Remove(key)) throw Errors.KeyError(key);
    }

    public override bool Contains(PyObject key)
    {
        if (!Gil.Enabled) { long h = Ops.Hash(key); lock (this) return Find(key, h, out _) >= 0; }
        return Find(key, Ops.Hash(key), out _) >= 0;
    }
    public bool ContainsKey(PyObject key) => Contains(key);

    public void Clear()
    {
        if (!Gil.Enabled) { lock (this) { ClearCore(); return; } }
        ClearCore();
    }

    private void ClearCore()
    {
        MirrorOf?.MirrorClear();
        _indices = NewIndices(MinSize);
        _keys = new PyObject?[Usable(MinSize)];
        _values = new PyObject?[Usable(MinSize)];
        _hashes = new long[Usable(MinSize)];
        _used = _count = _fill = 0;
    }

    public override long Length() => _count;
    public override bool IsTrue() => _count != 0;
    public override long Hash() => throw Errors.TypeError("unhashable type: 'dict'");

    /// <summary>Live entries in insertion order (for runtime code, not hot loops).</summary>
    public IEnumerable<(PyObject Key, PyObject Value)> Pairs()
    {
        for (int e = 0; e < _used; e++)
        {
            var k = _keys[e];
            if (k is not null) yield return (k, _values[e]!);
        }
    }

    public PyObject[] KeysArray()
    {
        if (!Gil.Enabled) { lock (this) return KeysArrayCore(); }
        return KeysArrayCore();
    }

    private PyObject[] KeysArrayCore()
    {
        var r = new PyObject[_count];
        int n = 0;
        for (int e = 0; e < _used; e++)
            if (_keys[e] is { } k) r[n++] = k;
        return r;
    }

    // Entry-level access for iterators: position-based so they survive resizes.
    // Free-threaded: a concurrent resize may shrink the arrays under a position read earlier,
    // so out-of-range positions read as deleted entries instead of throwing.
    internal int EntryLimit => _used;
    internal PyObject? KeyAt(int e) { var keys = _keys; return (uint)e < (uint)keys.Length ? keys[e] : null; }
    internal PyObject? ValueAt(int e) { var values = _values; return (uint)e < (uint)values.Length ? values[e] : null; }
    internal long HashAt(int e) { var hashes = _hashes; return (uint)e < (uint)hashes.Length ? hashes[e] : 0; }

    public PyDict Copy()
    {
        if (!Gil.Enabled) { lock (this) return CopyCore(); }
        return CopyCore();
    }

    private PyDict CopyCore()
    {
        var d = new PyDict(_count);
        for (int e = 0; e < _used; e++)
            if (_keys[e] is { } k) d.Insert(k, _hashes[e], _values[e]!);
        return d;
    }

    public (PyObject Key, PyObject Value) PopItem()
    {
        if (!Gil.Enabled) { lock (this) return PopItemCore(); }
        return PopItemCore();
    }

    private (PyObject Key, PyObject Value) PopItemCore()
    {
        if (_count == 0) throw Errors.KeyError(new PyStr("popitem(): dictionary is empty"));
        int e = _used - 1;
        while (_keys[e] is null) e--;
        var k = _keys[e]!;
        var v = _values[e]!;
        Find(k, _hashes[e], out int slot);
        RemoveAt(slot, e);
        _used = e; // LIFO: the next insert reuses the tail
        return (k, v);
    }

    /// <summary>dict.update / dict(...): a mapping, or an iterable of pairs.</summary>
    public void Update(PyObject other)
    {
        if (other is PyDict d)
        {
            if (ReferenceEquals(d, this)) return;
            if (!Gil.Enabled)
            {
                // Snapshot the source under its lock, then insert under ours (never both held).
                var src = d.Copy();
                lock (this)
                {
                    for (int e = 0; e < src._used; e++)
                        if (src._keys[e] is { } k) Insert(k, src._hashes[e], src._values[e]!);
                }
                return;
            }
            for (int e = 0; e < d._used; e++)
                if (d._keys[e] is { } k) Insert(k, d._hashes[e], d._values[e]!);
            return;
        }
        if (other is not PyList && other is not PyTuple && other.Type.Lookup("keys") is not null)
        {
            var keys = Ops.GetIter(other.CallMethod("keys", Array.Empty<PyObject>()));
            PyObject? k;
            while ((k = keys.Next()) is not null)
                SetItem(k, other.GetItem(k));
            return;
        }
        var it = Ops.GetIter(other);
        PyObject? item;
        int index = 0;
        while ((item = it.Next()) is not null)
        {
            PyObject[] pair;
            if (item is PyTuple t) pair = t.Items;
            else if (item is PyList l) pair = l.ToArray();
            else if (!Ops.IsIterable(item))
                throw Errors.TypeError($"cannot convert dictionary update sequence element #{index} to a sequence");
            else pair = Ops.ToArray(item);
            if (pair.Length != 2)
                throw Errors.ValueError($"dictionary update sequence element #{index} has length {pair.Length}; 2 is required");
            SetItem(pair[0], pair[1]);
            index++;
        }
    }

    // ---- object protocol -------------------------------------------------------------------------
    public override string Repr()
    {
        if (_count == 0) return "{}";
        if (!Gil.Enabled) return Copy().Repr();
        if (!ReprGuard.Enter(this)) return "{...}";
        try
        {
            var sb = new StringBuilder();
            sb.Append('{');
            bool first = true;
            for (int e = 0; e < _used; e++)
            {
                var k = _keys[e];
                if (k is null) continue;
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(k.Repr()).Append(": ").Append(_values[e]!.Repr());
            }
            sb.Append('}');
            return sb.ToString();
        }
        finally { ReprGuard.Leave(this); }
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyDict d || op is not (CompareOp.Eq or CompareOp.Ne)) return null;
        bool eq = DictEquals(d);
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }

    private bool DictEquals(PyDict d)
    {
        if (!Gil.Enabled && !_isSnapshot) return Copy().SnapshotEquals(d.Copy());
        if (d._count != _count) return false;
        for (int e = 0; e < _used; e++)
        {
            var k = _keys[e];
            if (k is null) continue;
            var v = _values[e]!;
            int ix = d.Find(k, _hashes[e], out _);
            if (ix < 0) return false;
            var ov = d._values[ix]!;
            if (!ReferenceEquals(v, ov) && !Ops.EqBool(v, ov)) return false;
        }
        return true;
    }

    public override PyObject GetIter() => new PyDictIterator(this, DictIterKind.Keys);

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        if (op == Runtime.BinaryOp.Or && other is PyDict d)
        {
            var r = Copy();
            r.Update(d);
            return r;
        }
        return null;
    }

    public override PyObject? InPlaceOp(BinaryOp op, PyObject other)
    {
        if (op == Runtime.BinaryOp.Or)
        {
            Update(other);
            return this;
        }
        return null;
    }

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        if (npos > 1) throw Errors.TypeError($"dict expected at most 1 argument, got {npos}");
        var d = new PyDict();
        if (npos == 1) d.Update(args[0]);
        if (kwnames is not null)
            for (int i = 0; i < kwnames.Length; i++)
                d.SetItem(new PyStr(kwnames[i]), args[npos + i]);
        return d;
    }
}
