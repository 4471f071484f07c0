using System;
using System.Collections.Generic;
using System.Numerics;

namespace Pyrolyn.Runtime;

// CONTRACT STUB: signatures other code relies on; the owner replaces the bodies.
public sealed class PyComplex : PyObject
{
    public PyComplex(double real, double imag) { Real = real; Imag = imag; }
    public double Real { get; }
    public double Imag { get; }
    public override PyType Type => BuiltinTypes.Complex;
    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames) => throw new NotImplementedException();
}
