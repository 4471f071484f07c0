using System.Linq;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Lowering;

/// <summary>
/// Which expressions CPython's AST optimizer turns into constants before compiling: literals,
/// unary operators on them that cannot fail (<c>-1</c>, <c>~5</c>, <c>not 0</c>) and tuples of
/// constants. It matters where the folded form is observable: a set display of three or more
/// constants is compiled as <c>BUILD_SET 0; SET_UPDATE frozenset(...)</c>, and that merge gives
/// the set a different hash-table layout, and so a different iteration order, than adding the
/// items one by one. (Binary operations on constants, which CPython folds within size limits,
/// are not treated as constants here.)
/// </summary>
public static class ConstantFolding
{
    public static bool IsConstant(ExpressionSyntax e) => e switch
    {
        ConstantSyntax => true,
        UnaryOpSyntax u => u.Op == UnaryOperator.Not ? IsConstant(u.Operand) : IsNumber(u.Operand, u.Op),
        TupleSyntax t => t.Elements.All(x => x is not StarredSyntax && IsConstant(x)),
        _ => false,
    };

    /// <summary>A set display CPython builds from a frozenset constant.</summary>
    public static bool IsConstantSetDisplay(SetSyntax s) => s.Elements.Count > 2 && s.Elements.All(IsConstant);

    /// <summary>Whether -x, +x or ~x of a (folded) constant folds too: numbers (ints only for ~).</summary>
    private static bool IsNumber(ExpressionSyntax e, UnaryOperator op)
    {
        while (e is UnaryOpSyntax inner && inner.Op is UnaryOperator.USub or UnaryOperator.UAdd or UnaryOperator.Invert)
        {
            if (!IsNumber(inner.Operand, inner.Op))
                return false;
            return op != UnaryOperator.Invert || IsIntValued(inner.Operand);
        }
        if (e is not ConstantSyntax c)
            return false;
        return op == UnaryOperator.Invert
            ? c.Value is System.Numerics.BigInteger or bool
            : c.Value is System.Numerics.BigInteger or bool or double or ImaginaryConstant;
    }

    private static bool IsIntValued(ExpressionSyntax e) =>
        e is ConstantSyntax { Value: System.Numerics.BigInteger or bool }
        || e is UnaryOpSyntax { Op: UnaryOperator.USub or UnaryOperator.UAdd or UnaryOperator.Invert } u && IsIntValued(u.Operand);
}
