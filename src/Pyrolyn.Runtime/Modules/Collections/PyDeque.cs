using System;
using System.Text;
using Pyrolyn.Runtime.Threading;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// <c>collections.deque</c>: a ring buffer with an optional maximum length.
///
/// Free-threaded mode (Gil.Enabled == false) follows PyList's pattern: every access to the
/// buffer runs under the deque's own monitor (lock (this); the deque is never exposed as a
/// .NET lock to anyone else). Python code (item __eq__, iteration of an argument) runs outside
/// the lock on a snapshot, so a user callback can never deadlock on the deque. With the GIL on,
/// no lock is taken.
/// </summary>
public sealed class PyDeque : PyObject
{
    public static readonly PyType DequeType = MakeType();

    private PyObject[] _buf = new PyObject[8];
    private int _head;
    private int _count;
    private long _maxlen = -1; // -1: unbounded
    /// <summary>Bumped by every mutation, so iterators detect "deque mutated during iteration".</summary>
    private long _state;

    private static PyType MakeType()
    {
        var t = new PyType("deque", new[] { BuiltinTypes.Object }, "collections", Construct);
        BuiltinAttr.Register(t, static (self, name, args, kw) => ((PyDeque)self).Dispatch(name, args, kw),
            "append", "appendleft", "pop", "popleft", "extend", "extendleft", "rotate", "clear", "copy", "count",
            "index", "insert", "remove", "reverse", "__len__", "__getitem__", "__setitem__", "__delitem__",
            "__contains__", "__iter__", "__reversed__", "__repr__", "__copy__", "__add__", "__mul__", "__iadd__", "__imul__",
            "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__");
        return t;
    }

    public override PyType Type => DequeType;

    public int Count => _count;

    private static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        var p = new Args(args, kwnames, "deque", "iterable", "maxlen");
        var d = new PyDeque();
        if (p[1] is { } m and not PyNone)
        {
            if (m is not PyInt mi)
                throw Errors.TypeError("an integer is required");
            long n = ArgCheck.ToLong(mi);
            if (n < 0)
                throw Errors.ValueError("maxlen must be non-negative");
            d._maxlen = n;
        }
        if (p[0] is { } it)
            d.ExtendRight(it);
        return d;
    }

    // ---- ring buffer core (caller holds the lock in free-threaded mode) -------------------------

    private ref PyObject Slot(int i) => ref _buf[(_head + i) & (_buf.Length - 1)];

    private void Grow()
    {
        var nb = new PyObject[_buf.Length * 2];
        for (int i = 0; i < _count; i++)
            nb[i] = Slot(i);
        _buf = nb;
        _head = 0;
    }

    private void PushRight(PyObject x)
    {
        if (_maxlen == 0)
            return;
        if (_count == _maxlen)
            PopLeftCore();
        if (_count == _buf.Length)
            Grow();
        Slot(_count) = x;
        _count++;
        _state++;
    }

    private void PushLeft(PyObject x)
    {
        if (_maxlen == 0)
            return;
        if (_count == _maxlen)
            PopRightCore();
        if (_count == _buf.Length)
            Grow();
        _head = (_head - 1) & (_buf.Length - 1);
        _buf[_head] = x;
        _count++;
        _state++;
    }

    private PyObject PopRightCore()
    {
        if (_count == 0)
            throw Errors.IndexError("pop from an empty deque");
        ref var s = ref Slot(_count - 1);
        var x = s;
        s = null!;
        _count--;
        _state++;
        return x;
    }

    private PyObject PopLeftCore()
    {
        if (_count == 0)
            throw Errors.IndexError("pop from an empty deque");
        var x = _buf[_head];
        _buf[_head] = null!;
        _head = (_head + 1) & (_buf.Length - 1);
        _count--;
        _state++;
        return x;
    }

    private PyObject[] SnapshotCore()
    {
        var r = new PyObject[_count];
        for (int i = 0; i < _count; i++)
            r[i] = Slot(i);
        return r;
    }

    private void ReplaceCore(PyObject[] items)
    {
        int cap = 8;
        while (cap < items.Length)
            cap <<= 1;
        _buf = new PyObject[cap];
        Array.Copy(items, _buf, items.Length);
        _head = 0;
        _count = items.Length;
        _state++;
    }

    private void RotateCore(long n)
    {
        if (_count <= 1)
            return;
        n %= _count;
        if (n < 0)
            n += _count;
        for (long i = 0; i < n; i++)
        {
            // Move the last item to the front.
            var x = Slot(_count - 1);
            Slot(_count - 1) = null!;
            _head = (_head - 1) & (_buf.Length - 1);
            _buf[_head] = x;
        }
        _state++;
    }

    // ---- thread-aware public operations -------------------------------------------------------

    public PyObject[] Snapshot()
    {
        if (!Gil.Enabled) { lock (this) return SnapshotCore(); }
        return SnapshotCore();
    }

    public void Append(PyObject x)
    {
        if (!Gil.Enabled) { lock (this) PushRight(x); return; }
        PushRight(x);
    }

    public void AppendLeft(PyObject x)
    {
        if (!Gil.Enabled) { lock (this) PushLeft(x); return; }
        PushLeft(x);
    }

    public PyObject Pop()
    {
        if (!Gil.Enabled) { lock (this) return PopRightCore(); }
        return PopRightCore();
    }

    public PyObject PopLeft()
    {
        if (!Gil.Enabled) { lock (this) return PopLeftCore(); }
        return PopLeftCore();
    }

    /// <summary>deque.extend: the argument is iterated first (it may be this deque or run Python code).</summary>
    public void ExtendRight(PyObject iterable)
    {
        var items = iterable is PyDeque other ? other.Snapshot() : Ops.ToArray(iterable);
        if (!Gil.Enabled) { lock (this) foreach (var x in items) PushRight(x); return; }
        foreach (var x in items)
            PushRight(x);
    }

    public void ExtendLeft(PyObject iterable)
    {
        var items = iterable is PyDeque other ? other.Snapshot() : Ops.ToArray(iterable);
        if (!Gil.Enabled) { lock (this) foreach (var x in items) PushLeft(x); return; }
        foreach (var x in items)
            PushLeft(x);
    }

    private void Replace(PyObject[] items)
    {
        if (!Gil.Enabled) { lock (this) ReplaceCore(items); return; }
        ReplaceCore(items);
    }

    private PyObject ItemAt(PyObject key)
    {
        long i = IndexArg(key);
        if (!Gil.Enabled) { lock (this) return ItemAtCore(i); }
        return ItemAtCore(i);
    }

    private PyObject ItemAtCore(long i)
    {
        if (i < 0)
            i += _count;
        if ((ulong)i >= (ulong)_count)
            throw Errors.IndexError("deque index out of range");
        return Slot((int)i);
    }

    private static long IndexArg(PyObject key) => key switch
    {
        PyInt k => ArgCheck.ToLong(k),
        _ => throw Errors.TypeError($"sequence index must be integer, not '{key.Type.Name}'"),
    };

    private PyDeque NewLike(PyObject[] items)
    {
        var d = new PyDeque { _maxlen = _maxlen };
        foreach (var x in items)
            d.PushRight(x);
        return d;
    }

    // ---- object protocol ----------------------------------------------------------------------

    public override string Repr()
    {
        if (!ReprGuard.Enter(this))
            return "[...]";
        try
        {
            var items = Snapshot();
            var sb = new StringBuilder("deque([");
            SequenceHelpers.AppendItems(sb, items, items.Length);
            sb.Append(']');
            if (_maxlen >= 0)
                sb.Append(", maxlen=").Append(_maxlen);
            sb.Append(')');
            return sb.ToString();
        }
        finally
        {
            ReprGuard.Leave(this);
        }
    }

    public override bool IsTrue() => _count != 0;
    public override long Length() => _count;
    public override long Hash() => throw Errors.TypeError("unhashable type: 'collections.deque'");

    public override bool Contains(PyObject item)
    {
        long state = _state;
        foreach (var x in Snapshot())
        {
            if (SequenceHelpers.ItemEq(x, item))
                return true;
            if (_state != state)
                throw Errors.RuntimeError("deque mutated during iteration");
        }
        return false;
    }

    public override PyObject GetItem(PyObject key) => ItemAt(key);

    public override void SetItem(PyObject key, PyObject value)
    {
        long i = IndexArg(key);
        if (!Gil.Enabled) { lock (this) SetItemCore(i, value); return; }
        SetItemCore(i, value);
    }

    private void SetItemCore(long i, PyObject value)
    {
        if (i < 0)
            i += _count;
        if ((ulong)i >= (ulong)_count)
            throw Errors.IndexError("deque index out of range");
        Slot((int)i) = value;
    }

    public override void DelItem(PyObject key)
    {
        long i = IndexArg(key);
        if (!Gil.Enabled) { lock (this) DelItemCore(i); return; }
        DelItemCore(i);
    }

    private void DelItemCore(long i)
    {
        if (i < 0)
            i += _count;
        if ((ulong)i >= (ulong)_count)
            throw Errors.IndexError("deque index out of range");
        var items = SnapshotCore();
        var rest = new PyObject[items.Length - 1];
        Array.Copy(items, 0, rest, 0, (int)i);
        Array.Copy(items, (int)i + 1, rest, (int)i, rest.Length - (int)i);
        ReplaceCore(rest);
    }

    public override PyObject GetIter() => new DequeIterator(this, reverse: false);

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyDeque d)
            return null;
        var a = Snapshot();
        var b = d.Snapshot();
        return SequenceHelpers.Compare(a, a.Length, b, b.Length, op);
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        if (op == Runtime.BinaryOp.Add)
        {
            if (other is not PyDeque d)
                throw Errors.TypeError($"can only concatenate deque (not \"{other.Type.Name}\") to deque");
            var r = NewLike(Snapshot());
            r.ExtendRight(d);
            return r;
        }
        if (op == Runtime.BinaryOp.Mul && other is PyInt n)
            return NewLike(Repeat(Snapshot(), n));
        return null;
    }

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other) =>
        op == Runtime.BinaryOp.Mul && other is PyInt n ? NewLike(Repeat(Snapshot(), n)) : null;

    public override PyObject? InPlaceOp(BinaryOp op, PyObject other)
    {
        if (op == Runtime.BinaryOp.Add)
        {
            ExtendRight(other);
            return this;
        }
        if (op == Runtime.BinaryOp.Mul && other is PyInt n)
        {
            var items = Repeat(Snapshot(), n);
            Replace(Array.Empty<PyObject>());
            foreach (var x in items)
                Append(x);
            return this;
        }
        return null;
    }

    private static PyObject[] Repeat(PyObject[] items, PyInt n)
    {
        long c = SequenceHelpers.RepeatCount(n);
        if (c == 0 || items.Length == 0)
            return Array.Empty<PyObject>();
        if (c * items.Length > int.MaxValue / 2)
            throw Errors.New(ExceptionTypes.MemoryError, "");
        var r = new PyObject[c * items.Length];
        for (long i = 0; i < c; i++)
            items.CopyTo(r, i * items.Length);
        return r;
    }

    public override PyObject GetAttr(string name) =>
        name == "maxlen" ? (_maxlen < 0 ? PyNone.Instance : PyInt.From(_maxlen)) : BuiltinAttr.Get(this, name);

    public override void SetAttr(string name, PyObject value)
    {
        if (name == "maxlen")
            throw Errors.AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable");
        BuiltinAttr.Set(this, name);
    }

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "append": Append(ArgCheck.One(args, kw, "deque.append")); return PyNone.Instance;
            case "appendleft": AppendLeft(ArgCheck.One(args, kw, "deque.appendleft")); return PyNone.Instance;
            case "pop": ArgCheck.None(args, kw, "deque.pop"); return Pop();
            case "popleft": ArgCheck.None(args, kw, "deque.popleft"); return PopLeft();
            case "extend": ExtendRight(ArgCheck.One(args, kw, "deque.extend")); return PyNone.Instance;
            case "extendleft": ExtendLeft(ArgCheck.One(args, kw, "deque.extendleft")); return PyNone.Instance;
            case "rotate":
            {
                ArgCheck.Range(args, kw, "rotate", 0, 1);
                long n = args.Length == 0 ? 1 : ArgCheck.ToLong(args[0]);
                if (!Gil.Enabled) { lock (this) RotateCore(n); }
                else RotateCore(n);
                return PyNone.Instance;
            }
            case "clear": ArgCheck.None(args, kw, "deque.clear"); Replace(Array.Empty<PyObject>()); return PyNone.Instance;
            case "copy": case "__copy__": ArgCheck.None(args, kw, "deque." + name); return NewLike(Snapshot());
            case "count":
            {
                var x = ArgCheck.One(args, kw, "deque.count");
                long state = _state;
                int n = 0;
                foreach (var it in Snapshot())
                {
                    if (SequenceHelpers.ItemEq(it, x))
                        n++;
                    if (_state != state)
                        throw Errors.RuntimeError("deque mutated during iteration");
                }
                return PyInt.From(n);
            }
            case "index":
            {
                ArgCheck.Range(args, kw, "index", 1, 3);
                var items = Snapshot();
                SequenceHelpers.IndexRange(args, items.Length, out int start, out int stop);
                long state = _state;
                for (int i = start; i < stop; i++)
                {
                    if (SequenceHelpers.ItemEq(items[i], args[0]))
                        return PyInt.From(i);
                    if (_state != state)
                        throw Errors.RuntimeError("deque mutated during iteration");
                }
                throw Errors.ValueError($"{args[0].Repr()} is not in deque");
            }
            case "insert":
            {
                ArgCheck.Range(args, kw, "insert", 2, 2);
                long i = ArgCheck.ToLong(args[0]);
                if (!Gil.Enabled) { lock (this) InsertCore(i, args[1]); }
                else InsertCore(i, args[1]);
                return PyNone.Instance;
            }
            case "remove":
            {
                var x = ArgCheck.One(args, kw, "deque.remove");
                var items = Snapshot();
                for (int i = 0; i < items.Length; i++)
                {
                    if (SequenceHelpers.ItemEq(items[i], x))
                    {
                        DelItem(PyInt.From(i));
                        return PyNone.Instance;
                    }
                }
                throw Errors.ValueError($"{x.Repr()} is not in deque");
            }
            case "reverse":
            {
                ArgCheck.None(args, kw, "deque.reverse");
                var items = Snapshot();
                Array.Reverse(items);
                Replace(items);
                return PyNone.Instance;
            }
            case "__len__": return PyInt.From(_count);
            case "__getitem__": return GetItem(ArgCheck.One(args, kw, "deque.__getitem__"));
            case "__setitem__": ArgCheck.Range(args, kw, "__setitem__", 2, 2); SetItem(args[0], args[1]); return PyNone.Instance;
            case "__delitem__": DelItem(ArgCheck.One(args, kw, "deque.__delitem__")); return PyNone.Instance;
            case "__contains__": return PyBool.From(Contains(ArgCheck.One(args, kw, "deque.__contains__")));
            case "__iter__": return GetIter();
            case "__reversed__": return new DequeIterator(this, reverse: true);
            case "__repr__": return new PyStr(Repr());
            case "__add__": return Ops.NotImplementedIfNull(BinaryOp(Runtime.BinaryOp.Add, ArgCheck.One(args, kw, "deque.__add__")));
            case "__mul__": return Ops.NotImplementedIfNull(BinaryOp(Runtime.BinaryOp.Mul, ArgCheck.One(args, kw, "deque.__mul__")));
            case "__iadd__": return Ops.NotImplementedIfNull(InPlaceOp(Runtime.BinaryOp.Add, ArgCheck.One(args, kw, "deque.__iadd__")));
            case "__imul__": return Ops.NotImplementedIfNull(InPlaceOp(Runtime.BinaryOp.Mul, ArgCheck.One(args, kw, "deque.__imul__")));
        }
        if (OpNames.TryCompare(name, out var cop))
            return Ops.NotImplementedIfNull(RichCompare(ArgCheck.One(args, kw, "deque." + name), cop));
        return null;
    }

    private void InsertCore(long i, PyObject x)
    {
        if (_maxlen >= 0 && _count >= _maxlen)
            throw Errors.IndexError("deque already at its maximum size");
        if (i < 0)
        {
            i += _count;
            if (i < 0)
                i = 0;
        }
        if (i > _count)
            i = _count;
        var items = SnapshotCore();
        var r = new PyObject[items.Length + 1];
        Array.Copy(items, 0, r, 0, (int)i);
        r[i] = x;
        Array.Copy(items, (int)i, r, (int)i + 1, items.Length - (int)i);
        ReplaceCore(r);
    }

    /// <summary>The deque iterator: raises if the deque changes while iterating.</summary>
    private sealed class DequeIterator : PyObject
    {
        private static readonly PyType IterType = new("_deque_iterator", new[] { BuiltinTypes.Object }, "_collections");
        private static readonly PyType ReverseIterType = new("_deque_reverse_iterator", new[] { BuiltinTypes.Object }, "_collections");

        private readonly PyDeque _deque;
        private readonly bool _reverse;
        private readonly long _state;
        private int _index;

        public DequeIterator(PyDeque deque, bool reverse)
        {
            _deque = deque;
            _reverse = reverse;
            _state = deque._state;
        }

        public override PyType Type => _reverse ? ReverseIterType : IterType;
        public override PyObject GetIter() => this;

        public override PyObject? Next()
        {
            if (_deque._state != _state)
                throw Errors.RuntimeError("deque mutated during iteration");
            if (!Gil.Enabled) { lock (_deque) return NextCore(); }
            return NextCore();
        }

        private PyObject? NextCore()
        {
            if (_index >= _deque._count)
                return null;
            int i = _reverse ? _deque._count - 1 - _index : _index;
            _index++;
            return _deque.Slot(i);
        }
    }
}
