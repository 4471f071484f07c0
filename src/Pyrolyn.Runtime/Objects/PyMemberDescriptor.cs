namespace Pyrolyn.Runtime;

/// <summary>One <c>__slots__</c> entry: a data descriptor reading and writing a fixed slot of
/// the instance (CPython's <c>member_descriptor</c>).</summary>
public sealed class PyMemberDescriptor : PyObject
{
    public static readonly PyType MemberDescriptorType = new("member_descriptor", new[] { BuiltinTypes.Object });

    public PyMemberDescriptor(string name, PyType owner, int index)
    {
        Name = name;
        Owner = owner;
        Index = index;
    }

    public string Name { get; }
    public PyType Owner { get; }
    public int Index { get; }

    public override PyType Type => MemberDescriptorType;

    public override string Repr() => $"<member '{Name}' of '{Owner.Name}' objects>";

    private PyInstance Check(PyObject instance) =>
        instance is PyInstance i && i.Type.IsSubtypeOf(Owner)
            ? i
            : throw Errors.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");

    public PyObject Get(PyObject instance)
    {
        var i = Check(instance);
        var slots = i.SlotValues;
        if (slots is not null && Index < slots.Length && slots[Index] is { } v)
            return v;
        throw Errors.AttributeError($"'{instance.Type.Name}' object has no attribute '{Name}'");
    }

    public void Set(PyObject instance, PyObject value)
    {
        var i = Check(instance);
        (i.SlotValues ??= new PyObject?[i.Type.SlotCount])[Index] = value;
    }

    public void Delete(PyObject instance)
    {
        var i = Check(instance);
        var slots = i.SlotValues;
        if (slots is null || Index >= slots.Length || slots[Index] is null)
            throw Errors.AttributeError($"'{instance.Type.Name}' object has no attribute '{Name}'");
        slots[Index] = null;
    }

    public override PyObject GetAttr(string name) => name switch
    {
        "__name__" => new PyStr(Name),
        "__objclass__" => Owner,
        _ => base.GetAttr(name),
    };
}
