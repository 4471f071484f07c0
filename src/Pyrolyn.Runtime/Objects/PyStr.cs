using System;
using System.Collections.Generic;
using System.Numerics;

namespace Pyrolyn.Runtime;

// CONTRACT STUB: signatures other code relies on; the owner replaces the bodies.
/// <summary>str: a .NET string, indexed by code point.</summary>
public sealed class PyStr : PyObject
{
    public PyStr(string value) => Value = value;
    public string Value { get; }
    public override PyType Type => BuiltinTypes.Str;
    public override string Str() => Value;
    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames) => throw new NotImplementedException();
}
