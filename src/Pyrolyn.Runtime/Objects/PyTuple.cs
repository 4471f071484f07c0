using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>tuple: an immutable array. Not sealed: namedtuple classes derive from it.</summary>
public class PyTuple : PyObject
{
    public static readonly PyTuple Empty = new(Array.Empty<PyObject>());

    public PyTuple(PyObject[] items) => Items = items;
    public PyObject[] Items { get; }
    public int Count => Items.Length;
    public PyObject this[int index] => Items[index];

    public static PyTuple Create(PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    public override PyType Type => BuiltinTypes.Tuple;

    /// <summary>False for namedtuple instances (operations returning "a tuple" must not return them).</summary>
    public bool IsExactTuple => ReferenceEquals(Type, BuiltinTypes.Tuple);

    /// <summary><c>tuple(iterable)</c> (the emitter calls it for the unshadowed builtin).</summary>
    public static PyObject Of(PyObject iterable)
    {
        if (iterable is PyTuple t) return t.IsExactTuple ? t : Create(t.Items);
        return Create(Ops.ToArray(iterable));
    }

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        ArgCheck.NoKw(kwnames, "tuple");
        if (args.Length > 1) throw Errors.TypeError($"tuple expected at most 1 argument, got {args.Length}");
        if (args.Length == 0) return Empty;
        if (args[0] is PyTuple t) return t.IsExactTuple ? t : Create(t.Items);
        return Create(Ops.ToArray(args[0]));
    }

    public override string Repr()
    {
        if (Items.Length == 0) return "()";
        if (!ReprGuard.Enter(this)) return "(...)";
        try
        {
            var sb = new StringBuilder();
            sb.Append('(');
            SequenceHelpers.AppendItems(sb, Items, Items.Length);
            if (Items.Length == 1) sb.Append(',');
            sb.Append(')');
            return sb.ToString();
        }
        finally { ReprGuard.Leave(this); }
    }

    public override bool IsTrue() => Items.Length != 0;

    /// <summary>CPython 3.11's xxHash-based tuple hash.</summary>
    public override long Hash()
    {
        const ulong Prime1 = 11400714785074694791UL, Prime2 = 14029467366897019727UL, Prime5 = 2870177450012600261UL;
        ulong acc = Prime5;
        foreach (var item in Items)
        {
            ulong lane = (ulong)Ops.Hash(item);
            acc += lane * Prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= Prime1;
        }
        acc += (ulong)Items.Length ^ (Prime5 ^ 3527539UL);
        if (acc == ulong.MaxValue) return 1546275796;
        return (long)acc;
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op) =>
        other is PyTuple t ? SequenceHelpers.Compare(Items, Items.Length, t.Items, t.Items.Length, op) : null;

    public override long Length() => Items.Length;

    public override bool Contains(PyObject item)
    {
        foreach (var x in Items)
            if (SequenceHelpers.ItemEq(x, item)) return true;
        return false;
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i)
        {
            long idx = SequenceHelpers.Normalize(i, Items.Length);
            if (idx < 0) throw Errors.IndexError("tuple index out of range");
            return Items[idx];
        }
        if (key is PySlice s) return Slice(s);
        if (SequenceHelpers.AsIndex(key) is { } index) return GetItem(index);
        throw SequenceHelpers.IndicesError("tuple", key);
    }

    public PyTuple Slice(PySlice s)
    {
        long n = s.Indices(Items.Length, out long start, out _, out long step);
        if (n <= 0) return Empty;
        if (step == 1 && n == Items.Length) return this;
        var r = new PyObject[n];
        if (step == 1) Array.Copy(Items, start, r, 0, n);
        else for (long k = 0, p = start; k < n; k++, p += step) r[k] = Items[p];
        return new PyTuple(r);
    }

    public override PyObject GetIter() => new PyArrayIterator(Items, IterTypes.TupleIterator);

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        if (op == Runtime.BinaryOp.Add && other is PyTuple t)
        {
            if (t.Items.Length == 0 && IsExactTuple) return this;
            if (Items.Length == 0 && t.IsExactTuple) return t;
            var r = new PyObject[Items.Length + t.Items.Length];
            Items.CopyTo(r, 0);
            t.Items.CopyTo(r, Items.Length);
            return new PyTuple(r);
        }
        if (op == Runtime.BinaryOp.Mul && other is PyInt n) return Repeat(n);
        return null;
    }

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other) =>
        op == Runtime.BinaryOp.Mul && other is PyInt n ? Repeat(n) : null;

    private PyTuple Repeat(PyInt n)
    {
        long c = SequenceHelpers.RepeatCount(n);
        if (c == 1 && IsExactTuple) return this;
        if (c == 0 || Items.Length == 0) return Empty;
        if (c * Items.Length > int.MaxValue / 2) throw Errors.New(ExceptionTypes.MemoryError, "");
        var r = new PyObject[c * Items.Length];
        for (long i = 0; i < c; i++) Items.CopyTo(r, i * Items.Length);
        return new PyTuple(r);
    }

    public override PyObject GetAttr(string name) => BuiltinAttr.Get(this, name);

    internal static void RegisterMethods() =>
        BuiltinAttr.Register(BuiltinTypes.Tuple, Dispatch, "count", "index", "__len__", "__getitem__", "__contains__",
            "__add__", "__mul__", "__hash__", "__repr__", "__iter__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__");

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(this, name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private static PyObject? Dispatch(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        var self = (PyTuple)selfObj;
        switch (name)
        {
            case "count":
            {
                var x = ArgCheck.One(args, kw, "tuple.count");
                int n = 0;
                foreach (var it in self.Items) if (SequenceHelpers.ItemEq(it, x)) n++;
                return PyInt.From(n);
            }
            case "index":
            {
                ArgCheck.Range(args, kw, "index", 1, 3);
                SequenceHelpers.IndexRange(args, self.Items.Length, out int start, out int stop);
                for (int i = start; i < stop; i++)
                    if (SequenceHelpers.ItemEq(self.Items[i], args[0])) return PyInt.From(i);
                throw Errors.ValueError("tuple.index(x): x not in tuple");
            }
            case "__len__": return PyInt.From(self.Items.Length);
            case "__getitem__": return self.GetItem(ArgCheck.One(args, kw, "tuple.__getitem__"));
            case "__contains__": return PyBool.From(self.Contains(ArgCheck.One(args, kw, "tuple.__contains__")));
            case "__add__": return Ops.NotImplementedIfNull(self.BinaryOp(Runtime.BinaryOp.Add, ArgCheck.One(args, kw, "tuple.__add__")));
            case "__mul__": return Ops.NotImplementedIfNull(self.BinaryOp(Runtime.BinaryOp.Mul, ArgCheck.One(args, kw, "tuple.__mul__")));
            case "__hash__": return PyInt.From(self.Hash());
            case "__repr__": return new PyStr(self.Repr());
            case "__iter__": return self.GetIter();
        }
        if (OpNames.TryCompare(name, out var cop))
            return Ops.NotImplementedIfNull(self.RichCompare(ArgCheck.One(args, kw, "tuple." + name), cop));
        return null;
    }
}
