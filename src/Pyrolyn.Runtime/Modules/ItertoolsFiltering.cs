namespace Pyrolyn.Runtime.Modules;

/// <summary>compress, dropwhile, takewhile, filterfalse, starmap and pairwise.</summary>
internal static class ItertoolsFiltering
{
    public static PyObject NewCompress(PyType type, PyObject[] args, string[]? kw)
    {
        var s = ClinicArgs.Parse("compress", args, kw, new[] { "data", "selectors" }, 2);
        return new CompressIterator(Ops.GetIter(s[0]!), Ops.GetIter(s[1]!));
    }

    public static PyObject NewDropWhile(PyType type, PyObject[] args, string[]? kw)
    {
        ItertoolsModule.Positional(args, kw, "dropwhile", 2, 2);
        return new PredicateIterator(ItertoolsModule.DropWhile, args[0], Ops.GetIter(args[1]));
    }

    public static PyObject NewTakeWhile(PyType type, PyObject[] args, string[]? kw)
    {
        ItertoolsModule.Positional(args, kw, "takewhile", 2, 2);
        return new PredicateIterator(ItertoolsModule.TakeWhile, args[0], Ops.GetIter(args[1]));
    }

    public static PyObject NewFilterFalse(PyType type, PyObject[] args, string[]? kw)
    {
        ItertoolsModule.Positional(args, kw, "filterfalse", 2, 2);
        return new PredicateIterator(ItertoolsModule.FilterFalse, args[0], Ops.GetIter(args[1]));
    }

    public static PyObject NewStarMap(PyType type, PyObject[] args, string[]? kw)
    {
        ItertoolsModule.Positional(args, kw, "starmap", 2, 2);
        return new StarMapIterator(args[0], Ops.GetIter(args[1]));
    }

    public static PyObject NewPairwise(PyType type, PyObject[] args, string[]? kw)
    {
        ItertoolsModule.Positional(args, kw, "pairwise", 1, 1);
        return new PairwiseIterator(Ops.GetIter(args[0]));
    }
}

internal sealed class CompressIterator : PyIterator
{
    private readonly PyObject _data, _selectors;

    public CompressIterator(PyObject data, PyObject selectors)
    {
        _data = data;
        _selectors = selectors;
    }

    public override PyType Type => ItertoolsModule.Compress;

    public override PyObject? Next()
    {
        while (true)
        {
            var d = _data.Next();
            if (d is null)
                return null;
            var s = _selectors.Next();
            if (s is null)
                return null;
            if (Ops.IsTrue(s))
                return d;
        }
    }
}

/// <summary>dropwhile, takewhile and filterfalse share the shape: a predicate over an iterator.</summary>
internal sealed class PredicateIterator : PyIterator
{
    private readonly PyType _kind;
    private readonly PyObject _predicate;
    private readonly PyObject _it;
    private bool _switched;

    public PredicateIterator(PyType kind, PyObject predicate, PyObject it)
    {
        _kind = kind;
        _predicate = predicate;
        _it = it;
    }

    public override PyType Type => _kind;

    private bool Test(PyObject x) =>
        ReferenceEquals(_kind, ItertoolsModule.FilterFalse) && _predicate is PyNone
            ? Ops.IsTrue(x)
            : Ops.IsTrue(_predicate.Call(new[] { x }));

    public override PyObject? Next()
    {
        if (ReferenceEquals(_kind, ItertoolsModule.TakeWhile))
        {
            if (_switched)
                return null;
            var x = _it.Next();
            if (x is null)
                return null;
            if (Test(x))
                return x;
            _switched = true;
            return null;
        }
        if (ReferenceEquals(_kind, ItertoolsModule.DropWhile))
        {
            while (true)
            {
                var x = _it.Next();
                if (x is null)
                    return null;
                if (_switched || !Test(x))
                {
                    _switched = true;
                    return x;
                }
            }
        }
        while (true)
        {
            var x = _it.Next();
            if (x is null)
                return null;
            if (!Test(x))
                return x;
        }
    }
}

internal sealed class StarMapIterator : PyIterator
{
    private readonly PyObject _func, _it;

    public StarMapIterator(PyObject func, PyObject it)
    {
        _func = func;
        _it = it;
    }

    public override PyType Type => ItertoolsModule.StarMap;

    public override PyObject? Next()
    {
        var x = _it.Next();
        if (x is null)
            return null;
        return _func.Call(x is PyTuple t ? t.Items : Ops.ToArray(x));
    }
}

internal sealed class PairwiseIterator : PyIterator
{
    private PyObject? _it;
    private PyObject? _old;

    public PairwiseIterator(PyObject it) => _it = it;

    public override PyType Type => ItertoolsModule.Pairwise;

    public override PyObject? Next()
    {
        if (_it is null)
            return null;
        if (_old is null)
        {
            _old = _it.Next();
            if (_old is null)
            {
                _it = null;
                return null;
            }
        }
        var nw = _it.Next();
        if (nw is null)
        {
            _it = null;
            _old = null;
            return null;
        }
        var r = new PyTuple(new[] { _old, nw });
        _old = nw;
        return r;
    }
}
