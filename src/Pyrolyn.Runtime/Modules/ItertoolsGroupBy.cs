namespace Pyrolyn.Runtime.Modules;

/// <summary>groupby(iterable, key=None): each group iterator is valid only until the groupby
/// advances (CPython's shared current-key state).</summary>
internal sealed class ItertoolsGroupBy : PyIterator
{
    private readonly PyObject _it;
    private readonly PyObject? _keyFunc;
    private PyObject? _targetKey;
    internal PyObject? CurrentKey;
    internal PyObject? CurrentValue;
    internal GroupIterator? CurrentGroup;

    private ItertoolsGroupBy(PyObject it, PyObject? keyFunc)
    {
        _it = it;
        _keyFunc = keyFunc;
    }

    public override PyType Type => ItertoolsModule.GroupBy;

    public static PyObject New(PyType type, PyObject[] args, string[]? kw)
    {
        var s = ClinicArgs.Parse("groupby", args, kw, new[] { "iterable", "key" }, 1);
        return new ItertoolsGroupBy(Ops.GetIter(s[0]!), s[1] is null or PyNone ? null : s[1]);
    }

    /// <summary>Reads the next value and its key; false when the input is exhausted.</summary>
    internal bool Step()
    {
        var v = _it.Next();
        if (v is null)
            return false;
        var k = _keyFunc is null ? v : _keyFunc.Call(new[] { v });
        CurrentValue = v;
        CurrentKey = k;
        return true;
    }

    public override PyObject? Next()
    {
        CurrentGroup = null;
        while (true)
        {
            if (CurrentKey is null)
            {
                // not started
            }
            else if (_targetKey is null)
            {
                break;
            }
            else if (!Ops.EqBool(_targetKey, CurrentKey))
            {
                break;
            }
            if (!Step())
                return null;
        }
        _targetKey = CurrentKey;
        var group = new GroupIterator(this, _targetKey!);
        CurrentGroup = group;
        return new PyTuple(new PyObject[] { CurrentKey!, group });
    }
}

internal sealed class GroupIterator : PyIterator
{
    private readonly ItertoolsGroupBy _parent;
    private readonly PyObject _key;

    public GroupIterator(ItertoolsGroupBy parent, PyObject key)
    {
        _parent = parent;
        _key = key;
    }

    public override PyType Type => ItertoolsModule.Grouper;

    public override PyObject? Next()
    {
        if (!ReferenceEquals(_parent.CurrentGroup, this))
            return null;
        if (_parent.CurrentValue is null && !_parent.Step())
            return null;
        if (!Ops.EqBool(_key, _parent.CurrentKey!))
            return null;
        var r = _parent.CurrentValue;
        _parent.CurrentValue = null;
        return r;
    }
}
