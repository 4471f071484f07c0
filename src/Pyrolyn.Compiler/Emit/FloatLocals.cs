using System.Collections.Generic;
using System.Numerics;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Emit;

/// <summary>
/// Chooses the function locals kept as doubles while they hold floats (runtime
/// <c>FloatLocal</c>): those stored from a float literal or from + - * / arithmetic that float
/// fusion takes (<c>dx = b[0] - b2[0]</c>, <c>mag = dt / (d2 * math.sqrt(d2))</c>). Such a local is
/// a pair of C# variables, the object slot and a double; a fused store writes the double and
/// allocates nothing, every other store writes the slot, and a read that needs an object boxes
/// the double. The choice is about speed only: a local that turns out to hold ints or strs keeps
/// them in its slot, at the cost of one failed type test per store. Left out, as for
/// <see cref="IntLocals"/> (which take precedence): parameters, cells and free variables,
/// generator functions and functions that read their locals by name; also names stored from
/// values that are never floats (<c>s = ''</c>, <c>xs = []</c>, <c>i = 0</c>).
/// </summary>
internal static class FloatLocals
{
    public static HashSet<string>? Find(Scope scope, SyntaxNode function, IReadOnlyList<StatementSyntax> body, HashSet<string>? intLocals) =>
        new Walk().Choose(scope, function, body, intLocals);

    /// <summary>A float literal or arithmetic over operands float fusion reads (names,
    /// subscripts, attributes, calls, number literals) with at least one operation.</summary>
    private static bool IsFloatStore(ExpressionSyntax value) =>
        value is ConstantSyntax { Value: double } || (IsArithmetic(value) && Leaves(value));

    private static bool IsArithmetic(ExpressionSyntax e) =>
        e is BinOpSyntax { Op: BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.Div }
        || e is UnaryOpSyntax { Op: UnaryOperator.USub, Operand: not ConstantSyntax };

    private static bool Leaves(ExpressionSyntax e) => e switch
    {
        BinOpSyntax { Op: BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.Div } b => Leaves(b.Left) && Leaves(b.Right),
        UnaryOpSyntax { Op: UnaryOperator.USub } u => Leaves(u.Operand),
        ConstantSyntax { Value: double or BigInteger } => true,
        NameSyntax or CallSyntax or SubscriptSyntax or AttributeSyntax => true,
        _ => false,
    };

    private static bool NeverFloat(ExpressionSyntax e) =>
        e is ConstantSyntax { Value: not double } or JoinedStrSyntax or ListSyntax or TupleSyntax or DictSyntax or SetSyntax
            or ListCompSyntax or SetCompSyntax or DictCompSyntax or GeneratorExpSyntax or LambdaSyntax;

    private sealed class Walk : LocalStoreWalk
    {
        protected override void Record(SyntaxNode node)
        {
            if (node is not AssignSyntax { Targets.Count: 1 } a || a.Targets[0] is not NameSyntax t)
                return;
            if (IsFloatStore(a.Value))
                Candidates.Add(t.Id);
            else if (NeverFloat(a.Value))
                Excluded.Add(t.Id);
        }
    }
}
