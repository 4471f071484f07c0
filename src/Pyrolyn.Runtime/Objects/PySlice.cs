using System;
using System.Collections.Generic;
using System.Numerics;

namespace Pyrolyn.Runtime;

// CONTRACT STUB: signatures other code relies on; the owner replaces the bodies.
public sealed class PySlice : PyObject
{
    public PySlice(PyObject start, PyObject stop, PyObject step) { Start = start; Stop = stop; Step = step; }
    public PyObject Start { get; }
    public PyObject Stop { get; }
    public PyObject Step { get; }
    public override PyType Type => BuiltinTypes.Slice;
    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames) => throw new NotImplementedException();
}
