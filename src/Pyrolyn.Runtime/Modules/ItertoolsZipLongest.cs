namespace Pyrolyn.Runtime.Modules;

/// <summary>zip_longest(*iterables, fillvalue=None).</summary>
internal sealed class ItertoolsZipLongest : PyIterator
{
    private readonly PyObject?[] _its;
    private readonly PyObject _fill;
    private int _active;

    private ItertoolsZipLongest(PyObject?[] its, PyObject fill)
    {
        _its = its;
        _fill = fill;
        _active = its.Length;
    }

    public override PyType Type => ItertoolsModule.ZipLongest;

    public static PyObject New(PyType type, PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        PyObject fill = PyNone.Instance;
        if (kw is not null)
        {
            for (int k = 0; k < kw.Length; k++)
            {
                if (kw[k] != "fillvalue")
                    throw Errors.TypeError("zip_longest() got an unexpected keyword argument");
                fill = args[npos + k];
            }
        }
        var its = new PyObject?[npos];
        for (int i = 0; i < npos; i++)
            its[i] = Ops.GetIter(args[i]);
        return new ItertoolsZipLongest(its, fill);
    }

    public override PyObject? Next()
    {
        if (_its.Length == 0 || _active == 0)
            return null;
        var items = new PyObject[_its.Length];
        for (int i = 0; i < _its.Length; i++)
        {
            var it = _its[i];
            PyObject? x = it?.Next();
            if (x is null)
            {
                if (it is not null)
                {
                    _its[i] = null;
                    _active--;
                    if (_active == 0)
                        return null;
                }
                x = _fill;
            }
            items[i] = x;
        }
        return new PyTuple(items);
    }
}
