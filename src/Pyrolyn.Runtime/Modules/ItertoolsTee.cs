using System.Collections.Generic;

namespace Pyrolyn.Runtime.Modules;

/// <summary>tee(iterable, n=2): n iterators over one shared buffer of the items read so far.</summary>
internal sealed class ItertoolsTee : PyIterator
{
    /// <summary>The source and everything read from it, shared by all copies.</summary>
    private sealed class Shared
    {
        public Shared(PyObject it) => Source = it;
        public PyObject? Source;
        public readonly List<PyObject> Items = new();
    }

    private readonly Shared _shared;
    private int _pos;

    private ItertoolsTee(Shared shared, int pos)
    {
        _shared = shared;
        _pos = pos;
    }

    public override PyType Type => ItertoolsModule.Tee;

    public static PyObject Split(PyObject[] args, string[]? kw)
    {
        if (kw is { Length: > 0 })
            throw Errors.TypeError("itertools.tee() takes no keyword arguments");
        ArgCheck.Range(args, kw, "tee", 1, 2);
        long n = args.Length > 1 ? ClinicArgs.Index(args[1]) : 2;
        if (n < 0)
            throw Errors.ValueError("n must be >= 0");
        var it = Ops.GetIter(args[0]);
        var result = new PyObject[n];
        if (n == 0)
            return PyTuple.Empty;
        // A tee is reused as the first result (CPython's copyable path), so it keeps advancing with it.
        var first = it as ItertoolsTee ?? new ItertoolsTee(new Shared(it), 0);
        result[0] = first;
        for (long i = 1; i < n; i++)
            result[i] = first.Copy();
        return new PyTuple(result);
    }

    private ItertoolsTee Copy() => new(_shared, _pos);

    public static PyObject? CopyDispatch(PyObject self, string name, PyObject[] args, string[]? kw)
    {
        if (name != "__copy__")
            return null;
        ArgCheck.None(args, kw, "_tee.__copy__");
        return ((ItertoolsTee)self).Copy();
    }

    public override PyObject? Next()
    {
        if (_pos < _shared.Items.Count)
            return _shared.Items[_pos++];
        if (_shared.Source is null)
            return null;
        var x = _shared.Source.Next();
        if (x is null)
        {
            _shared.Source = null;
            return null;
        }
        _shared.Items.Add(x);
        _pos++;
        return x;
    }
}
