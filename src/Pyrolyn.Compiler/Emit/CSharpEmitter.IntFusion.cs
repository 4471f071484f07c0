using System.Linq;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Emit;

/// <summary>
/// Fused int arithmetic: an expression tree of + - *, unary minus, and // or % by a positive int
/// literal (<c>(seed * 1103515245 + 12345) % 2147483648</c>, <c>(h * 31 + ord(ch)) % m</c>) gets
/// a second version computed in C# longs (<c>IntFusion</c>) that runs when every operand is an
/// exact int fitting in a long: one PyInt for the result instead of one per operation. An
/// overflow (IntFusion.Poison) or any other operand runs the general code, written as before
/// (float fusion included). Operands are found, tested and reused as in float fusion (variable
/// reads first, evaluated operands once and in order); with exact ints and positive literal
/// divisors no operation can raise, so taking the general code later changes nothing observable.
/// </summary>
public sealed partial class CSharpEmitter
{
    /// <summary>Set while writing an int-fused tree's general code (float fusion stays on).</summary>
    private bool _intFusionOff;

    private string? FusedIntValue(FunctionContext ctx, BinOpSyntax e)
    {
        if (_intFusionOff || !FusionAllowed(ctx))
            return null;
        var tree = new FusedTree();
        if (!AnalyzeInt(ctx, e, tree) || tree.Operations < 2 || !Valid(tree))
            return null;
        // The general code of a tree with evaluated operands (calls, subscripts, attributes)
        // cannot fuse floats, so such trees are only taken when floats could not fuse them
        // whole either: with a // or % (`(h * 31 + ord(c)) % m`, `(ord(c) - 97 + k) % 26 + 97`).
        bool evaluated = tree.Operands.Any(o => o.Variable is null);
        if (evaluated && !tree.HasIntDivision)
            return null;
        string guard = FusedGuard(ctx, tree, IntOperandTest);
        string value = LongExpr(e, tree);
        string result = "fi" + (++_fusedNames);
        string general = evaluated
            ? FusedGeneral(ctx, tree, () => Expr(ctx, e))
            : WithoutIntFusion(() => Expr(ctx, e));
        return $"({guard} && {R}IntFusion.Box({value}, out var {result}) ? {result} : {general})";
    }

    private static string IntOperandTest(FusedOperand o, string value) => o.IntLocal is { } l
        ? $"{R}IntLocal.Operand({value}, {l}, out long {o.Name})"
        : $"{R}IntFusion.Operand({value}, out long {o.Name})";

    private string WithoutIntFusion(System.Func<string> write)
    {
        bool saved = _intFusionOff;
        _intFusionOff = true;
        try
        {
            return write();
        }
        finally
        {
            _intFusionOff = saved;
        }
    }

    /// <summary>Whether <paramref name="e"/> is an int tree; collects its operands.</summary>
    private bool AnalyzeInt(FunctionContext ctx, ExpressionSyntax e, FusedTree tree)
    {
        if (NumericLiteral(e, out bool isFloat, out _) is not null)
            return !isFloat;
        switch (e)
        {
            case BinOpSyntax b when b.Op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult:
                if (!AnalyzeInt(ctx, b.Left, tree) || !AnalyzeInt(ctx, b.Right, tree))
                    return false;
                tree.Operations++;
                return true;
            case BinOpSyntax b when b.Op is BinaryOperator.FloorDiv or BinaryOperator.Mod:
                // Only a positive literal divisor: nothing to raise, one rounding rule.
                if (NumericLiteral(b.Right, out bool divFloat, out double divisor) is null || divFloat || divisor <= 0)
                    return false;
                if (!AnalyzeInt(ctx, b.Left, tree))
                    return false;
                tree.Operations++;
                tree.HasIntDivision = true;
                return true;
            case UnaryOpSyntax { Op: UnaryOperator.USub } u:
                if (!AnalyzeInt(ctx, u.Operand, tree))
                    return false;
                tree.Operations++;
                return true;
        }
        if (tree.ByNode.ContainsKey(e))
            return true;
        if (PureRead(ctx, e, out bool shared) is { } variable)
        {
            if (!tree.Variables.TryGetValue(variable, out var operand))
            {
                operand = new FusedOperand(e, variable, shared);
                tree.Variables[variable] = operand;
                tree.Operands.Add(operand);
            }
            tree.ByNode[e] = operand;
            return true;
        }
        if (e is AttributeSyntax or SubscriptSyntax or CallSyntax && CanWriteTwice(e))
        {
            var operand = new FusedOperand(e, null) { Order = tree.Operands.Count };
            tree.Operands.Add(operand);
            tree.ByNode[e] = operand;
            tree.Evaluated++;
            return true;
        }
        return false;
    }

    private string LongExpr(ExpressionSyntax e, FusedTree tree)
    {
        if (NumericLiteral(e, out _, out _) is { } literal)
            return literal;
        switch (e)
        {
            case BinOpSyntax b:
            {
                string l = LongExpr(b.Left, tree), r = LongExpr(b.Right, tree);
                string op = b.Op switch
                {
                    BinaryOperator.Add => "Add",
                    BinaryOperator.Sub => "Sub",
                    BinaryOperator.Mult => "Mul",
                    BinaryOperator.FloorDiv => "FloorDiv",
                    _ => "Mod",
                };
                return $"{R}IntFusion.{op}({l}, {r})";
            }
            case UnaryOpSyntax u:
                return $"{R}IntFusion.Neg({LongExpr(u.Operand, tree)})";
            default:
                return tree.ByNode[e].Name;
        }
    }
}
