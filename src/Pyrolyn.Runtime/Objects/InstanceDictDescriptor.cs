namespace Pyrolyn.Runtime;

/// <summary>The <c>__dict__</c> and <c>__weakref__</c> entries CPython puts in the namespace of
/// the first class of a hierarchy whose instances have a dict (a <c>getset_descriptor</c>). Reading
/// them through an instance gives the instance dict (or None for <c>__weakref__</c>).</summary>
public sealed class InstanceDictDescriptor : PyObject
{
    public static readonly PyType GetSetDescriptorType = new("getset_descriptor", new[] { BuiltinTypes.Object });

    public InstanceDictDescriptor(string name, PyType owner)
    {
        Name = name;
        Owner = owner;
    }

    public string Name { get; }
    public PyType Owner { get; }

    public override PyType Type => GetSetDescriptorType;

    public override string Repr() => $"<attribute '{Name}' of '{Owner.Name}' objects>";

    public PyObject Get(PyObject instance) =>
        Name == "__dict__" && instance is PyInstance i
            ? i.DictObject()
            : Name == "__dict__" && instance.InstanceDict is { } d ? d : PyNone.Instance;

    public override PyObject GetAttr(string name) => name switch
    {
        "__name__" => new PyStr(Name),
        "__objclass__" => Owner,
        _ => base.GetAttr(name),
    };
}
