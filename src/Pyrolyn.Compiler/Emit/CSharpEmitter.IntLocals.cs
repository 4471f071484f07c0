using System.Linq;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Emit;

/// <summary>
/// Stores, reads and comparisons of the locals kept unboxed (see <see cref="IntLocals"/>): a
/// store of int arithmetic computes in longs (as int fusion does) and keeps the result in the
/// local's long when no operation overflowed, so <c>i += 1</c> allocates nothing; a comparison
/// such as <c>i &lt; n</c> compares longs. Either falls back to the general code, written as
/// before, when an operand is not an exact int that fits.
/// </summary>
public sealed partial class CSharpEmitter
{
    private static bool IsIntLocal(FunctionContext ctx, string name) =>
        ctx.IntLocals is { } locals && locals.Contains(name) && ctx.Scope.Kind == ScopeKind.Function
        && ctx.Generator is null
        // Inside its loop an index-only range variable is that loop's C# long instead.
        && ctx.UnboxedLoopVariables?.ContainsKey(name) != true;

    /// <summary>A fused operand that reads an unboxed local (not a global of the same name).</summary>
    private static bool IsIntLocalOperand(FunctionContext ctx, FusedOperand o) =>
        o.Node is NameSyntax n && o.Variable == CSharpNames.Local(n.Id) && IsIntLocal(ctx, n.Id);

    /// <summary><c>name = value</c> (or an augmented assignment, as <c>name op value</c> with
    /// <paramref name="general"/> its ordinary code) for an unboxed local; false when the value is
    /// not int arithmetic, and the caller stores it as usual.</summary>
    private bool TryEmitIntLocalStore(FunctionContext ctx, string name, ExpressionSyntax value, System.Func<string> general)
    {
        if (!IsIntLocal(ctx, name) || !FusionAllowed(ctx) || _intFusionOff)
            return false;
        var w = ctx.Body;
        string slot = CSharpNames.Local(name), number = CSharpNames.LocalLong(name);
        if (NumericLiteral(value, out bool isFloat, out _) is { } literal)
        {
            if (isFloat)
                return false;
            w.Line($"{slot} = {R}IntLocal.Set({literal}, out {number});");
            return true;
        }
        if (value is NameSyntax other && other.Id != name && IsIntLocal(ctx, other.Id))
        {
            // A copy keeps the representation: the slot (marker, object or null) and the long.
            w.Line($"{number} = {CSharpNames.LocalLong(other.Id)};");
            w.Line($"{slot} = {CSharpNames.Local(other.Id)} ?? {R}Names.UnboundLocal({CSharpNames.String(other.Id)});");
            return true;
        }
        var tree = new FusedTree();
        if (!AnalyzeInt(ctx, value, tree) || tree.Operations < 1 || !Valid(tree))
            return false;
        bool evaluated = tree.Operands.Any(o => o.Variable is null);
        string guard = FusedGuard(ctx, tree, IntOperandTest);
        string result = "fl" + (++_fusedNames);
        string longValue = LongExpr(value, tree);
        string generalCode = evaluated ? FusedGeneral(ctx, tree, general) : WithoutIntFusion(general);
        w.Line($"if ({guard} && {R}IntLocal.Fits({longValue}, out long {result}))");
        w.Line($"    {{ {number} = {result}; {slot} = {R}IntLocal.Unboxed; }}");
        w.Line("else");
        w.Line($"    {slot} = {generalCode};");
        return true;
    }

    /// <summary>A subscript index that is an unboxed local (<c>a[i]</c>) or int arithmetic over
    /// one (<c>a[i + 1]</c>, <c>names[s % 10]</c>): the arguments of IntLocal.GetItem/SetItem, a
    /// slot that is the marker when the index is in the long (which then indexes unboxed), else the
    /// index object; null when it does not qualify.</summary>
    private string? IntLocalIndex(FunctionContext ctx, ExpressionSyntax slice)
    {
        if (slice is NameSyntax n)
            return IsIntLocal(ctx, n.Id)
                ? $"{CSharpNames.Local(n.Id)} ?? {R}Names.UnboundLocal({CSharpNames.String(n.Id)}), {CSharpNames.LocalLong(n.Id)}"
                : null;
        if (slice is not BinOpSyntax || !FusionAllowed(ctx) || _intFusionOff)
            return null;
        var tree = new FusedTree();
        if (!AnalyzeInt(ctx, slice, tree) || tree.Operations < 1 || !Valid(tree)
            || tree.Operands.Any(o => o.Variable is null)
            || !tree.Operands.Any(o => IsIntLocalOperand(ctx, o)))
            return null;
        string guard = FusedGuard(ctx, tree, IntOperandTest);
        string index = ctx.Temp("long");
        string general = WithoutIntFusion(() => Expr(ctx, slice));
        return $"({guard} && {R}IntLocal.Fits({LongExpr(slice, tree)}, out {index})) ? {R}IntLocal.Unboxed : {general}, {index}";
    }

    /// <summary>A single comparison of int arithmetic that involves an unboxed local, compared
    /// as longs; null when it does not qualify.</summary>
    private string? IntLocalCompare(FunctionContext ctx, CompareSyntax c)
    {
        if (!FusionAllowed(ctx) || _intFusionOff || c.Ops.Count != 1)
            return null;
        if (NumericComparison(c.Ops[0]) is not { } op)
            return null;
        var tree = new FusedTree();
        if (!AnalyzeInt(ctx, c.Left, tree) || !AnalyzeInt(ctx, c.Comparators[0], tree) || !Valid(tree)
            || !tree.Operands.Any(o => IsIntLocalOperand(ctx, o)))
            return null;
        bool evaluated = tree.Operands.Any(o => o.Variable is null);
        string guard = FusedGuard(ctx, tree, IntOperandTest);
        string left = LongExpr(c.Left, tree), right = LongExpr(c.Comparators[0], tree);
        string general = evaluated
            ? FusedGeneral(ctx, tree, () => CondGeneral(ctx, c))
            : WithoutIntFusion(() => FusedCompare(ctx, c) ?? CondGeneral(ctx, c));
        if (tree.Operations == 0)
            return $"({guard} ? {left} {op} {right} : {general})";
        string l = "fl" + (++_fusedNames), r = "fl" + (++_fusedNames);
        return $"({guard} && {R}IntLocal.Fits({left}, out long {l}) && {R}IntLocal.Fits({right}, out long {r}) ? {l} {op} {r} : {general})";
    }
}
