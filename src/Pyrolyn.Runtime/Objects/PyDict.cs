using System;
using System.Collections.Generic;
using System.Numerics;

namespace Pyrolyn.Runtime;

// CONTRACT STUB: signatures other code relies on; the owner replaces the bodies.
/// <summary>dict: insertion-ordered hash table keyed by Python hash and equality.</summary>
public sealed class PyDict : PyObject
{
    public int Count => throw new NotImplementedException();
    public bool TryGetValue(PyObject key, out PyObject value) => throw new NotImplementedException();
    public override PyType Type => BuiltinTypes.Dict;
    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames) => throw new NotImplementedException();
}
