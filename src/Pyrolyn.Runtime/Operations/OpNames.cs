namespace Pyrolyn.Runtime;

/// <summary>Operator symbols and dunder names.</summary>
public static class OpNames
{
    public static string Symbol(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Sub => "-",
        BinaryOp.Mul => "*",
        BinaryOp.MatMul => "@",
        BinaryOp.TrueDiv => "/",
        BinaryOp.FloorDiv => "//",
        BinaryOp.Mod => "%",
        BinaryOp.Pow => "**",
        BinaryOp.LShift => "<<",
        BinaryOp.RShift => ">>",
        BinaryOp.And => "&",
        BinaryOp.Or => "|",
        _ => "^",
    };

    public static string Dunder(BinaryOp op) => op switch
    {
        BinaryOp.Add => "__add__",
        BinaryOp.Sub => "__sub__",
        BinaryOp.Mul => "__mul__",
        BinaryOp.MatMul => "__matmul__",
        BinaryOp.TrueDiv => "__truediv__",
        BinaryOp.FloorDiv => "__floordiv__",
        BinaryOp.Mod => "__mod__",
        BinaryOp.Pow => "__pow__",
        BinaryOp.LShift => "__lshift__",
        BinaryOp.RShift => "__rshift__",
        BinaryOp.And => "__and__",
        BinaryOp.Or => "__or__",
        _ => "__xor__",
    };

    public static string Symbol(CompareOp op) => op switch
    {
        CompareOp.Lt => "<",
        CompareOp.Le => "<=",
        CompareOp.Eq => "==",
        CompareOp.Ne => "!=",
        CompareOp.Gt => ">",
        _ => ">=",
    };

    public static string Dunder(CompareOp op) => op switch
    {
        CompareOp.Lt => "__lt__",
        CompareOp.Le => "__le__",
        CompareOp.Eq => "__eq__",
        CompareOp.Ne => "__ne__",
        CompareOp.Gt => "__gt__",
        _ => "__ge__",
    };

    public static CompareOp Swapped(CompareOp op) => op switch
    {
        CompareOp.Lt => CompareOp.Gt,
        CompareOp.Le => CompareOp.Ge,
        CompareOp.Gt => CompareOp.Lt,
        CompareOp.Ge => CompareOp.Le,
        _ => op,
    };

    public static bool TryBinary(string dunder, out BinaryOp op)
    {
        switch (dunder)
        {
            case "__add__": op = BinaryOp.Add; return true;
            case "__sub__": op = BinaryOp.Sub; return true;
            case "__mul__": op = BinaryOp.Mul; return true;
            case "__matmul__": op = BinaryOp.MatMul; return true;
            case "__truediv__": op = BinaryOp.TrueDiv; return true;
            case "__floordiv__": op = BinaryOp.FloorDiv; return true;
            case "__mod__": op = BinaryOp.Mod; return true;
            case "__pow__": op = BinaryOp.Pow; return true;
            case "__lshift__": op = BinaryOp.LShift; return true;
            case "__rshift__": op = BinaryOp.RShift; return true;
            case "__and__": op = BinaryOp.And; return true;
            case "__or__": op = BinaryOp.Or; return true;
            case "__xor__": op = BinaryOp.Xor; return true;
        }
        op = default;
        return false;
    }

    public static bool TryCompare(string dunder, out CompareOp op)
    {
        switch (dunder)
        {
            case "__lt__": op = CompareOp.Lt; return true;
            case "__le__": op = CompareOp.Le; return true;
            case "__eq__": op = CompareOp.Eq; return true;
            case "__ne__": op = CompareOp.Ne; return true;
            case "__gt__": op = CompareOp.Gt; return true;
            case "__ge__": op = CompareOp.Ge; return true;
        }
        op = default;
        return false;
    }
}
