using System;
using System.Collections.Generic;
using System.Numerics;

namespace Pyrolyn.Runtime;

// CONTRACT STUB: signatures other code relies on; the owner replaces the bodies.
public sealed class PyTuple : PyObject
{
    public static readonly PyTuple Empty = new(Array.Empty<PyObject>());
    public PyTuple(PyObject[] items) => Items = items;
    public PyObject[] Items { get; }
    public int Count => Items.Length;
    public PyObject this[int index] => Items[index];
    public override PyType Type => BuiltinTypes.Tuple;
    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames) => throw new NotImplementedException();
}
