using System;
using System.Numerics;

namespace Pyrolyn.Runtime;

/// <summary>range: an arithmetic progression of longs with O(1) len, index and membership.</summary>
public sealed class PyRange : PyObject
{
    public PyRange(long start, long stop, long step)
    {
        if (step == 0) throw Errors.ValueError("range() arg 3 must not be zero");
        Start = start;
        Stop = stop;
        Step = step;
        Int128 n = 0;
        if (step > 0 && start < stop) n = ((Int128)stop - start - 1) / step + 1;
        else if (step < 0 && start > stop) n = ((Int128)start - stop - 1) / -(Int128)step + 1;
        if (n > long.MaxValue) throw Errors.OverflowError("Python int too large to convert to C ssize_t");
        Count = (long)n;
    }

    public long Start { get; }
    public long Stop { get; }
    public long Step { get; }
    public long Count { get; }

    public override PyType Type => BuiltinTypes.Range;

    private static long Arg(PyObject o)
    {
        if (o is PyInt i)
        {
            if (i.IsSmall) return i.Small;
            throw Errors.OverflowError("Python int too large to convert to C ssize_t");
        }
        if (o.Type.Lookup("__index__") is not null && o.CallMethod("__index__", Array.Empty<PyObject>()) is PyInt r)
            return Arg(r);
        throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    private static BigInteger BigArg(PyObject o)
    {
        if (o is PyInt i) return i.ToBigInteger();
        if (o.Type.Lookup("__index__") is not null && o.CallMethod("__index__", Array.Empty<PyObject>()) is PyInt r)
            return r.ToBigInteger();
        throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        ArgCheck.NoKw(kwnames, "range");
        if (args.Length == 0) throw Errors.TypeError("range expected at least 1 argument, got 0");
        if (args.Length > 3) throw Errors.TypeError($"range expected at most 3 arguments, got {args.Length}");
        bool small = true;
        foreach (var a in args) if (a is not PyInt { IsSmall: true }) small = false;
        if (small)
        {
            return args.Length switch
            {
                1 => new PyRange(0, Arg(args[0]), 1),
                2 => new PyRange(Arg(args[0]), Arg(args[1]), 1),
                _ => new PyRange(Arg(args[0]), Arg(args[1]), Arg(args[2])),
            };
        }
        return args.Length switch
        {
            1 => PyLongRange.Make(0, BigArg(args[0]), 1),
            2 => PyLongRange.Make(BigArg(args[0]), BigArg(args[1]), 1),
            _ => PyLongRange.Make(BigArg(args[0]), BigArg(args[1]), BigArg(args[2])),
        };
    }

    public override string Repr() => Step == 1 ? $"range({Start}, {Stop})" : $"range({Start}, {Stop}, {Step})";
    public override bool IsTrue() => Count != 0;
    public override long Length() => Count;

    public long ItemAt(long i) => Start + i * Step;

    public override PyObject GetIter() => new PyRangeIterator(Start, Step, Count);

    public PyObject Reversed() => new PyRangeIterator(Start + (Count - 1) * Step, -Step, Count);

    private bool ContainsLong(long v)
    {
        if (Step > 0 ? (v < Start || v >= Stop) : (v > Start || v <= Stop)) return false;
        return ((Int128)v - Start) % Step == 0;
    }

    public override bool Contains(PyObject item)
    {
        if (item is PyInt i && item is not PyBool)
            return i.IsSmall && ContainsLong(i.Small);
        if (item is PyBool b) return ContainsLong(b.Value ? 1 : 0);
        return Ops.ContainsByIteration(this, item);
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i)
        {
            long idx = i.IsSmall ? i.Small : throw Errors.IndexError("range object index out of range");
            if (idx < 0) idx += Count;
            if ((ulong)idx >= (ulong)Count) throw Errors.IndexError("range object index out of range");
            return PyInt.From(ItemAt(idx));
        }
        if (key is PySlice s)
        {
            long n = s.Indices(Count, out long start, out long stop, out long step);
            // CPython's compute_slice: start/stop map through the range, steps multiply.
            return PyLongRange.Make(Start + (BigInteger)start * Step, Start + (BigInteger)stop * Step, (BigInteger)Step * step);
        }
        if (SequenceHelpers.AsIndex(key) is { } index) return GetItem(index);
        throw Errors.TypeError($"range indices must be integers or slices, not {key.Type.Name}");
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyRange r || op is not (CompareOp.Eq or CompareOp.Ne)) return null;
        bool eq = Count == r.Count && (Count == 0 || (Start == r.Start && (Count == 1 || Step == r.Step)));
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }

    public override long Hash()
    {
        // CPython hashes (len, start, step) with start/step None for empty/one-element ranges.
        PyObject[] t = Count == 0
            ? new PyObject[] { PyInt.Zero, PyNone.Instance, PyNone.Instance }
            : Count == 1
                ? new PyObject[] { PyInt.One, PyInt.From(Start), PyNone.Instance }
                : new PyObject[] { PyInt.From(Count), PyInt.From(Start), PyInt.From(Step) };
        return new PyTuple(t).Hash();
    }

    public override PyObject GetAttr(string name) => name switch
    {
        "start" => PyInt.From(Start),
        "stop" => PyInt.From(Stop),
        "step" => PyInt.From(Step),
        _ => BuiltinAttr.Get(this, name),
    };

    internal static void RegisterMethods() =>
        BuiltinAttr.Register(BuiltinTypes.Range, Dispatch, "count", "index", "__len__", "__iter__", "__contains__",
            "__getitem__", "__reversed__");

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(this, name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private static PyObject? Dispatch(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        var self = (PyRange)selfObj;
        switch (name)
        {
            case "count":
            {
                var x = ArgCheck.One(args, kw, "range.count");
                if (x is PyInt) return PyInt.From(self.Contains(x) ? 1 : 0);
                long n = 0;
                for (long i = 0; i < self.Count; i++) if (Ops.EqBool(PyInt.From(self.ItemAt(i)), x)) n++;
                return PyInt.From(n);
            }
            case "index":
            {
                var x = ArgCheck.One(args, kw, "range.index");
                if (x is PyInt xi && xi.IsSmall && self.Contains(x))
                    return PyInt.From((xi.Small - self.Start) / self.Step);
                if (x is not PyInt)
                    for (long i = 0; i < self.Count; i++) if (Ops.EqBool(PyInt.From(self.ItemAt(i)), x)) return PyInt.From(i);
                throw Errors.ValueError($"{Ops.Repr(x)} is not in range");
            }
            case "__len__": return PyInt.From(self.Count);
            case "__iter__": return self.GetIter();
            case "__contains__": return PyBool.From(self.Contains(ArgCheck.One(args, kw, "range.__contains__")));
            case "__getitem__": return self.GetItem(ArgCheck.One(args, kw, "range.__getitem__"));
            case "__reversed__": return self.Reversed();
        }
        return null;
    }
}

/// <summary>range_iterator: a counter with no per-step allocation beyond the int result.</summary>
public sealed class PyRangeIterator : PyIterator
{
    private long _next;
    private readonly long _step;
    private long _remaining;

    public PyRangeIterator(long start, long step, long count)
    {
        _next = start;
        _step = step;
        _remaining = count;
    }

    public override PyType Type => IterTypes.RangeIterator;

    public override PyObject? Next()
    {
        if (_remaining <= 0) return null;
        _remaining--;
        long v = _next;
        _next = unchecked(_next + _step);
        return PyInt.From(v);
    }

    /// <summary>Allocation-free stepping for emitted <c>for i in range(...)</c> loops.</summary>
    public bool TryNext(out long value)
    {
        value = _next;
        if (_remaining <= 0) return false;
        _remaining--;
        _next = unchecked(_next + _step);
        return true;
    }

    public override long LengthHint() => Math.Max(0, _remaining);
}
