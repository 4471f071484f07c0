using System;
using System.Numerics;

namespace Pyrolyn.Runtime;

/// <summary>A range whose bounds do not fit in longs (<c>range(2**64, 2**64 + 3)</c>); the
/// rare slow path of <see cref="PyRange"/>.</summary>
public sealed class PyLongRange : PyObject
{
    private PyLongRange(BigInteger start, BigInteger stop, BigInteger step)
    {
        Start = start;
        Stop = stop;
        Step = step;
        if (step.Sign > 0 && start < stop) Count = (stop - start - 1) / step + 1;
        else if (step.Sign < 0 && start > stop) Count = (start - stop - 1) / -step + 1;
        else Count = 0;
    }

    public BigInteger Start { get; }
    public BigInteger Stop { get; }
    public BigInteger Step { get; }
    public BigInteger Count { get; }

    /// <summary>A PyRange when everything fits in longs, else a PyLongRange.</summary>
    public static PyObject Make(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step.IsZero) throw Errors.ValueError("range() arg 3 must not be zero");
        if (Fits(start) && Fits(stop) && Fits(step))
        {
            var r = new PyLongRange(start, stop, step);
            if (Fits(r.Count)) return new PyRange((long)start, (long)stop, (long)step);
        }
        return new PyLongRange(start, stop, step);
    }

    private static bool Fits(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    public override PyType Type => BuiltinTypes.Range;
    public override string Repr() => Step.IsOne ? $"range({Start}, {Stop})" : $"range({Start}, {Stop}, {Step})";
    public override bool IsTrue() => !Count.IsZero;

    public override long Length() =>
        Fits(Count) ? (long)Count : throw Errors.OverflowError("Python int too large to convert to C ssize_t");

    public override PyObject GetIter() => new PyLongRangeIterator(Start, Step, Count);

    public override bool Contains(PyObject item)
    {
        if (item is not PyInt i) return Ops.ContainsByIteration(this, item);
        var v = i.ToBigInteger();
        if (Step.Sign > 0 ? (v < Start || v >= Stop) : (v > Start || v <= Stop)) return false;
        return ((v - Start) % Step).IsZero;
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i)
        {
            var idx = i.ToBigInteger();
            if (idx.Sign < 0) idx += Count;
            if (idx.Sign < 0 || idx >= Count) throw Errors.IndexError("range object index out of range");
            return PyInt.From(Start + idx * Step);
        }
        if (key is PySlice s)
        {
            long n = s.Indices(Fits(Count) ? (long)Count : long.MaxValue / 4, out long start, out long stop, out long step);
            _ = n;
            return Make(Start + start * Step, Start + stop * Step, Step * step);
        }
        if (SequenceHelpers.AsIndex(key) is { } index) return GetItem(index);
        throw Errors.TypeError($"range indices must be integers or slices, not {key.Type.Name}");
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return null;
        bool eq = other is PyLongRange r && Count == r.Count && (Count.IsZero || (Start == r.Start && (Count.IsOne || Step == r.Step)));
        if (other is PyRange) eq = false;
        else if (other is not PyLongRange) return null;
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }

    public override long Hash() =>
        new PyTuple(new PyObject[] { PyInt.From(Count), PyInt.From(Start), PyInt.From(Step) }).Hash();

    public override PyObject GetAttr(string name) => name switch
    {
        "start" => PyInt.From(Start),
        "stop" => PyInt.From(Stop),
        "step" => PyInt.From(Step),
        _ => BuiltinAttr.Get(this, name),
    };

    public PyObject Reversed() => new PyLongRangeIterator(Start + (Count - 1) * Step, -Step, Count);
}

/// <summary>longrange_iterator.</summary>
public sealed class PyLongRangeIterator : PyIterator
{
    private BigInteger _next;
    private readonly BigInteger _step;
    private BigInteger _remaining;

    public PyLongRangeIterator(BigInteger start, BigInteger step, BigInteger count)
    {
        _next = start;
        _step = step;
        _remaining = count;
    }

    public override PyType Type => IterTypes.LongRangeIterator;

    public override PyObject? Next()
    {
        if (_remaining.Sign <= 0) return null;
        _remaining -= 1;
        var v = _next;
        _next += _step;
        return PyInt.From(v);
    }
}
