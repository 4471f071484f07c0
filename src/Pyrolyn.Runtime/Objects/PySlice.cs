using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>slice objects and CPython's PySlice_Unpack/AdjustIndices.</summary>
public sealed class PySlice : PyObject
{
    public PySlice(PyObject start, PyObject stop, PyObject step) { Start = start; Stop = stop; Step = step; }
    public PyObject Start { get; }
    public PyObject Stop { get; }
    public PyObject Step { get; }
    public override PyType Type => BuiltinTypes.Slice;

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        ArgCheck.NoKw(kwnames, "slice");
        return args.Length switch
        {
            1 => new PySlice(PyNone.Instance, args[0], PyNone.Instance),
            2 => new PySlice(args[0], args[1], PyNone.Instance),
            3 => new PySlice(args[0], args[1], args[2]),
            0 => throw Errors.TypeError("slice expected at least 1 argument, got 0"),
            _ => throw Errors.TypeError($"slice expected at most 3 arguments, got {args.Length}"),
        };
    }

    public override string Repr() => $"slice({Start.Repr()}, {Stop.Repr()}, {Step.Repr()})";

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PySlice s) return null;
        var a = new PyTuple(new[] { Start, Stop, Step });
        var b = new PyTuple(new[] { s.Start, s.Stop, s.Step });
        return a.RichCompare(b, op);
    }

    public override long Hash() => throw Errors.TypeError("unhashable type: 'slice'");

    public override PyObject GetAttr(string name) => name switch
    {
        "start" => Start,
        "stop" => Stop,
        "step" => Step,
        _ => BuiltinAttr.Get(this, name),
    };

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null)
    {
        if (name == "indices")
        {
            var n = ArgCheck.One(args, kwnames, "slice.indices");
            long len = ArgCheck.ToIndex(n);
            if (len < 0) throw Errors.ValueError("length should not be negative");
            Indices(len, out long start, out long stop, out long step);
            return new PyTuple(new PyObject[] { PyInt.From(start), PyInt.From(stop), PyInt.From(step) });
        }
        return base.CallMethod(name, args, kwnames);
    }

    private static long ClampIndex(PyObject o)
    {
        // An exact int first: `is PyInt` walks the class hierarchy (PyInt is not sealed).
        if (o.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(o).IsSmall)
            return Unsafe.As<PyInt>(o).Small;
        if (o is PyInt i)
        {
            if (i.IsSmall) return i.Small;
            return i.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
        }
        if (o.Type.Lookup("__index__") is not null && o.CallMethod("__index__", Array.Empty<PyObject>()) is PyInt r)
            return ClampIndex(r);
        throw Errors.TypeError("slice indices must be integers or None or have an __index__ method");
    }

    /// <summary>Unpacks and adjusts for a sequence of <paramref name="length"/>; returns the
    /// number of selected items.</summary>
    public long Indices(long length, out long start, out long stop, out long step)
    {
        step = Step is PyNone ? 1 : ClampIndex(Step);
        if (step == 0)
            throw Errors.ValueError("slice step cannot be zero");
        if (step < -long.MaxValue / 2) step = -long.MaxValue / 2;
        long defStart = step < 0 ? long.MaxValue / 2 : 0;
        long defStop = step < 0 ? long.MinValue / 2 : long.MaxValue / 2;
        start = Start is PyNone ? defStart : ClampIndex(Start);
        stop = Stop is PyNone ? defStop : ClampIndex(Stop);
        // PySlice_AdjustIndices
        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length)
            start = step < 0 ? length - 1 : length;
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length)
            stop = step < 0 ? length - 1 : length;
        if (step < 0)
        {
            if (stop < start) return (start - stop - 1) / (-step) + 1;
        }
        else if (start < stop)
            return (stop - start - 1) / step + 1;
        return 0;
    }
}
