namespace Pyrolyn.Runtime.Modules;

/// <summary>accumulate(iterable, func=None, *, initial=None).</summary>
internal sealed class ItertoolsAccumulate : PyIterator
{
    private readonly PyObject _it;
    private readonly PyObject? _func;
    private PyObject? _total;
    private PyObject? _initial;

    private ItertoolsAccumulate(PyObject it, PyObject? func, PyObject? initial)
    {
        _it = it;
        _func = func;
        _initial = initial;
    }

    public override PyType Type => ItertoolsModule.Accumulate;

    public static PyObject New(PyType type, PyObject[] args, string[]? kw)
    {
        var s = ClinicArgs.Parse("accumulate", args, kw, new[] { "iterable", "func", "initial" }, 1, maxPositional: 2);
        var func = s[1] is PyNone ? null : s[1];
        var initial = s[2] is PyNone ? null : s[2];
        return new ItertoolsAccumulate(Ops.GetIter(s[0]!), func, initial);
    }

    public override PyObject? Next()
    {
        if (_initial is not null)
        {
            _total = _initial;
            _initial = null;
            return _total;
        }
        var x = _it.Next();
        if (x is null)
            return null;
        if (_total is null)
            _total = x;
        else
            _total = _func is null ? Ops.Add(_total, x) : _func.Call(new[] { _total, x });
        return _total;
    }
}
