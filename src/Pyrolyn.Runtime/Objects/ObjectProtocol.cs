using System;

namespace Pyrolyn.Runtime;

// CONTRACT STUB: the generic attribute protocol and instantiation; the owner replaces the bodies.
/// <summary>
/// The object protocol shared by all types: generic attribute lookup with descriptors (CPython's
/// <c>PyObject_GenericGetAttr</c>), binding of functions to instances, and instantiation of
/// classes defined in Python (<c>__new__</c> then <c>__init__</c>).
/// </summary>
public static class ObjectProtocol
{
    public static PyObject GenericGetAttr(PyObject obj, string name) => throw new NotImplementedException();
    public static void GenericSetAttr(PyObject obj, string name, PyObject value) => throw new NotImplementedException();
    public static void GenericDelAttr(PyObject obj, string name) => throw new NotImplementedException();
    /// <summary>Binds an attribute found on the type to an instance (functions become methods).</summary>
    public static PyObject Bind(PyObject attr, PyObject instance) => throw new NotImplementedException();
    /// <summary>Binds an attribute found on a class when accessed through the class itself.</summary>
    public static PyObject BindForClass(PyObject attr, PyType type) => throw new NotImplementedException();
    public static PyObject Instantiate(PyType type, PyObject[] args, string[]? kwnames) => throw new NotImplementedException();
    public static PyObject NewObject(PyType type, PyObject[] args, string[]? kwnames) => throw new NotImplementedException();
    public static PyObject NewType(PyType type, PyObject[] args, string[]? kwnames) => throw new NotImplementedException();
    public static PyObject NewSuper(PyType type, PyObject[] args, string[]? kwnames) => throw new NotImplementedException();
    public static PyObject NewProperty(PyType type, PyObject[] args, string[]? kwnames) => throw new NotImplementedException();
    public static PyObject NewStaticMethod(PyType type, PyObject[] args, string[]? kwnames) => throw new NotImplementedException();
    public static PyObject NewClassMethod(PyType type, PyObject[] args, string[]? kwnames) => throw new NotImplementedException();
}
