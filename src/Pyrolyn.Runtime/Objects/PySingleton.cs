namespace Pyrolyn.Runtime;

/// <summary>The <c>NotImplemented</c> and <c>Ellipsis</c> singletons.</summary>
public sealed class PySingleton : PyObject
{
    public static readonly PySingleton NotImplemented = new(BuiltinTypes.NotImplementedType, "NotImplemented");
    public static readonly PySingleton Ellipsis = new(BuiltinTypes.Ellipsis, "Ellipsis");

    private readonly PyType _type;
    private readonly string _repr;

    private PySingleton(PyType type, string repr)
    {
        _type = type;
        _repr = repr;
    }

    public override PyType Type => _type;
    public override string Repr() => _repr;
    public override PyObject GetAttr(string name) => BuiltinAttr.Get(this, name);
}
