namespace Pyrolyn.Runtime.Modules;

/// <summary>functools.cmp_to_key: the converter (no object) and the K objects it makes, which
/// compare by calling the old-style cmp function and testing its result against 0.</summary>
public sealed class CmpKey : PyObject
{
    public static readonly PyType TypeObject = new("KeyWrapper", new[] { BuiltinTypes.Object }, FunctoolsModule.Mod);

    private readonly PyObject _cmp;
    private readonly PyObject? _obj;

    public CmpKey(PyObject cmp, PyObject? obj)
    {
        _cmp = cmp;
        _obj = obj;
    }

    public override PyType Type => TypeObject;

    public override PyObject Call(PyObject[] args, string[]? kwnames = null)
    {
        var s = Modules.ClinicArgs.Parse("K", args, kwnames, new[] { "obj" }, 1);
        return new CmpKey(_cmp, s[0]);
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not CmpKey k || k._obj is null || _obj is null)
            throw Errors.TypeError("other argument must be K instance");
        var res = _cmp.Call(new[] { _obj, k._obj });
        return Ops.Compare(res, PyInt.Zero, op);
    }

    public override long Hash() => throw Errors.TypeError("unhashable type: 'functools.KeyWrapper'");

    public override PyObject GetAttr(string name) => name switch
    {
        "obj" => _obj ?? PyNone.Instance,
        "__class__" => Type,
        _ => base.GetAttr(name),
    };
}
