using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime.Modules;

/// <summary>itertools.count, cycle and repeat.</summary>
internal static class ItertoolsInfinite
{
    public static PyObject NewCount(PyType type, PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        if (npos > 2)
            throw Errors.TypeError($"count() takes at most 2 arguments ({npos} given)");
        var names = new[] { "start", "step" };
        var slots = new PyObject?[2];
        Array.Copy(args, slots, npos);
        if (kw is not null)
            for (int k = 0; k < kw.Length; k++)
            {
                int i = Array.IndexOf(names, kw[k]);
                if (i < 0)
                    throw Errors.TypeError($"'{kw[k]}' is an invalid keyword argument for count()");
                slots[i] = args[npos + k];
            }
        var start = slots[0] ?? PyInt.Zero;
        var step = slots[1] ?? PyInt.One;
        if (!IsNumber(start) || !IsNumber(step))
            throw Errors.TypeError("a number is required");
        return new CountIterator(start, step);
    }

    private static bool IsNumber(PyObject o) =>
        o is PyInt or PyFloat or PyComplex
        || o.Type.Lookup("__index__") is not null || o.Type.Lookup("__int__") is not null || o.Type.Lookup("__float__") is not null;

    public static PyObject NewCycle(PyType type, PyObject[] args, string[]? kw)
    {
        ItertoolsModule.Positional(args, kw, "cycle", 1, 1);
        return new CycleIterator(Ops.GetIter(args[0]));
    }

    public static PyObject NewRepeat(PyType type, PyObject[] args, string[]? kw)
    {
        var s = ClinicArgs.Parse("repeat", args, kw, new[] { "object", "times" }, 1);
        long times = -1;
        if (s[1] is { } t)
            times = Math.Max(0, ClinicArgs.Index(t));
        return new RepeatIterator(s[0]!, times);
    }

    public static PyObject? RepeatDispatch(PyObject self, string name, PyObject[] args, string[]? kw)
    {
        if (name != "__length_hint__")
            return null;
        var r = (RepeatIterator)self;
        if (r.Remaining < 0)
            throw Errors.TypeError("len() of unsized object");
        return PyInt.From(r.Remaining);
    }
}

/// <summary>count(start, step): a long fast path while both are small ints.</summary>
internal sealed class CountIterator : PyIterator
{
    private PyObject _current;
    private readonly PyObject _step;
    private long _fast;
    private readonly long _fastStep;
    private bool _isFast;

    public CountIterator(PyObject start, PyObject step)
    {
        _current = start;
        _step = step;
        if (start.GetType() == typeof(PyInt) && step.GetType() == typeof(PyInt) && ((PyInt)start).IsSmall && ((PyInt)step).IsSmall)
        {
            _isFast = true;
            _fast = ((PyInt)start).Small;
            _fastStep = ((PyInt)step).Small;
        }
    }

    public override PyType Type => ItertoolsModule.Count;

    public override PyObject? Next()
    {
        if (_isFast)
        {
            long v = _fast;
            long next;
            try
            {
                next = checked(v + _fastStep);
            }
            catch (OverflowException)
            {
                _isFast = false;
                _current = Ops.Add(PyInt.From(v), _step);
                return PyInt.From(v);
            }
            _fast = next;
            return PyInt.From(v);
        }
        var r = _current;
        _current = Ops.Add(_current, _step);
        return r;
    }

    public override string Repr()
    {
        var cur = _isFast ? PyInt.From(_fast) : _current;
        if (_step is PyInt s && s.GetType() == typeof(PyInt) && s.IsSmall && s.Small == 1)
            return $"count({cur.Repr()})";
        return $"count({cur.Repr()}, {_step.Repr()})";
    }
}

/// <summary>cycle(iterable): saves the items of the first pass, then repeats them.</summary>
internal sealed class CycleIterator : PyIterator
{
    private PyObject? _it;
    private readonly List<PyObject> _saved = new();
    private int _index;

    public CycleIterator(PyObject it) => _it = it;

    public override PyType Type => ItertoolsModule.Cycle;

    public override PyObject? Next()
    {
        if (_it is not null)
        {
            var x = _it.Next();
            if (x is not null)
            {
                _saved.Add(x);
                return x;
            }
            _it = null;
        }
        if (_saved.Count == 0)
            return null;
        var r = _saved[_index];
        _index = (_index + 1) % _saved.Count;
        return r;
    }
}

/// <summary>repeat(object[, times]).</summary>
internal sealed class RepeatIterator : PyIterator
{
    private readonly PyObject _value;

    public RepeatIterator(PyObject value, long times)
    {
        _value = value;
        Remaining = times;
    }

    /// <summary>Items left, or -1 for forever.</summary>
    public long Remaining { get; private set; }

    public override PyType Type => ItertoolsModule.Repeat;

    public override long LengthHint() => Remaining;

    public override PyObject? Next()
    {
        if (Remaining == 0)
            return null;
        if (Remaining > 0)
            Remaining--;
        return _value;
    }

    public override string Repr() =>
        Remaining < 0 ? $"repeat({_value.Repr()})" : $"repeat({_value.Repr()}, {Remaining})";
}
