using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Emit;

/// <summary>
/// Stores and reads of the locals kept as doubles (see <see cref="FloatLocals"/>): a store of
/// float arithmetic computes in doubles (as float fusion does) and keeps the result in the
/// local's double, so <c>dx = b[0] - b2[0]</c> allocates nothing; fused expressions read the
/// double directly. The general code, written as before, runs when an operand is not a number.
/// </summary>
public sealed partial class CSharpEmitter
{
    private static bool IsFloatLocal(FunctionContext ctx, string name) =>
        ctx.FloatLocals is { } locals && locals.Contains(name) && ctx.Scope.Kind == ScopeKind.Function
        && ctx.Generator is null;

    /// <summary>A fused operand that reads a local kept as a double (not a global of the same name).</summary>
    private static bool IsFloatLocalOperand(FunctionContext ctx, FusedOperand o) =>
        o.Node is NameSyntax n && o.Variable == CSharpNames.Local(n.Id) && IsFloatLocal(ctx, n.Id);

    /// <summary><c>name = value</c> (or an augmented assignment, as <c>name op value</c> with
    /// <paramref name="general"/> its ordinary code) for a local kept as a double; false when the
    /// value is not fused float arithmetic, and the caller stores it as usual.</summary>
    private bool TryEmitFloatLocalStore(FunctionContext ctx, string name, ExpressionSyntax value, System.Func<string> general)
    {
        if (!IsFloatLocal(ctx, name) || !FusionAllowed(ctx))
            return false;
        var w = ctx.Body;
        string slot = CSharpNames.Local(name), number = CSharpNames.LocalDouble(name);
        if (value is ConstantSyntax { Value: double d })
        {
            w.Line($"{number} = {DoubleLiteral(d)};");
            w.Line($"{slot} = {R}FloatLocal.Unboxed;");
            return true;
        }
        var tree = new FusedTree();
        if (Analyze(ctx, value, tree, out _) != FusedKind.Float || tree.Operations < 1 || !Valid(tree))
            return false;
        string guard = FusedGuard(ctx, tree);
        string doubleValue = DoubleExpr(value, tree);
        string generalCode = FusedGeneral(ctx, tree, general);
        w.Line($"if ({guard})");
        w.Line($"    {{ {number} = {doubleValue}; {slot} = {R}FloatLocal.Unboxed; }}");
        w.Line("else");
        w.Line($"    {slot} = {generalCode};");
        return true;
    }
}
