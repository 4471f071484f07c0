using System;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>Shared implementation of set and frozenset over CPython's exact table
/// (<see cref="SetTable"/>), including the algorithms of the set operations, which determine
/// the iteration order of their results.</summary>
public abstract class PySetBase : PyObject
{
    internal SetTable Table = new();

    public int Count => Table.Used;

    /// <summary>A new empty set of the same kind (set or frozenset).</summary>
    internal abstract PySetBase NewEmpty();

    internal void AddKey(PyObject key)
    {
        long h = Ops.Hash(key);
        if (!Pyrolyn.Runtime.Threading.Gil.Enabled && this is PySet) { lock (this) Table.Add(key, h); return; }
        Table.Add(key, h);
    }

    /// <summary>set_update_internal.</summary>
    internal void UpdateInternal(PyObject other)
    {
        if (!Pyrolyn.Runtime.Threading.Gil.Enabled && this is PySet)
        {
            // Snapshot the source under its own lock, then add under ours.
            PyObject[]? items = null;
            if (other is PySetBase src)
            {
                var snapshot = new PyFrozenSet();
                if (src is PySet) { lock (src) snapshot.Table.Merge(src.Table); }
                else snapshot.Table.Merge(src.Table);
                lock (this) Table.Merge(snapshot.Table);
                return;
            }
            if (other is PyList srcList) items = srcList.ToArray();
            else if (other is PyDict srcDict) items = srcDict.KeysArray();
            if (items is not null)
            {
                foreach (var x in items) AddKey(x);
                return;
            }
            var iter = Ops.GetIter(other);
            PyObject? next;
            while ((next = iter.Next()) is not null) AddKey(next);
            return;
        }
        if (other is PySetBase s)
        {
            Table.Merge(s.Table);
            return;
        }
        if (other is PyDict d)
        {
            long n = d.Count;
            if ((Table.Fill + n) * 5 >= (long)Table.Mask * 3)
                Table.Resize((Table.Used + n) * 2);
            for (int e = 0; e < d.EntryLimit; e++)
                if (d.KeyAt(e) is { } k) Table.Add(k, d.HashAt(e));
            return;
        }
        if (other is PyList l)
        {
            for (int i = 0; i < l.Count; i++) AddKey(l[i]);
            return;
        }
        if (other is PyTuple t)
        {
            foreach (var x in t.Items) AddKey(x);
            return;
        }
        var it = Ops.GetIter(other);
        PyObject? item;
        while ((item = it.Next()) is not null) AddKey(item);
    }

    internal PySetBase CopyAs(PySetBase target)
    {
        target.UpdateInternal(this);
        return target;
    }

    public PyObject[] ToArray()
    {
        if (!Pyrolyn.Runtime.Threading.Gil.Enabled && this is PySet) { lock (this) return ToArrayCore(); }
        return ToArrayCore();
    }

    private PyObject[] ToArrayCore()
    {
        var r = new PyObject[Table.Used];
        int n = 0;
        for (int j = Table.NextSlot(0); j >= 0; j = Table.NextSlot(j + 1)) r[n++] = Table.Keys[j]!;
        return r;
    }

    public override bool Contains(PyObject item)
    {
        if (!Pyrolyn.Runtime.Threading.Gil.Enabled && this is PySet) { lock (this) return ContainsCore(item); }
        return ContainsCore(item);
    }

    // The try/catch lives apart so that the common path (an int or a str) has none.
    private bool ContainsCore(PyObject item) =>
        item is PySet ? ContainsSetItem(item) : Table.Contains(item, Ops.Hash(item));

    private bool ContainsSetItem(PyObject item)
    {
        long h;
        try { h = Ops.Hash(item); }
        catch (PyException e) when (item is PySet && e.Value.Type == ExceptionTypes.TypeError)
        {
            // A set argument is looked up as the equivalent frozenset, as in CPython.
            return Table.Contains(item, new PyFrozenSet(item).Hash());
        }
        return Table.Contains(item, h);
    }

    public override long Length() => Table.Used;
    public override bool IsTrue() => Table.Used != 0;
    public override PyObject GetIter() => new PySetIterator(this);

    public override string Repr()
    {
        string name = Type.Name;
        bool plain = this is PySet;
        if (Table.Used == 0) return name + "()";
        if (!ReprGuard.Enter(this)) return name + "(...)";
        try
        {
            var sb = new StringBuilder();
            if (!plain) sb.Append(name).Append('(');
            sb.Append('{');
            bool first = true;
            for (int j = Table.NextSlot(0); j >= 0; j = Table.NextSlot(j + 1))
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Table.Keys[j]!.Repr());
            }
            sb.Append('}');
            if (!plain) sb.Append(')');
            return sb.ToString();
        }
        finally { ReprGuard.Leave(this); }
    }

    // ---- algebra (CPython's algorithms, which fix the result's slot order) ---------------------
    internal PySetBase Intersection(PyObject other)
    {
        if (ReferenceEquals(other, this)) return CopyAs(NewEmpty());
        var result = NewEmpty();
        if (other is PySetBase os)
        {
            SetTable a = Table, b = os.Table;
            if (b.Used > a.Used) (a, b) = (b, a);
            for (int j = b.NextSlot(0); j >= 0; j = b.NextSlot(j + 1))
            {
                var k = b.Keys[j]!;
                long h = b.Hashes[j];
                if (a.Contains(k, h)) result.Table.Add(k, h);
            }
            return result;
        }
        var it = Ops.GetIter(other);
        PyObject? x;
        while ((x = it.Next()) is not null)
        {
            long h = Ops.Hash(x);
            if (Table.Contains(x, h)) result.Table.Add(x, h);
        }
        return result;
    }

    internal void DifferenceUpdateInternal(PyObject other)
    {
        if (ReferenceEquals(other, this)) { Table.Clear(); return; }
        if (other is PySetBase os)
        {
            var src = os;
            if ((os.Table.Used >> 3) > Table.Used) src = (PySetBase)os.Intersection(this);
            var t = src.Table;
            for (int j = t.NextSlot(0); j >= 0; j = t.NextSlot(j + 1))
                Table.Discard(t.Keys[j]!, t.Hashes[j]);
        }
        else
        {
            var it = Ops.GetIter(other);
            PyObject? x;
            while ((x = it.Next()) is not null) Table.Discard(x, Ops.Hash(x));
        }
        if ((Table.Fill - Table.Used) <= Table.Mask / 4) return;
        Table.Resize(Table.Used > 50000 ? Table.Used * 2 : Table.Used * 4);
    }

    internal PySetBase Difference(PyObject other)
    {
        long otherSize;
        if (other is PySetBase os) otherSize = os.Table.Used;
        else if (other is PyDict od) otherSize = od.Count;
        else
        {
            var r0 = CopyAs(NewEmpty());
            r0.DifferenceUpdateInternal(other);
            return r0;
        }
        if ((Table.Used >> 2) > otherSize)
        {
            var r1 = CopyAs(NewEmpty());
            r1.DifferenceUpdateInternal(other);
            return r1;
        }
        var result = NewEmpty();
        for (int j = Table.NextSlot(0); j >= 0; j = Table.NextSlot(j + 1))
        {
            var k = Table.Keys[j]!;
            long h = Table.Hashes[j];
            bool present = other is PySetBase s2 ? s2.Table.Contains(k, h) : ((PyDict)other).Contains(k);
            if (!present) result.Table.Add(k, h);
        }
        return result;
    }

    internal void SymmetricDifferenceUpdate(PyObject other)
    {
        if (ReferenceEquals(other, this)) { Table.Clear(); return; }
        SetTable ot;
        if (other is PySetBase os) ot = os.Table;
        else if (other is PyDict d)
        {
            for (int e = 0; e < d.EntryLimit; e++)
            {
                if (d.KeyAt(e) is not { } k) continue;
                long h = d.HashAt(e);
                if (!Table.Discard(k, h)) Table.Add(k, h);
            }
            return;
        }
        else
        {
            var tmp = NewEmpty();
            tmp.UpdateInternal(other);
            ot = tmp.Table;
        }
        for (int j = ot.NextSlot(0); j >= 0; j = ot.NextSlot(j + 1))
        {
            var k = ot.Keys[j]!;
            long h = ot.Hashes[j];
            if (!Table.Discard(k, h)) Table.Add(k, h);
        }
    }

    internal PySetBase SymmetricDifference(PyObject other)
    {
        var result = NewEmpty();
        result.UpdateInternal(other);
        result.SymmetricDifferenceUpdate(this);
        return result;
    }

    internal PySetBase Union(PyObject other)
    {
        var result = CopyAs(NewEmpty());
        if (!ReferenceEquals(other, this)) result.UpdateInternal(other);
        return result;
    }

    public bool IsSubsetOf(PySetBase other)
    {
        if (Table.Used > other.Table.Used) return false;
        for (int j = Table.NextSlot(0); j >= 0; j = Table.NextSlot(j + 1))
            if (!other.Table.Contains(Table.Keys[j]!, Table.Hashes[j])) return false;
        return true;
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PySetBase o) return null;
        switch (op)
        {
            case CompareOp.Eq: return PyBool.From(Table.Used == o.Table.Used && IsSubsetOf(o));
            case CompareOp.Ne: return PyBool.From(!(Table.Used == o.Table.Used && IsSubsetOf(o)));
            case CompareOp.Le: return PyBool.From(IsSubsetOf(o));
            case CompareOp.Ge: return PyBool.From(o.IsSubsetOf(this));
            case CompareOp.Lt: return PyBool.From(Table.Used < o.Table.Used && IsSubsetOf(o));
            default: return PyBool.From(Table.Used > o.Table.Used && o.IsSubsetOf(this));
        }
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        if (other is not PySetBase) return null;
        return op switch
        {
            Runtime.BinaryOp.Or => Union(other),
            Runtime.BinaryOp.And => Intersection(other),
            Runtime.BinaryOp.Sub => Difference(other),
            Runtime.BinaryOp.Xor => SymmetricDifference(other),
            _ => null,
        };
    }

    /// <summary>The frozenset hash of CPython 3.11 (order-independent, shuffled entry hashes).</summary>
    internal long ComputeFrozenHash()
    {
        ulong hash = 0;
        for (int j = Table.NextSlot(0); j >= 0; j = Table.NextSlot(j + 1))
            hash ^= ShuffleBits((ulong)Table.Hashes[j]);
        hash ^= ((ulong)Table.Used + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        if (hash == ulong.MaxValue) hash = 590923713UL;
        return (long)hash;
    }

    private static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;

    public override PyObject GetAttr(string name) => BuiltinAttr.Get(this, name);

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(this, name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    internal static PyObject? Dispatch(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        // Free-threaded: a set's methods run under its lock (a frozenset is immutable).
        if (!Pyrolyn.Runtime.Threading.Gil.Enabled && selfObj is PySet && name is not ("__iter__" or "update"))
        {
            lock (selfObj)
                return DispatchCore(selfObj, name, args, kw);
        }
        return DispatchCore(selfObj, name, args, kw);
    }

    private static PyObject? DispatchCore(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        var self = (PySetBase)selfObj;
        string tn = self.Type.Name;
        switch (name)
        {
            case "copy":
                ArgCheck.None(args, kw, tn + ".copy");
                return self is PyFrozenSet ? self : self.CopyAs(self.NewEmpty());
            case "union":
            {
                ArgCheck.NoKw(kw, tn + ".union");
                var r = self.CopyAs(self.NewEmpty());
                foreach (var o in args) r.UpdateInternal(o);
                return r;
            }
            case "intersection":
            {
                ArgCheck.NoKw(kw, tn + ".intersection");
                if (args.Length == 0) return self.CopyAs(self.NewEmpty());
                PySetBase r = self;
                foreach (var o in args) r = r.Intersection(o);
                return r;
            }
            case "difference":
            {
                ArgCheck.NoKw(kw, tn + ".difference");
                if (args.Length == 0) return self.CopyAs(self.NewEmpty());
                PySetBase r = self.Difference(args[0]);
                for (int i = 1; i < args.Length; i++) r.DifferenceUpdateInternal(args[i]);
                return r;
            }
            case "symmetric_difference":
                return self.SymmetricDifference(ArgCheck.One(args, kw, tn + ".symmetric_difference"));
            case "issubset":
            {
                var o = ArgCheck.One(args, kw, tn + ".issubset");
                var os = o as PySetBase ?? new PySet(Ops.ToArray(o));
                return PyBool.From(self.IsSubsetOf(os));
            }
            case "issuperset":
            {
                var o = ArgCheck.One(args, kw, tn + ".issuperset");
                if (o is PySetBase os) return PyBool.From(os.IsSubsetOf(self));
                var it = Ops.GetIter(o);
                PyObject? x;
                while ((x = it.Next()) is not null)
                    if (!self.Contains(x)) return PyBool.False;
                return PyBool.True;
            }
            case "isdisjoint":
            {
                var o = ArgCheck.One(args, kw, tn + ".isdisjoint");
                var it = Ops.GetIter(o);
                PyObject? x;
                while ((x = it.Next()) is not null)
                    if (self.Contains(x)) return PyBool.False;
                return PyBool.True;
            }
            case "__len__": return PyInt.From(self.Count);
            case "__contains__": return PyBool.From(self.Contains(ArgCheck.One(args, kw, tn + ".__contains__")));
            case "__iter__": return self.GetIter();
            case "__repr__": return new PyStr(self.Repr());
            case "__or__": case "__and__": case "__sub__": case "__xor__":
                OpNames.TryBinary(name, out var bop);
                return Ops.NotImplementedIfNull(self.BinaryOp(bop, ArgCheck.One(args, kw, tn + "." + name)));
        }
        if (OpNames.TryCompare(name, out var cop))
            return Ops.NotImplementedIfNull(self.RichCompare(ArgCheck.One(args, kw, tn + "." + name), cop));
        return null;
    }
}

/// <summary>set: mutable.</summary>
public sealed class PySet : PySetBase
{
    public PySet() { }

    public PySet(PyObject[] items)
    {
        foreach (var x in items) AddKey(x);
    }

    public override PyType Type => BuiltinTypes.Set;
    internal override PySetBase NewEmpty() => new PySet();

    public void Add(PyObject item) => AddKey(item);

    /// <summary>A set display whose items are all constants and more than two (<c>{1, 2, 3}</c>).
    /// CPython compiles it to BUILD_SET + SET_UPDATE of a frozenset constant, and that constant
    /// is rebuilt once from its own iteration order when constants are merged; each step
    /// can move items, so replaying them reproduces CPython's printed order.</summary>
    public static PySet FromConstants(PyObject[] items)
    {
        var folded = new PyFrozenSet();
        foreach (var x in items) folded.AddKey(x);
        var merged = new PyFrozenSet();
        foreach (var x in folded.ToArray()) merged.AddKey(x);
        var s = new PySet();
        s.UpdateInternal(merged);
        return s;
    }

    /// <summary>The frozenset constant CPython uses for <c>x in {1, 2, 3}</c> and
    /// <c>for x in {1, 2, 3}</c> (iteration order of the merged constant).</summary>
    public static PyFrozenSet ConstantFrozenSet(PyObject[] items)
    {
        var folded = new PyFrozenSet();
        foreach (var x in items) folded.AddKey(x);
        var merged = new PyFrozenSet();
        foreach (var x in folded.ToArray()) merged.AddKey(x);
        return merged;
    }
    public void Update(PyObject iterable) => UpdateInternal(iterable);
    public bool Discard(PyObject item)
    {
        // A set argument is looked up as the equivalent frozenset, as in CPython.
        long h = item is PySet ? new PyFrozenSet(item).Hash() : Ops.Hash(item);
        if (!Pyrolyn.Runtime.Threading.Gil.Enabled) { lock (this) return Table.Discard(item, h); }
        return Table.Discard(item, h);
    }

    public override long Hash() => throw Errors.TypeError("unhashable type: 'set'");

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        ArgCheck.NoKw(kwnames, "set");
        if (args.Length > 1) throw Errors.TypeError($"set expected at most 1 argument, got {args.Length}");
        var s = new PySet();
        if (args.Length == 1) s.UpdateInternal(args[0]);
        return s;
    }

    public override PyObject? InPlaceOp(BinaryOp op, PyObject other)
    {
        if (other is not PySetBase) return null;
        if (!Pyrolyn.Runtime.Threading.Gil.Enabled && op != Runtime.BinaryOp.Or)
        {
            var snapshot = other is PySet live ? new PyFrozenSet(new PyTuple(live.ToArray())) : other;
            lock (this) return InPlaceOpCore(op, snapshot);
        }
        return InPlaceOpCore(op, other);
    }

    private PyObject? InPlaceOpCore(BinaryOp op, PyObject other)
    {
        if (other is not PySetBase) return null;
        switch (op)
        {
            case Runtime.BinaryOp.Or: UpdateInternal(other); return this;
            case Runtime.BinaryOp.And: Table.SwapBodies(Intersection(other).Table); return this;
            case Runtime.BinaryOp.Sub: DifferenceUpdateInternal(other); return this;
            case Runtime.BinaryOp.Xor: SymmetricDifferenceUpdate(other); return this;
        }
        return null;
    }

    internal static void RegisterMethods()
    {
        BuiltinAttr.Register(BuiltinTypes.Set, SetDispatch, "add", "discard", "remove", "pop", "clear", "update",
            "intersection_update", "difference_update", "symmetric_difference_update", "copy", "union",
            "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint",
            "__len__", "__contains__", "__iter__", "__repr__", "__or__", "__and__", "__sub__", "__xor__",
            "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__");
        BuiltinAttr.Register(BuiltinTypes.FrozenSet, Dispatch, "copy", "union", "intersection", "difference",
            "symmetric_difference", "issubset", "issuperset", "isdisjoint", "__len__", "__contains__", "__iter__",
            "__repr__", "__or__", "__and__", "__sub__", "__xor__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__");
    }

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null)
    {
        if (name == "add" && args.Length == 1 && kwnames is null)
        {
            AddKey(args[0]);
            return PyNone.Instance;
        }
        return SetDispatch(this, name, args, kwnames) ?? base.CallMethod(name, args, kwnames);
    }

    private static PyObject? SetDispatch(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        var self = (PySet)selfObj;
        switch (name)
        {
            case "add": self.AddKey(ArgCheck.One(args, kw, "set.add")); return PyNone.Instance;
            case "discard": self.Discard(ArgCheck.One(args, kw, "set.discard")); return PyNone.Instance;
            case "remove":
            {
                var x = ArgCheck.One(args, kw, "set.remove");
                if (!self.Discard(x)) throw Errors.KeyError(x);
                return PyNone.Instance;
            }
            case "pop":
                ArgCheck.None(args, kw, "set.pop");
                if (self.Count == 0) throw Errors.KeyError(new PyStr("pop from an empty set"));
                return self.Table.Pop();
            case "clear": ArgCheck.None(args, kw, "set.clear"); self.Table.Clear(); return PyNone.Instance;
            case "update":
                ArgCheck.NoKw(kw, "set.update");
                foreach (var o in args) self.UpdateInternal(o);
                return PyNone.Instance;
            case "intersection_update":
            {
                ArgCheck.NoKw(kw, "set.intersection_update");
                PySetBase r = self;
                foreach (var o in args) r = r.Intersection(o);
                if (!ReferenceEquals(r, self)) self.Table.SwapBodies(r.Table);
                return PyNone.Instance;
            }
            case "difference_update":
                ArgCheck.NoKw(kw, "set.difference_update");
                foreach (var o in args) self.DifferenceUpdateInternal(o);
                return PyNone.Instance;
            case "symmetric_difference_update":
                self.SymmetricDifferenceUpdate(ArgCheck.One(args, kw, "set.symmetric_difference_update"));
                return PyNone.Instance;
        }
        return Dispatch(self, name, args, kw);
    }
}

/// <summary>frozenset: immutable and hashable.</summary>
public sealed class PyFrozenSet : PySetBase
{
    public static readonly PyFrozenSet EmptySet = new();
    private long _hash = -1;

    public PyFrozenSet() { }

    public PyFrozenSet(PyObject iterable) => UpdateInternal(iterable);

    public override PyType Type => BuiltinTypes.FrozenSet;
    internal override PySetBase NewEmpty() => new PyFrozenSet();

    public override long Hash() => _hash != -1 ? _hash : (_hash = ComputeFrozenHash());

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        ArgCheck.NoKw(kwnames, "frozenset");
        if (args.Length > 1) throw Errors.TypeError($"frozenset expected at most 1 argument, got {args.Length}");
        if (args.Length == 0) return EmptySet;
        if (args[0] is PyFrozenSet f) return f;
        return new PyFrozenSet(args[0]);
    }
}

/// <summary>set_iterator: walks the table's slots; errors if the set changes size.</summary>
public sealed class PySetIterator : PyIterator
{
    private readonly PySetBase _set;
    private int _pos;
    private int _expected;
    private long _remaining;

    public PySetIterator(PySetBase set)
    {
        _set = set;
        _expected = set.Count;
        _remaining = set.Count;
    }

    public override PyType Type => IterTypes.SetIterator;

    public override PyObject? Next()
    {
        if (_expected < 0) return null;
        if (_set.Count != _expected)
        {
            _expected = -1;
            throw Errors.RuntimeError("Set changed size during iteration");
        }
        int j = _set.Table.NextSlot(_pos);
        if (j < 0)
        {
            _expected = -1;
            return null;
        }
        _pos = j + 1;
        _remaining--;
        return _set.Table.Keys[j]!;
    }

    public override long LengthHint() => _expected < 0 ? 0 : _remaining;
}
