using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Emit;

/// <summary>Arithmetic with literal operands: the literal goes to the runtime unboxed
/// (<c>Ops.Sub(v_n, 1L)</c>), which tests the other operand for an exact int or float and does
/// one machine operation; any other operand type takes the general protocol.</summary>
public sealed partial class CSharpEmitter
{
    /// <summary>Int literals passed unboxed are at most 2**53 in magnitude: exact as doubles, so
    /// mixing them with floats needs no rounding.</summary>
    private const long ExactDoubleLimit = 1L << 53;

    /// <summary>An int or float literal (optionally negated) as C# text: <c>2L</c>, <c>0.5D</c>.</summary>
    private static string? NumericLiteral(ExpressionSyntax e, out bool isFloat, out double value)
    {
        isFloat = false;
        value = 0;
        bool negate = false;
        if (e is UnaryOpSyntax { Op: UnaryOperator.USub } u)
        {
            negate = true;
            e = u.Operand;
        }
        switch (e)
        {
            case ConstantSyntax { Value: BigInteger i } when BigInteger.Abs(i) <= ExactDoubleLimit:
            {
                long l = negate ? -(long)i : (long)i;
                value = l;
                return l.ToString(CultureInfo.InvariantCulture) + "L";
            }
            case ConstantSyntax { Value: double d }:
                isFloat = true;
                value = negate ? -d : d;
                return DoubleLiteral(value);
            default:
                return null;
        }
    }

    /// <summary>A double as a C# literal that reads back to the same bits.</summary>
    private static string DoubleLiteral(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d) || (d == 0 && 1 / d < 0))
            return CSharpNames.Double(d);
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        return (d < 0 ? "(" + r + "D)" : r + "D");
    }

    private string BinaryExpr(FunctionContext ctx, BinOpSyntax b)
    {
        if (FusedIntValue(ctx, b) is { } fusedInt)
            return fusedInt;
        if (FusedFloatValue(ctx, b) is { } fused)
            return fused;
        string name = BinaryOps[b.Op];
        if (NumericLiteral(b.Right, out bool rightFloat, out double rv) is { } right && RightLiteralOk(b.Op, rightFloat, rv))
            return $"{R}Ops.{name}({Expr(ctx, b.Left)}, {right})";
        if (NumericLiteral(b.Left, out bool leftFloat, out _) is { } left
            && (b.Op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult || (b.Op == BinaryOperator.Div && leftFloat)))
            return $"{R}Ops.{name}({left}, {Expr(ctx, b.Right)})";
        return $"{R}Ops.{name}({Expr(ctx, b.Left)}, {Expr(ctx, b.Right)})";
    }

    /// <summary>The runtime's literal overloads: + - * for both kinds, / by a non-zero literal,
    /// // and % by a positive int.</summary>
    private static bool RightLiteralOk(BinaryOperator op, bool isFloat, double value) => op switch
    {
        BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult => true,
        BinaryOperator.Div => value != 0,
        BinaryOperator.FloorDiv or BinaryOperator.Mod => !isFloat && value > 0,
        _ => false,
    };

    /// <summary>The right operand of a rich comparison: an unboxed literal when it is one.</summary>
    private string CompareRight(FunctionContext ctx, CompareOperator op, ExpressionSyntax right)
    {
        if (op is CompareOperator.Eq or CompareOperator.NotEq or CompareOperator.Lt or CompareOperator.LtE
                or CompareOperator.Gt or CompareOperator.GtE
            && NumericLiteral(right, out _, out _) is { } literal)
            return literal;
        return Expr(ctx, right);
    }

    /// <summary>An int literal subscript (<c>b[3]</c>, <c>a[-1]</c>) passed unboxed.</summary>
    /// <summary>A subscript's index: an int literal or an unboxed range loop variable as a long
    /// (Ops.GetItem/SetItem have long overloads), else the boxed expression.</summary>
    private string IndexOperand(FunctionContext ctx, ExpressionSyntax slice) =>
        IndexLiteral(slice) ?? UnboxedLoopIndex(ctx, slice) ?? Expr(ctx, slice);

    /// <summary>The C# long of a range loop variable kept unboxed (see IndexOnlyLoopVariable).</summary>
    private static string? UnboxedLoopIndex(FunctionContext ctx, ExpressionSyntax slice) =>
        slice is NameSyntax n && ctx.UnboxedLoopVariables is { } unboxed && unboxed.TryGetValue(n.Id, out var loopLong)
            ? loopLong : null;

    private static string? IndexLiteral(ExpressionSyntax slice) =>
        NumericLiteral(slice, out bool isFloat, out double value) is { } text && !isFloat && System.Math.Abs(value) <= int.MaxValue ? text : null;

    /// <summary><c>x op= v</c>: + - * have dedicated entry points (with literal overloads).</summary>
    private string InPlaceCall(FunctionContext ctx, BinaryOperator op, string current, ExpressionSyntax value)
    {
        if (op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult)
        {
            string name = "InPlace" + BinaryOps[op];
            string operand = NumericLiteral(value, out _, out _) ?? Expr(ctx, value);
            return $"{R}Ops.{name}({current}, {operand})";
        }
        return $"{R}Ops.InPlace({R}BinaryOp.{InPlaceOps[op]}, {current}, {Expr(ctx, value)})";
    }
}
