using System.Collections.Generic;
using System.Numerics;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Emit;

/// <summary>
/// Chooses the function locals kept unboxed (runtime <c>IntLocal</c>): those stored from int
/// arithmetic, an int literal or a <c>range</c> loop (<c>i = 0</c>, <c>i += 1</c>,
/// <c>x = (x * 31 + i) % m</c>, <c>for i in range(n)</c>). Such a local is a pair of C# variables, the
/// object slot and a long; fused int stores write the long and allocate nothing, every other
/// store writes the slot, and every read that needs an object boxes the long. The choice is
/// therefore about speed only: any local would stay correct. Left out: parameters (their slot is
/// the C# parameter), cells and free variables (shared with other scopes), generator and async
/// functions (their locals live in the resumable state), and functions that name
/// <c>locals</c>, <c>vars</c>, <c>eval</c>, <c>exec</c> or <c>dir</c>.
/// </summary>
internal static class IntLocals
{
    public static HashSet<string>? Find(Scope scope, SyntaxNode function, IReadOnlyList<StatementSyntax> body) =>
        new Walk().Choose(scope, function, body);

    /// <summary>A value whose store may keep the local unboxed: an int literal, or + - * (and
    /// // or % by a positive literal) over names and literals with at least one int literal.</summary>
    private static bool IsIntStore(ExpressionSyntax value) =>
        IntLiteral(value) || (IsArithmetic(value) && Leaves(value, out bool literal) && literal);

    private static bool NeverInt(ExpressionSyntax e) =>
        e is ConstantSyntax { Value: not BigInteger } or JoinedStrSyntax or ListSyntax or TupleSyntax or DictSyntax or SetSyntax
            or ListCompSyntax or SetCompSyntax or DictCompSyntax or GeneratorExpSyntax or LambdaSyntax;

    private static bool IntLiteral(ExpressionSyntax e) =>
        e is ConstantSyntax { Value: BigInteger } || e is UnaryOpSyntax { Op: UnaryOperator.USub, Operand: ConstantSyntax { Value: BigInteger } };

    private static bool IsArithmetic(ExpressionSyntax e) =>
        e is BinOpSyntax { Op: BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.FloorDiv or BinaryOperator.Mod };

    private static bool Leaves(ExpressionSyntax e, out bool literal)
    {
        literal = false;
        switch (e)
        {
            case BinOpSyntax b when IsArithmetic(b):
                bool ok = Leaves(b.Left, out bool l) & Leaves(b.Right, out bool r);
                literal = l || r;
                return ok;
            case UnaryOpSyntax { Op: UnaryOperator.USub } u:
                return Leaves(u.Operand, out literal);
            case ConstantSyntax { Value: BigInteger }:
                literal = true;
                return true;
            case NameSyntax or CallSyntax or SubscriptSyntax or AttributeSyntax:
                return true;
            default:
                return false;
        }
    }

    private sealed class Walk : LocalStoreWalk
    {
        protected override void Record(SyntaxNode node)
        {
            switch (node)
            {
                case AssignSyntax a when a.Targets.Count == 1 && a.Targets[0] is NameSyntax t && IsIntStore(a.Value):
                    Candidates.Add(t.Id);
                    break;
                case AssignSyntax a when a.Targets.Count == 1 && a.Targets[0] is NameSyntax t && NeverInt(a.Value):
                    Excluded.Add(t.Id);
                    break;
                case AugAssignSyntax { Target: NameSyntax t, Op: BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult } aa
                    when IntLiteral(aa.Value) || aa.Value is NameSyntax || IsIntStore(aa.Value):
                    Candidates.Add(t.Id);
                    break;
                // s //= 10, h %= m: by a positive literal, as int fusion takes them.
                case AugAssignSyntax { Target: NameSyntax t, Op: BinaryOperator.FloorDiv or BinaryOperator.Mod, Value: ConstantSyntax { Value: BigInteger d } }
                    when d.Sign > 0:
                    Candidates.Add(t.Id);
                    break;
                case ForSyntax { Target: NameSyntax t, Iter: CallSyntax { Func: NameSyntax { Id: "range" } } }:
                    Candidates.Add(t.Id);
                    break;
            }
        }
    }
}
