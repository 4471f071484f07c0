using System;
using System.Collections.Generic;
using System.Numerics;

namespace Pyrolyn.Runtime;

// CONTRACT STUB: signatures other code relies on; the owner replaces the bodies.
public sealed class PyList : PyObject
{
    public PyList() { }
    public PyList(PyObject[] items) { }
    public int Count => throw new NotImplementedException();
    public PyObject this[int index] { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }
    public void Append(PyObject item) => throw new NotImplementedException();
    public override PyType Type => BuiltinTypes.List;
    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames) => throw new NotImplementedException();
}
