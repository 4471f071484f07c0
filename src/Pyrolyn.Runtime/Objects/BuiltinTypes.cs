namespace Pyrolyn.Runtime;

/// <summary>
/// The builtin type objects. Each CLR class returns its type object from
/// <see cref="PyObject.Type"/>; the factories make <c>int(...)</c>, <c>list(...)</c> work.
/// Field order matters: <c>object</c> and <c>type</c> come first.
/// </summary>
public static class BuiltinTypes
{
    public static readonly PyType Object = new("object", System.Array.Empty<PyType>(), "builtins", ObjectProtocol.NewObject);
    public static readonly PyType Type = new("type", new[] { Object }, "builtins", ObjectProtocol.NewType);

    public static readonly PyType Int = new("int", new[] { Object }, "builtins", PyInt.Construct);
    public static readonly PyType Bool = new("bool", new[] { Int }, "builtins", PyBool.Construct);
    public static readonly PyType Float = new("float", new[] { Object }, "builtins", PyFloat.Construct);
    public static readonly PyType Complex = new("complex", new[] { Object }, "builtins", PyComplex.Construct);
    public static readonly PyType Str = new("str", new[] { Object }, "builtins", PyStr.Construct);
    public static readonly PyType Bytes = new("bytes", new[] { Object }, "builtins", PyBytes.Construct);
    public static readonly PyType ByteArray = new("bytearray", new[] { Object }, "builtins", PyByteArray.Construct);
    public static readonly PyType List = new("list", new[] { Object }, "builtins", PyList.Construct);
    public static readonly PyType Tuple = new("tuple", new[] { Object }, "builtins", PyTuple.Construct);
    public static readonly PyType Dict = new("dict", new[] { Object }, "builtins", PyDict.Construct);
    public static readonly PyType Set = new("set", new[] { Object }, "builtins", PySet.Construct);
    public static readonly PyType FrozenSet = new("frozenset", new[] { Object }, "builtins", PyFrozenSet.Construct);
    public static readonly PyType Range = new("range", new[] { Object }, "builtins", PyRange.Construct);
    public static readonly PyType Slice = new("slice", new[] { Object }, "builtins", PySlice.Construct);
    public static readonly PyType NoneType = new("NoneType", new[] { Object });
    public static readonly PyType NotImplementedType = new("NotImplementedType", new[] { Object });
    public static readonly PyType Ellipsis = new("ellipsis", new[] { Object });

    public static readonly PyType Function = new("function", new[] { Object });
    public static readonly PyType BuiltinFunction = new("builtin_function_or_method", new[] { Object });
    public static readonly PyType Method = new("method", new[] { Object });
    public static readonly PyType MethodDescriptor = new("method_descriptor", new[] { Object });
    public static readonly PyType Module = new("module", new[] { Object });
    public static readonly PyType Cell = new("cell", new[] { Object });
    public static readonly PyType Super = new("super", new[] { Object }, "builtins", ObjectProtocol.NewSuper);
    public static readonly PyType Property = new("property", new[] { Object }, "builtins", ObjectProtocol.NewProperty);
    public static readonly PyType StaticMethod = new("staticmethod", new[] { Object }, "builtins", ObjectProtocol.NewStaticMethod);
    public static readonly PyType ClassMethod = new("classmethod", new[] { Object }, "builtins", ObjectProtocol.NewClassMethod);
    public static readonly PyType Iterator = new("iterator", new[] { Object });
}
