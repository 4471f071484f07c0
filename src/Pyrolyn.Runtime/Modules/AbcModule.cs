namespace Pyrolyn.Runtime.Modules;

/// <summary>The <c>abc</c> module: <c>ABCMeta</c>, <c>ABC</c> and <c>abstractmethod</c>. A class
/// made by ABCMeta cannot be instantiated while it has abstract methods left.</summary>
public static class AbcModule
{
    private static PyType? _abc;

    public static PyModule Create()
    {
        ObjectProtocol.EnsureInitialized();
        var m = new PyModule("abc");
        var d = m.Dict;
        d["ABCMeta"] = AbcSupport.ABCMeta;
        d["ABC"] = _abc ??= MakeAbc();
        d["abstractmethod"] = PyBuiltinFunction.One("abstractmethod", f =>
        {
            f.SetAttr("__isabstractmethod__", PyBool.True);
            return f;
        }, "abc");
        d["abstractproperty"] = BuiltinTypes.Property;
        d["abstractclassmethod"] = BuiltinTypes.ClassMethod;
        d["abstractstaticmethod"] = BuiltinTypes.StaticMethod;
        if (!AbcSupport.ABCMeta.Dict.ContainsKey("register"))
            AbcSupport.ABCMeta.Dict["register"] = new PySlotWrapper(AbcSupport.ABCMeta, "register", (a, k) =>
            {
                ArgCheck.Range(a, k, "register", 2, 2);
                return a[1];
            });
        return m;
    }

    private static PyType MakeAbc()
    {
        var ns = new PyDict();
        ns.SetItem(new PyStr("__module__"), new PyStr("abc"));
        ns.SetItem(new PyStr("__doc__"), new PyStr("Helper class that provides a standard way to create an ABC using\ninheritance.\n"));
        ns.SetItem(new PyStr("__slots__"), PyTuple.Empty);
        return (PyType)ClassBuilder.TypeNew(AbcSupport.ABCMeta, new PyObject[] { new PyStr("ABC"), PyTuple.Empty, ns }, null);
    }
}
