using System;
using System.Collections.Generic;
using System.Numerics;

namespace Pyrolyn.Runtime;

// CONTRACT STUB: signatures other code relies on; the owner replaces the bodies.
public sealed class PyFloat : PyObject
{
    public PyFloat(double value) => Value = value;
    public double Value { get; }
    public override PyType Type => BuiltinTypes.Float;
    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames) => throw new NotImplementedException();
}
