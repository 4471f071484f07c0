namespace Pyrolyn.Runtime;

/// <summary>Binary operators, in the order of CPython's <c>nb_*</c> slots.</summary>
public enum BinaryOp
{
    Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
}

public enum UnaryOp
{
    Neg, Pos, Invert,
}

public enum CompareOp
{
    Lt, Le, Eq, Ne, Gt, Ge,
}
