namespace Pyrolyn.Runtime;

/// <summary>None.</summary>
public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();
    private PyNone() { }
    public override PyType Type => BuiltinTypes.NoneType;
    public override string Repr() => "None";
    public override bool IsTrue() => false;
    public override PyObject GetAttr(string name) => BuiltinAttr.Get(this, name);
    public override void SetAttr(string name, PyObject value) => BuiltinAttr.Set(this, name);
}
