using System;
using System.Collections.Generic;
using System.Numerics;

namespace Pyrolyn.Runtime;

// CONTRACT STUB: signatures other code relies on; the owner replaces the bodies.
public sealed class PyBool : PyInt
{
    public static readonly PyBool True = new(true);
    public static readonly PyBool False = new(false);
    private PyBool(bool value) : base(value ? 1 : 0) { Value = value; }
    public bool Value { get; }
    public static PyBool From(bool value) => value ? True : False;
    public override PyType Type => BuiltinTypes.Bool;
    public override string Repr() => Value ? "True" : "False";
    public static new PyObject Construct(PyType type, PyObject[] args, string[]? kwnames) => From(args.Length > 0 && Ops.IsTrue(args[0]));
}
