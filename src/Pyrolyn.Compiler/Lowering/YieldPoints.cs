using System.Collections.Generic;
using System.Linq;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Lowering;

/// <summary>
/// Where a generator can suspend. A statement "contains a yield" when a <c>yield</c> or
/// <c>yield from</c> of its own function occurs in it (nested functions, lambdas, classes and
/// comprehensions are other scopes). The emitter compiles such statements as resumable code;
/// the lowerer uses <see cref="UnsupportedPosition"/> to report the few positions it does not.
/// </summary>
public static class YieldPoints
{
    public static bool IsYield(SyntaxNode node) => node is YieldSyntax or YieldFromSyntax;

    /// <summary>True when a yield of the current function occurs inside <paramref name="node"/>.</summary>
    public static bool Contains(SyntaxNode? node)
    {
        if (node is null)
            return false;
        if (IsYield(node))
            return true;
        if (IsOtherScope(node))
            return false;
        foreach (var field in node.GetFields())
        {
            if (field.Value is SyntaxNode child)
            {
                if (Contains(child))
                    return true;
            }
            else if (field.Value is System.Collections.IEnumerable items && field.Value is not string)
            {
                foreach (var item in items)
                    if (item is SyntaxNode n && Contains(n))
                        return true;
            }
        }
        return false;
    }

    public static bool ContainsAny(IEnumerable<SyntaxNode> nodes)
    {
        foreach (var n in nodes)
            if (Contains(n))
                return true;
        return false;
    }

    /// <summary>Nodes whose insides (mostly) belong to another scope. Their parts evaluated in the
    /// enclosing scope (defaults, decorators, bases, a comprehension's first iterable) cannot
    /// suspend: see <see cref="UnsupportedPosition"/>.</summary>
    private static bool IsOtherScope(SyntaxNode node) =>
        node is FunctionDefSyntax or AsyncFunctionDefSyntax or ClassDefSyntax or LambdaSyntax
            or ListCompSyntax or SetCompSyntax or DictCompSyntax or GeneratorExpSyntax;

    /// <summary>
    /// For a yield whose ancestors are <paramref name="path"/> (outermost first, the yield last):
    /// null when the emitter can suspend there, else the name of the unsupported position.
    /// </summary>
    public static string? UnsupportedPosition(IReadOnlyList<SyntaxNode> path)
    {
        for (int i = path.Count - 2; i >= 0; i--)
        {
            var parent = path[i];
            var child = path[i + 1];
            if (parent is StatementSyntax statement)
                return StatementAllows(statement, child) ? null : "'yield' in this position of " + Describe(statement);
            switch (parent)
            {
                case LambdaSyntax lam:
                    // In the body, the lambda is a generator function of its own.
                    return ReferenceEquals(child, lam.Body) ? null : "'yield' in a lambda's default value";
                case ListCompSyntax or SetCompSyntax or DictCompSyntax or GeneratorExpSyntax:
                    return "'yield' in a comprehension's first iterable";
                case CompareSyntax c when c.Ops.Count > 1:
                    return "'yield' in a chained comparison";
                case NamedExprSyntax ne when !ReferenceEquals(child, ne.Value):
                    return "'yield' in an assignment expression target";
            }
        }
        return "'yield' outside a statement";
    }

    /// <summary>The expression positions of a statement that the emitter evaluates resumably.</summary>
    private static bool StatementAllows(StatementSyntax s, SyntaxNode child) => s switch
    {
        ExprStatementSyntax e => ReferenceEquals(child, e.Value),
        // a[i] = v and a.b = v evaluate the target's operands after the value.
        AssignSyntax a => ReferenceEquals(child, a.Value) || (child is SubscriptSyntax or AttributeSyntax && a.Targets.Contains(child)),
        AugAssignSyntax aa => ReferenceEquals(child, aa.Value),
        AnnAssignSyntax an => ReferenceEquals(child, an.Value),
        ReturnSyntax r => ReferenceEquals(child, r.Value),
        IfSyntax i => ReferenceEquals(child, i.Test),
        WhileSyntax w => ReferenceEquals(child, w.Test),
        ForSyntax f => ReferenceEquals(child, f.Iter),
        RaiseSyntax ra => ReferenceEquals(child, ra.Exception) || ReferenceEquals(child, ra.Cause),
        AssertSyntax asr => ReferenceEquals(child, asr.Test) || ReferenceEquals(child, asr.Message),
        WithSyntax => child is WithItemSyntax wi && !Contains(wi.OptionalVars),
        _ => false,
    };

    private static string Describe(StatementSyntax s)
    {
        string name = s.PythonName.ToLowerInvariant();
        return ("aeiou".IndexOf(name[0]) >= 0 ? "an " : "a ") + name + " statement";
    }
}
