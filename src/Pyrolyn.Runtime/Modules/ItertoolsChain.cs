namespace Pyrolyn.Runtime.Modules;

/// <summary>chain(*iterables) and chain.from_iterable(iterable): the source of iterables is
/// itself consumed lazily.</summary>
internal sealed class ItertoolsChain : PyIterator
{
    private PyObject? _sources;
    private PyObject? _active;

    public ItertoolsChain(PyObject sources) => _sources = sources;

    public override PyType Type => ItertoolsModule.Chain;

    public static PyObject New(PyType type, PyObject[] args, string[]? kw)
    {
        if (kw is { Length: > 0 })
            throw Errors.TypeError("chain() takes no keyword arguments");
        return new ItertoolsChain(new PyTuple((PyObject[])args.Clone()).GetIter());
    }

    public override PyObject? Next()
    {
        while (true)
        {
            if (_active is null)
            {
                if (_sources is null)
                    return null;
                var nextIterable = _sources.Next();
                if (nextIterable is null)
                {
                    _sources = null;
                    return null;
                }
                _active = Ops.GetIter(nextIterable);
            }
            var x = _active.Next();
            if (x is not null)
                return x;
            _active = null;
        }
    }
}
