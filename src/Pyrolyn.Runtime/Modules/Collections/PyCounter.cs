using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime.Modules;

/// <summary><c>collections.Counter</c>: a dict of counts. Follows Lib/collections/__init__.py
/// of CPython 3.11 step by step (the order of results and which items are kept depend on it).</summary>
public sealed class PyCounter : PyDict
{
    public static readonly PyType CounterType = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("Counter", new[] { BuiltinTypes.Dict }, "collections", ConstructCounter);
        BuiltinAttr.Register(t, static (self, name, args, kw) => ((PyCounter)self).Dispatch(name, args, kw),
            "most_common", "elements", "update", "subtract", "total", "copy", "__copy__", "__missing__", "__delitem__",
            "__repr__", "__add__", "__sub__", "__or__", "__and__", "__pos__", "__neg__", "__iadd__", "__isub__", "__ior__",
            "__iand__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__");
        t.Dict["fromkeys"] = new PyBuiltinFunction("fromkeys", static (a, k) =>
            throw Errors.New(ExceptionTypes.NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."), null);
        return t;
    }

    public override PyType Type => CounterType;

    private static PyObject ConstructCounter(PyType type, PyObject[] args, string[]? kwnames)
    {
        var c = new PyCounter();
        c.UpdateCounts(args, kwnames, "update", subtract: false);
        return c;
    }

    protected override PyObject Missing(PyObject key) => PyInt.From(0);

    private PyObject CountOf(PyObject key) => TryGetValue(key, out var v) ? v : PyInt.From(0);

    /// <summary>Counter.update / Counter.subtract: a mapping adds its values, any other
    /// iterable counts its elements; keywords count as a mapping.</summary>
    private void UpdateCounts(PyObject[] args, string[]? kw, string name, bool subtract)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        if (npos > 1)
            throw Errors.TypeError($"expected at most 1 arguments, got {npos}");
        if (npos == 1 && args[0] is not PyNone)
        {
            var src = args[0];
            bool isMapping = src is PyDict || (src is not PyList && src is not PyTuple && src is not PyStr && src.Type.Lookup("items") is not null && src.Type.Lookup("keys") is not null);
            if (isMapping)
            {
                if (!subtract && Count == 0 && src is PyDict sd)
                {
                    Update(sd);
                }
                else
                {
                    foreach (var pair in Ops.ToArray(src.CallMethod("items", Array.Empty<PyObject>())))
                    {
                        var kv = Ops.Unpack(pair, 2);
                        SetItem(kv[0], subtract ? Ops.Sub(CountOf(kv[0]), kv[1]) : Ops.Add(kv[1], CountOf(kv[0])));
                    }
                }
            }
            else
            {
                var it = Ops.GetIter(src);
                PyObject? x;
                while ((x = it.Next()) is not null)
                    SetItem(x, subtract ? Ops.Sub(CountOf(x), PyInt.From(1)) : Ops.Add(CountOf(x), PyInt.From(1)));
            }
        }
        if (kw is not null)
        {
            for (int i = 0; i < kw.Length; i++)
            {
                var key = new PyStr(kw[i]);
                var v = args[npos + i];
                SetItem(key, subtract ? Ops.Sub(CountOf(key), v) : Ops.Add(v, CountOf(key)));
            }
        }
    }

    /// <summary>Items sorted by count, largest first; ties keep insertion order.</summary>
    public PyObject[] MostCommon()
    {
        var items = new List<PyObject>();
        var counts = new List<PyObject>();
        foreach (var (k, v) in Pairs())
        {
            items.Add(new PyTuple(new[] { k, v }));
            counts.Add(v);
        }
        var arr = items.ToArray();
        ListSort.Sort(arr, arr.Length, counts.ToArray(), reverse: true);
        return arr;
    }

    public override string Repr()
    {
        if (Count == 0)
            return "Counter()";
        if (!ReprGuard.Enter(this))
            return "...";
        try
        {
            PyDict d;
            try
            {
                d = new PyDict();
                foreach (var t in MostCommon())
                    d.SetItem(((PyTuple)t)[0], ((PyTuple)t)[1]);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
            {
                d = Copy();
            }
            return $"Counter({d.Repr()})";
        }
        finally
        {
            ReprGuard.Leave(this);
        }
    }

    public override void DelItem(PyObject key) => Remove(key);

    private PyCounter CopyCounter()
    {
        var c = new PyCounter();
        c.Update(this);
        return c;
    }

    private static bool Positive(PyObject count) => Ops.GtBool(count, PyInt.From(0));

    private PyCounter Combine(PyCounter other, BinaryOp op)
    {
        var result = new PyCounter();
        foreach (var (elem, count) in Pairs())
        {
            var otherCount = other.CountOf(elem);
            PyObject newCount = op switch
            {
                Runtime.BinaryOp.Add => Ops.Add(count, otherCount),
                Runtime.BinaryOp.Sub => Ops.Sub(count, otherCount),
                Runtime.BinaryOp.Or => Ops.LtBool(count, otherCount) ? otherCount : count,
                _ => Ops.LtBool(count, otherCount) ? count : otherCount,
            };
            if (Positive(newCount))
                result.SetItem(elem, newCount);
        }
        if (op == Runtime.BinaryOp.And)
            return result;
        foreach (var (elem, count) in other.Pairs())
        {
            if (Contains(elem))
                continue;
            if (op == Runtime.BinaryOp.Sub)
            {
                if (Ops.LtBool(count, PyInt.From(0)))
                    result.SetItem(elem, Ops.Sub(PyInt.From(0), count));
            }
            else if (Positive(count))
            {
                result.SetItem(elem, count);
            }
        }
        return result;
    }

    private PyCounter KeepPositive()
    {
        var nonPositive = new List<PyObject>();
        foreach (var (elem, count) in Pairs())
            if (!Positive(count))
                nonPositive.Add(elem);
        foreach (var elem in nonPositive)
            Remove(elem);
        return this;
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        if (op is Runtime.BinaryOp.Add or Runtime.BinaryOp.Sub or Runtime.BinaryOp.Or or Runtime.BinaryOp.And)
            return other is PyCounter c ? Combine(c, op) : null;
        return base.BinaryOp(op, other);
    }

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other) =>
        op is Runtime.BinaryOp.Add or Runtime.BinaryOp.Sub or Runtime.BinaryOp.Or or Runtime.BinaryOp.And ? null : base.ReflectedBinaryOp(op, other);

    public override PyObject? InPlaceOp(BinaryOp op, PyObject other)
    {
        if (op is not (Runtime.BinaryOp.Add or Runtime.BinaryOp.Sub or Runtime.BinaryOp.Or or Runtime.BinaryOp.And))
            return base.InPlaceOp(op, other);
        if (other is not PyCounter c)
            return null;
        switch (op)
        {
            case Runtime.BinaryOp.Add:
                foreach (var (elem, count) in c.Pairs())
                    SetItem(elem, Ops.Add(CountOf(elem), count));
                break;
            case Runtime.BinaryOp.Sub:
                foreach (var (elem, count) in c.Pairs())
                    SetItem(elem, Ops.Sub(CountOf(elem), count));
                break;
            case Runtime.BinaryOp.Or:
                foreach (var (elem, otherCount) in c.Pairs())
                    if (Ops.GtBool(otherCount, CountOf(elem)))
                        SetItem(elem, otherCount);
                break;
            default:
                foreach (var (elem, count) in Copy().Pairs())
                {
                    var otherCount = c.CountOf(elem);
                    if (Ops.LtBool(otherCount, count))
                        SetItem(elem, otherCount);
                }
                break;
        }
        return KeepPositive();
    }

    public override PyObject? UnaryOp(UnaryOp op)
    {
        if (op == Runtime.UnaryOp.Invert)
            return null;
        var result = new PyCounter();
        foreach (var (elem, count) in Pairs())
        {
            if (op == Runtime.UnaryOp.Pos && Positive(count))
                result.SetItem(elem, count);
            else if (op == Runtime.UnaryOp.Neg && Ops.LtBool(count, PyInt.From(0)))
                result.SetItem(elem, Ops.Sub(PyInt.From(0), count));
        }
        return result;
    }

    /// <summary>Multiset comparisons (3.10+): missing elements count as zero.</summary>
    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyCounter c)
            return op is CompareOp.Eq or CompareOp.Ne ? base.RichCompare(other, op) : null;
        bool All(Func<PyObject, PyObject, bool> test)
        {
            foreach (var src in new[] { this, c })
                foreach (var e in src.KeysArray())
                    if (!test(CountOf(e), c.CountOf(e)))
                        return false;
            return true;
        }
        bool eq() => All(static (a, b) => Ops.EqBool(a, b));
        return PyBool.From(op switch
        {
            CompareOp.Eq => eq(),
            CompareOp.Ne => !eq(),
            CompareOp.Le => All(static (a, b) => Ops.LeBool(a, b)),
            CompareOp.Lt => All(static (a, b) => Ops.LeBool(a, b)) && !eq(),
            CompareOp.Ge => All(static (a, b) => Ops.GeBool(a, b)),
            _ => All(static (a, b) => Ops.GeBool(a, b)) && !eq(),
        });
    }

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "most_common":
            {
                var p = new Args(args, kw, "most_common", "n");
                var all = MostCommon();
                if (p[0] is null or PyNone)
                    return new PyList(all);
                long n = ArgCheck.ToLong(p[0]!);
                if (n < 0)
                    n = 0;
                if (n > all.Length)
                    n = all.Length;
                return new PyList(all.AsSpan(0, (int)n).ToArray());
            }
            case "elements":
            {
                ArgCheck.None(args, kw, "elements");
                var r = new PyList();
                foreach (var (elem, count) in Pairs())
                {
                    long n = ArgCheck.ToLong(count);
                    for (long i = 0; i < n; i++)
                        r.Append(elem);
                }
                return r.GetIter();
            }
            case "update": UpdateCounts(args, kw, "update", subtract: false); return PyNone.Instance;
            case "subtract": UpdateCounts(args, kw, "subtract", subtract: true); return PyNone.Instance;
            case "total":
            {
                ArgCheck.None(args, kw, "total");
                PyObject sum = PyInt.From(0);
                foreach (var (_, v) in Pairs())
                    sum = Ops.Add(sum, v);
                return sum;
            }
            case "copy": case "__copy__": ArgCheck.None(args, kw, name); return CopyCounter();
            case "__missing__": ArgCheck.One(args, kw, "__missing__"); return PyInt.From(0);
            case "__delitem__": DelItem(ArgCheck.One(args, kw, "__delitem__")); return PyNone.Instance;
            case "__repr__": return new PyStr(Repr());
            case "__add__": return Ops.NotImplementedIfNull(BinaryOp(Runtime.BinaryOp.Add, ArgCheck.One(args, kw, name)));
            case "__sub__": return Ops.NotImplementedIfNull(BinaryOp(Runtime.BinaryOp.Sub, ArgCheck.One(args, kw, name)));
            case "__or__": return Ops.NotImplementedIfNull(BinaryOp(Runtime.BinaryOp.Or, ArgCheck.One(args, kw, name)));
            case "__and__": return Ops.NotImplementedIfNull(BinaryOp(Runtime.BinaryOp.And, ArgCheck.One(args, kw, name)));
            case "__iadd__": return Ops.NotImplementedIfNull(InPlaceOp(Runtime.BinaryOp.Add, ArgCheck.One(args, kw, name)));
            case "__isub__": return Ops.NotImplementedIfNull(InPlaceOp(Runtime.BinaryOp.Sub, ArgCheck.One(args, kw, name)));
            case "__ior__": return Ops.NotImplementedIfNull(InPlaceOp(Runtime.BinaryOp.Or, ArgCheck.One(args, kw, name)));
            case "__iand__": return Ops.NotImplementedIfNull(InPlaceOp(Runtime.BinaryOp.And, ArgCheck.One(args, kw, name)));
            case "__pos__": return UnaryOp(Runtime.UnaryOp.Pos)!;
            case "__neg__": return UnaryOp(Runtime.UnaryOp.Neg)!;
        }
        if (OpNames.TryCompare(name, out var cop))
            return Ops.NotImplementedIfNull(RichCompare(ArgCheck.One(args, kw, name), cop));
        return null;
    }
}
