namespace Pyrolyn.Runtime.Modules;

/// <summary>islice(iterable, stop) / islice(iterable, start, stop[, step]): consumes exactly the
/// items CPython consumes (skipped ones up to the next index, nothing past stop).</summary>
internal sealed class ItertoolsISlice : PyIterator
{
    private PyObject? _it;
    private long _next;
    private readonly long _stop;
    private readonly long _step;
    private long _count;

    private ItertoolsISlice(PyObject it, long start, long stop, long step)
    {
        _it = it;
        _next = start;
        _stop = stop;
        _step = step;
    }

    public override PyType Type => ItertoolsModule.ISlice;

    public static PyObject New(PyType type, PyObject[] args, string[]? kw)
    {
        ItertoolsModule.Positional(args, kw, "islice", 2, 4);
        long start = 0, stop = -1, step = 1;
        if (args.Length == 2)
        {
            stop = Bound(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        }
        else
        {
            start = args[1] is PyNone ? 0 : Bound(args[1], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            stop = Bound(args[2], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            if (args.Length == 4 && args[3] is not PyNone)
            {
                long s;
                try
                {
                    s = ClinicArgs.Index(args[3]);
                }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
                {
                    s = -1;
                }
                if (s < 1)
                    throw Errors.ValueError("Step for islice() must be a positive integer or None.");
                step = s;
            }
        }
        return new ItertoolsISlice(Ops.GetIter(args[0]), start, stop, step);
    }

    /// <summary>None → -1 (no bound); otherwise 0 ≤ x ≤ sys.maxsize.</summary>
    private static long Bound(PyObject o, string message)
    {
        if (o is PyNone)
            return -1;
        if (o is not PyInt && o.Type.Lookup("__index__") is null)
            throw Errors.ValueError(message);
        var i = o is PyInt pi ? pi : (PyInt)o.CallMethod("__index__", System.Array.Empty<PyObject>());
        if (!i.IsSmall)
        {
            if (i.Sign < 0)
                throw Errors.ValueError(message);
            return long.MaxValue;
        }
        if (i.Small < 0)
            throw Errors.ValueError(message);
        return i.Small;
    }

    public override PyObject? Next()
    {
        if (_it is null)
            return null;
        while (_count < _next)
        {
            if (_it.Next() is null)
            {
                _it = null;
                return null;
            }
            _count++;
        }
        if (_stop != -1 && _count >= _stop)
        {
            _it = null;
            return null;
        }
        var item = _it.Next();
        if (item is null)
        {
            _it = null;
            return null;
        }
        _count++;
        long old = _next;
        _next = unchecked(_next + _step);
        if (_next < old || (_stop != -1 && _next > _stop))
            _next = _stop;
        return item;
    }
}
