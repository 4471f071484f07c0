using System;
using System.Collections.Generic;
using System.Numerics;

namespace Pyrolyn.Runtime;

// CONTRACT STUB: signatures other code relies on; the owner replaces the bodies.
/// <summary>int: a 64-bit fast path with a BigInteger fallback; small values are cached.</summary>
public class PyInt : PyObject
{
    protected PyInt(long value) { }
    public static PyInt From(long value) => throw new NotImplementedException();
    public static PyInt From(BigInteger value) => throw new NotImplementedException();
    /// <summary>True when the value fits in a long (then <see cref="Small"/> holds it).</summary>
    public bool IsSmall => throw new NotImplementedException();
    public long Small => throw new NotImplementedException();
    public BigInteger ToBigInteger() => throw new NotImplementedException();
    public override PyType Type => BuiltinTypes.Int;
    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames) => throw new NotImplementedException();
}
