namespace Pyrolyn.Runtime;

/// <summary>
/// The descriptor protocol for every kind of descriptor found on a class: <c>property</c>,
/// <c>__slots__</c> members and instances of classes defining <c>__get__</c>/<c>__set__</c>/
/// <c>__delete__</c> in Python. Data descriptors (with a setter or deleter) take precedence over
/// the instance dict; non-data descriptors only apply when the instance dict has no entry.
/// </summary>
public static class UserDescriptors
{
    public static bool IsDataDescriptor(PyObject attr) => attr switch
    {
        PyProperty or PyMemberDescriptor => true,
        PyInstance i => i.Type.HasUserSetOrDelete,
        _ => false,
    };

    /// <summary>True for a Python-defined descriptor with <c>__get__</c>.</summary>
    public static bool HasGet(PyObject attr) => attr is PyInstance i && i.Type.HasUserGet;

    /// <summary><c>attr.__get__(instance, type(instance))</c> for a data descriptor.</summary>
    public static PyObject Get(PyObject attr, PyObject instance)
    {
        switch (attr)
        {
            case PyProperty p: return p.Get(instance);
            case PyMemberDescriptor m: return m.Get(instance);
        }
        if (HasGet(attr))
            return CallGet(attr, instance, instance.Type);
        return attr;
    }

    public static PyObject CallGet(PyObject descriptor, PyObject? instance, PyType owner)
    {
        var get = ObjectProtocol.LookupUser(descriptor.Type, "__get__")!;
        return Calls.Call3(get, descriptor, instance ?? PyNone.Instance, owner);
    }

    public static void Set(PyObject attr, PyObject instance, PyObject value)
    {
        switch (attr)
        {
            case PyProperty p: p.Set(instance, value); return;
            case PyMemberDescriptor m: m.Set(instance, value); return;
        }
        var set = ObjectProtocol.LookupUser(attr.Type, "__set__") ?? throw Errors.AttributeError("__set__");
        Calls.Call3(set, attr, instance, value);
    }

    public static void Delete(PyObject attr, PyObject instance)
    {
        switch (attr)
        {
            case PyProperty p: p.Delete(instance); return;
            case PyMemberDescriptor m: m.Delete(instance); return;
        }
        var del = ObjectProtocol.LookupUser(attr.Type, "__delete__") ?? throw Errors.AttributeError("__delete__");
        Calls.Call2(del, attr, instance);
    }
}
