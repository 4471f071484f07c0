using System;

namespace Pyrolyn.Runtime;

/// <summary>enumerate(iterable, start=0): lazy, with a long counter and BigInteger overflow.</summary>
public sealed class PyEnumerate : PyIterator
{
    private readonly PyObject _it;
    private long _n;
    private PyInt? _bigN;

    public PyEnumerate(PyObject iterable, PyInt start)
    {
        _it = Ops.GetIter(iterable);
        if (start.IsSmall) _n = start.Small; else _bigN = start;
    }

    public override PyType Type => IterTypes.Enumerate;

    public override PyObject? Next()
    {
        var x = _it.Next();
        if (x is null) return null;
        PyInt idx;
        if (_bigN is null)
        {
            idx = PyInt.From(_n);
            if (_n == long.MaxValue) _bigN = PyInt.Add(idx, PyInt.One); else _n++;
        }
        else
        {
            idx = _bigN;
            _bigN = PyInt.Add(_bigN, PyInt.One);
        }
        return new PyTuple(new PyObject[] { idx, x });
    }

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        ArgCheck.OnlyKw(kwnames, "enumerate", "iterable", "start");
        var iterable = npos > 0 ? args[0] : ArgCheck.Kw(args, kwnames, "iterable")
            ?? throw Errors.TypeError("enumerate() missing required argument 'iterable' (pos 1)");
        var start = npos > 1 ? args[1] : ArgCheck.Kw(args, kwnames, "start");
        if (npos > 2) throw Errors.TypeError($"enumerate() takes at most 2 arguments ({npos} given)");
        if (start is not null && start is not PyInt)
            throw Errors.TypeError($"'{start.Type.Name}' object cannot be interpreted as an integer");
        return new PyEnumerate(iterable, (PyInt?)start ?? PyInt.Zero);
    }
}

/// <summary>zip(*iterables, strict=False).</summary>
public sealed class PyZip : PyIterator
{
    private readonly PyObject[] _its;
    private readonly bool _strict;
    private bool _done;

    public PyZip(PyObject[] iterables, bool strict)
    {
        _its = new PyObject[iterables.Length];
        for (int i = 0; i < iterables.Length; i++) _its[i] = Ops.GetIter(iterables[i]);
        _strict = strict;
    }

    public override PyType Type => IterTypes.Zip;

    public override PyObject? Next()
    {
        if (_done || _its.Length == 0) return null;
        var items = new PyObject[_its.Length];
        for (int i = 0; i < _its.Length; i++)
        {
            var x = _its[i].Next();
            if (x is null)
            {
                _done = true;
                if (_strict) CheckStrict(i);
                return null;
            }
            items[i] = x;
        }
        return new PyTuple(items);
    }

    private void CheckStrict(int exhausted)
    {
        if (exhausted > 0)
        {
            string plural = exhausted == 1 ? " " : "s 1-";
            throw Errors.ValueError($"zip() argument {exhausted + 1} is shorter than argument{plural}{exhausted}");
        }
        for (int i = 1; i < _its.Length; i++)
        {
            if (_its[i].Next() is not null)
            {
                string plural = i == 1 ? " " : "s 1-";
                throw Errors.ValueError($"zip() argument {i + 1} is longer than argument{plural}{i}");
            }
        }
    }

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        ArgCheck.OnlyKw(kwnames, "zip", "strict");
        var strict = ArgCheck.Kw(args, kwnames, "strict");
        var its = new PyObject[npos];
        Array.Copy(args, its, npos);
        return new PyZip(its, strict is not null && strict.IsTrue());
    }
}

/// <summary>map(func, *iterables).</summary>
public sealed class PyMap : PyIterator
{
    private readonly PyObject _func;
    private readonly PyObject[] _its;

    public PyMap(PyObject func, PyObject[] iterables)
    {
        _func = func;
        _its = new PyObject[iterables.Length];
        for (int i = 0; i < iterables.Length; i++) _its[i] = Ops.GetIter(iterables[i]);
    }

    public override PyType Type => IterTypes.Map;

    public override PyObject? Next()
    {
        var args = new PyObject[_its.Length];
        for (int i = 0; i < _its.Length; i++)
        {
            var x = _its[i].Next();
            if (x is null) return null;
            args[i] = x;
        }
        return _func.Call(args);
    }

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        ArgCheck.NoKw(kwnames, "map");
        if (args.Length < 2) throw Errors.TypeError("map() must have at least two arguments.");
        var its = new PyObject[args.Length - 1];
        Array.Copy(args, 1, its, 0, its.Length);
        return new PyMap(args[0], its);
    }
}

/// <summary>filter(func or None, iterable).</summary>
public sealed class PyFilter : PyIterator
{
    private readonly PyObject _func;
    private readonly PyObject _it;

    public PyFilter(PyObject func, PyObject iterable)
    {
        _func = func;
        _it = Ops.GetIter(iterable);
    }

    public override PyType Type => IterTypes.Filter;

    public override PyObject? Next()
    {
        PyObject? x;
        bool none = _func is PyNone;
        while ((x = _it.Next()) is not null)
        {
            bool keep = none ? x.IsTrue() : Ops.IsTrue(_func.Call(new[] { x }));
            if (keep) return x;
        }
        return null;
    }

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        ArgCheck.NoKw(kwnames, "filter");
        if (args.Length != 2) throw Errors.TypeError($"filter expected 2 arguments, got {args.Length}");
        return new PyFilter(args[0], args[1]);
    }
}
