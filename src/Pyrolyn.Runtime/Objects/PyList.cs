using System;
using System.Runtime.CompilerServices;
using System.Text;

using Pyrolyn.Runtime.Threading;

namespace Pyrolyn.Runtime;

/// <summary>list: a growable array (items + count), like CPython's PyListObject.</summary>
public sealed partial class PyList : PyObject
{
    private PyObject[] _items;
    private int _count;

    public PyList() => _items = Array.Empty<PyObject>();

    /// <summary>Takes ownership of <paramref name="items"/> (the emitter passes fresh arrays).</summary>
    public PyList(PyObject[] items)
    {
        // A covariant array (a PyStr[] passed as PyObject[]) is copied: stores skip the check.
        if (items.GetType() != typeof(PyObject[]))
            items = (PyObject[])items.Clone();
        _items = items;
        _count = items.Length;
    }

    public PyList(int capacity) => _items = capacity == 0 ? Array.Empty<PyObject>() : new PyObject[capacity];

    public int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _count;
    }

    /// <summary>The backing array; only the first <see cref="Count"/> entries are live.</summary>
    public PyObject[] Items => _items;

    public PyObject this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Gil.Enabled ? _items[index] : ItemShared(index);
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        set
        {
            if (Gil.Enabled) ObjectArrays.Store(_items, index, value);
            else SetItemShared(index, value);
        }
    }

    public override PyType Type => BuiltinTypes.List;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(PyObject item)
    {
        if (!Gil.Enabled) { AppendShared(item); return; }
        if (_count == _items.Length) Grow(_count + 1);
        ObjectArrays.Store(_items, _count++, item);
    }

    private void Grow(int min)
    {
        // Doubling (CPython grows by ~1.125x, but its realloc can often extend in place): each
        // growth of a long list allocates a large-object array, and every such allocation
        // brings the next full collection closer, so fewer and larger steps are cheaper.
        int cap = Math.Max(min, Math.Max(4, _items.Length < int.MaxValue / 4 ? _items.Length * 2 : _items.Length + (_items.Length >> 3)));
        Array.Resize(ref _items, cap);
    }

    public void EnsureCapacity(int n)
    {
        if (n > _items.Length) Grow(n);
    }

    public PyObject[] ToArray()
    {
        if (!Gil.Enabled) { lock (this) return ToArrayCore(); }
        return ToArrayCore();
    }

    private PyObject[] ToArrayCore()
    {
        var r = new PyObject[_count];
        Array.Copy(_items, r, _count);
        return r;
    }

    public void Extend(PyObject iterable)
    {
        if (!Gil.Enabled) { ExtendShared(iterable); return; }
        switch (iterable)
        {
            case PyList l:
            {
                int n = l._count; // snapshot so x.extend(x) doubles once
                EnsureCapacity(_count + n);
                Array.Copy(l._items, 0, _items, _count, n);
                _count += n;
                return;
            }
            case PyTuple t:
                EnsureCapacity(_count + t.Items.Length);
                Array.Copy(t.Items, 0, _items, _count, t.Items.Length);
                _count += t.Items.Length;
                return;
        }
        var it = Ops.GetIter(iterable);
        PyObject? x;
        while ((x = it.Next()) is not null)
            Append(x);
    }

    public void Insert(long index, PyObject item)
    {
        if (!Gil.Enabled) { lock (this) { InsertCore(index, item); return; } }
        InsertCore(index, item);
    }

    private void InsertCore(long index, PyObject item)
    {
        if (index < 0) { index += _count; if (index < 0) index = 0; }
        if (index > _count) index = _count;
        if (_count == _items.Length) Grow(_count + 1);
        Array.Copy(_items, index, _items, index + 1, _count - index);
        ObjectArrays.Store(_items, (int)index, item);
        _count++;
    }

    public PyObject Pop(long index)
    {
        if (!Gil.Enabled) { lock (this) return PopCore(index); }
        return PopCore(index);
    }

    private PyObject PopCore(long index)
    {
        if (_count == 0) throw Errors.IndexError("pop from empty list");
        if (index < 0) index += _count;
        if ((ulong)index >= (ulong)_count) throw Errors.IndexError("pop index out of range");
        var item = _items[index];
        _count--;
        Array.Copy(_items, index + 1, _items, index, _count - index);
        _items[_count] = null!;
        return item;
    }

    public void RemoveAtRange(int start, int n)
    {
        if (n <= 0) return;
        if (!Gil.Enabled) { lock (this) { RemoveAtRangeCore(start, n); return; } }
        RemoveAtRangeCore(start, n);
    }

    private void RemoveAtRangeCore(int start, int n)
    {
        Array.Copy(_items, start + n, _items, start, _count - start - n);
        Array.Clear(_items, _count - n, n);
        _count -= n;
    }

    public void Clear()
    {
        if (!Gil.Enabled) { lock (this) { ClearCore(); return; } }
        ClearCore();
    }

    private void ClearCore()
    {
        _items = Array.Empty<PyObject>();
        _count = 0;
    }

    public void ReverseInPlace()
    {
        if (!Gil.Enabled) { lock (this) Array.Reverse(_items, 0, _count); return; }
        Array.Reverse(_items, 0, _count);
    }

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        ArgCheck.NoKw(kwnames, "list");
        if (args.Length > 1) throw Errors.TypeError($"list expected at most 1 argument, got {args.Length}");
        var l = new PyList();
        if (args.Length == 1) l.Extend(args[0]);
        return l;
    }

    // ---- object protocol -------------------------------------------------------------------------
    public override string Repr()
    {
        if (_count == 0) return "[]";
        if (!ReprGuard.Enter(this)) return "[...]";
        try
        {
            var sb = new StringBuilder();
            sb.Append('[');
            // Re-read the count each step: a repr may mutate the list.
            for (int i = 0; TryGetAt(i, out var item); i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(item.Repr());
            }
            sb.Append(']');
            return sb.ToString();
        }
        finally { ReprGuard.Leave(this); }
    }

    public override bool IsTrue() => _count != 0;
    public override long Hash() => throw Errors.TypeError("unhashable type: 'list'");
    public override long Length() => _count;

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyList l) return null;
        if (Gil.Enabled) return SequenceHelpers.Compare(_items, _count, l._items, l._count, op);
        var a = ToArray();
        var b = l.ToArray();
        return SequenceHelpers.Compare(a, a.Length, b, b.Length, op);
    }

    public override bool Contains(PyObject item)
    {
        if (!Gil.Enabled) return ContainsShared(item);
        for (int i = 0; i < _count; i++)
            if (SequenceHelpers.ItemEq(_items[i], item)) return true;
        return false;
    }

    public override PyObject GetIter() => new PyListIterator(this);

    public override PyObject GetItem(PyObject key)
    {
        if (!Gil.Enabled) return GetItemShared(key);
        if (key is PyInt i)
        {
            long idx = SequenceHelpers.Normalize(i, _count);
            if (idx < 0) throw Errors.IndexError("list index out of range");
            return _items[idx];
        }
        if (key is PySlice s) return Slice(s);
        if (SequenceHelpers.AsIndex(key) is { } index) return GetItem(index);
        throw SequenceHelpers.IndicesError("list", key);
    }

    public PyList Slice(PySlice s)
    {
        if (!Gil.Enabled) { lock (this) return SliceCore(s); }
        return SliceCore(s);
    }

    private PyList SliceCore(PySlice s)
    {
        long n = s.Indices(_count, out long start, out _, out long step);
        if (n <= 0) return new PyList();
        var r = new PyObject[n];
        if (step == 1) Array.Copy(_items, start, r, 0, n);
        else for (long k = 0, p = start; k < n; k++, p += step) r[k] = _items[p];
        return new PyList(r);
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (!Gil.Enabled) { SetItemSharedKey(key, value); return; }
        SetItemCore(key, value);
    }

    private void SetItemCore(PyObject key, PyObject value)
    {
        if (key is PyInt i)
        {
            long idx = SequenceHelpers.Normalize(i, _count);
            if (idx < 0) throw Errors.IndexError("list assignment index out of range");
            _items[idx] = value;
            return;
        }
        if (key is PySlice s) { SetSlice(s, value); return; }
        throw SequenceHelpers.IndicesError("list", key);
    }

    private void SetSlice(PySlice s, PyObject value)
    {
        long n = s.Indices(_count, out long start, out long stop, out long step);
        PyObject[] src;
        if (ReferenceEquals(value, this)) src = ToArray();
        else if (value is PyList vl) src = vl.ToArray();
        else if (value is PyTuple vt) src = vt.Items;
        else
        {
            try { src = Ops.ToArray(value); }
            catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError && !Ops.IsIterable(value))
            {
                throw Errors.TypeError(step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
            }
        }
        if (step == 1)
        {
            if (stop < start) stop = start;
            int oldLen = (int)(stop - start), newLen = src.Length;
            int delta = newLen - oldLen;
            if (delta > 0) EnsureCapacity(_count + delta);
            Array.Copy(_items, stop, _items, stop + delta, _count - stop);
            Array.Copy(src, 0, _items, start, newLen);
            if (delta < 0) Array.Clear(_items, _count + delta, -delta);
            _count += delta;
            return;
        }
        if (src.Length != n)
            throw Errors.ValueError($"attempt to assign sequence of size {src.Length} to extended slice of size {n}");
        for (long k = 0, p = start; k < n; k++, p += step) _items[p] = src[k];
    }

    public override void DelItem(PyObject key)
    {
        if (!Gil.Enabled) { lock (this) { DelItemCore(key); return; } }
        DelItemCore(key);
    }

    private void DelItemCore(PyObject key)
    {
        if (key is PyInt i)
        {
            long idx = SequenceHelpers.Normalize(i, _count);
            if (idx < 0) throw Errors.IndexError("list assignment index out of range");
            Pop(idx);
            return;
        }
        if (key is PySlice s)
        {
            long n = s.Indices(_count, out long start, out _, out long step);
            if (n <= 0) return;
            if (step == 1) { RemoveAtRange((int)start, (int)n); return; }
            if (step < 0) { start = start + step * (n - 1); step = -step; }
            // Compact in one pass, skipping the deleted positions.
            int w = (int)start;
            long next = start, removed = 0;
            for (int r = (int)start; r < _count; r++)
            {
                if (removed < n && r == next) { removed++; next += step; continue; }
                _items[w++] = _items[r];
            }
            Array.Clear(_items, w, _count - w);
            _count = w;
            return;
        }
        throw SequenceHelpers.IndicesError("list", key);
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        if (op == Runtime.BinaryOp.Add && other is PyList l)
        {
            var r = new PyObject[_count + l._count];
            Array.Copy(_items, r, _count);
            Array.Copy(l._items, 0, r, _count, l._count);
            return new PyList(r);
        }
        if (op == Runtime.BinaryOp.Mul && other is PyInt n) return Repeat(n);
        return null;
    }

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other) =>
        op == Runtime.BinaryOp.Mul && other is PyInt n ? Repeat(n) : null;

    public override PyObject? InPlaceOp(BinaryOp op, PyObject other)
    {
        if (!Gil.Enabled && op == Runtime.BinaryOp.Mul) { lock (this) return InPlaceOpCore(op, other); }
        return InPlaceOpCore(op, other);
    }

    private PyObject? InPlaceOpCore(BinaryOp op, PyObject other)
    {
        if (op == Runtime.BinaryOp.Add) { Extend(other); return this; }
        if (op == Runtime.BinaryOp.Mul && other is PyInt n)
        {
            long c = SequenceHelpers.RepeatCount(n);
            if (c == 0 || _count == 0) { Clear(); return this; }
            if (c * _count > int.MaxValue / 2) throw Errors.New(ExceptionTypes.MemoryError, "");
            int old = _count;
            EnsureCapacity((int)(old * c));
            for (long i = 1; i < c; i++) Array.Copy(_items, 0, _items, i * old, old);
            _count = (int)(old * c);
            return this;
        }
        return null;
    }

    private PyList Repeat(PyInt n)
    {
        long c = SequenceHelpers.RepeatCount(n);
        if (c == 0 || _count == 0) return new PyList();
        if (c * _count > int.MaxValue / 2) throw Errors.New(ExceptionTypes.MemoryError, "");
        var r = new PyObject[c * _count];
        if (_count == 1) Array.Fill(r, _items[0]);
        else for (long i = 0; i < c; i++) Array.Copy(_items, 0, r, i * _count, _count);
        return new PyList(r);
    }
}
