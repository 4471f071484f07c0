namespace Pyrolyn.Runtime;

/// <summary>bool: the two int subclass singletons.</summary>
public sealed class PyBool : PyInt
{
    public static readonly PyBool True = new(true);
    public static readonly PyBool False = new(false);
    private PyBool(bool value) : base(value ? 1 : 0) { Value = value; }
    public bool Value { get; }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static PyBool From(bool value) => value ? True : False;

    public override PyType Type => BuiltinTypes.Bool;
    public override string Repr() => Value ? "True" : "False";
    public override bool IsTrue() => Value;
    public override string Format(string spec) => spec.Length == 0 ? Repr() : base.Format(spec);

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        if (other is PyBool b)
        {
            switch (op)
            {
                case Runtime.BinaryOp.And: return From(Value & b.Value);
                case Runtime.BinaryOp.Or: return From(Value | b.Value);
                case Runtime.BinaryOp.Xor: return From(Value ^ b.Value);
            }
        }
        return base.BinaryOp(op, other);
    }

    public static new PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        ArgCheck.NoKw(kwnames, "bool");
        if (args.Length > 1)
            throw Errors.TypeError($"bool expected at most 1 argument, got {args.Length}");
        return From(args.Length > 0 && Ops.IsTrue(args[0]));
    }
}
