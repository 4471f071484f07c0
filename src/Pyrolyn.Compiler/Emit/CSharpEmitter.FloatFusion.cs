using System.Collections.Generic;
using System.Linq;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Emit;

/// <summary>
/// Fused float arithmetic: an expression tree of + - * / and unary minus (<c>zr * zr - zi * zi + cr</c>)
/// gets a second, unboxed version that runs when every operand is a float (or, where the
/// operation converts it anyway, an int exact as a double): one PyFloat for the result instead of
/// one per operation. Otherwise the general code runs, written as before.
/// <para>Why it is exact: float + - * / on doubles are what CPython computes (IEEE, no fused
/// multiply-add), and with float operands they have no side effects. Operands are read in
/// Python's order; variable reads are pure, so they are tested first. Other operands (attribute,
/// subscript, call) are evaluated once, in order, into temporaries: when one is not a number
/// the general code takes over and reuses the values already computed (<c>t ?? expr</c>), so no
/// operand is evaluated twice and none early. A division whose divisor is an operand is only
/// fused when the divisor is non-zero (the general code raises ZeroDivisionError with int's or
/// float's message); a computed divisor is only fused when no operand is evaluated after it.</para>
/// </summary>
public sealed partial class CSharpEmitter
{
    /// <summary>Set while writing a fused tree's general code (which is not fused again).</summary>
    private bool _fusionOff;
    private int _fusedNames;

    private const int MaxFusedOperands = 12;
    private const int MaxFusedEvaluatedOperands = 6;

    private enum FusedKind { Reject, Float, IntLiteral, Operand }

    private sealed class FusedOperand
    {
        public FusedOperand(ExpressionSyntax node, string? variable, bool shared = false) { Node = node; Variable = variable; Shared = shared; }
        public ExpressionSyntax Node { get; }
        /// <summary>A global or closure variable: code run by an evaluated operand may rebind it.</summary>
        public bool Shared { get; }
        /// <summary>The C# variable of a local or global read; null for an evaluated operand.</summary>
        public string? Variable { get; }
        /// <summary>Must be a float (else an exact int is accepted and converted).</summary>
        public bool MustBeFloat { get; set; }
        /// <summary>Used as a divisor: the fused code requires it non-zero.</summary>
        public bool NonZero { get; set; }
        public string Name { get; set; } = "";
        /// <summary>The C# long of a local kept unboxed (IntLocals), tested with the slot.</summary>
        public string? IntLocal { get; set; }
        /// <summary>The C# double of a local kept unboxed (FloatLocals), tested with the slot.</summary>
        public string? FloatLocal { get; set; }
        public string? Temp { get; set; }
        public int Order { get; set; }
        /// <summary>Code that reads an augmented assignment target's current value.</summary>
        public string? Text { get; set; }
        public string Value => MustBeFloat && FloatLocal is null ? Name + ".Value" : Name;
    }

    private sealed class FusedTree
    {
        public List<FusedOperand> Operands { get; } = new();
        public Dictionary<string, FusedOperand> Variables { get; } = new();
        public Dictionary<ExpressionSyntax, FusedOperand> ByNode { get; } = new();
        public int Operations { get; set; }
        public int Evaluated { get; set; }
        /// <summary>Operands evaluated so far when the first computed divisor is divided by.</summary>
        public int FirstComputedDivision { get; set; } = int.MaxValue;
        /// <summary>Int fusion: the tree has a // or % (which float fusion does not take).</summary>
        public bool HasIntDivision { get; set; }
    }

    private bool FusionAllowed(FunctionContext ctx) =>
        !_fusionOff && ctx.Generator is null && ctx.Spilled is null && ctx.Scope.Kind != ScopeKind.Class;

    /// <summary>An arithmetic expression with a fused float path, or null.</summary>
    private string? FusedFloatValue(FunctionContext ctx, ExpressionSyntax e)
    {
        if (!FusionAllowed(ctx))
            return null;
        var tree = new FusedTree();
        if (Analyze(ctx, e, tree, out _) != FusedKind.Float || tree.Operations < 2 || !Valid(tree))
            return null;
        string guard = FusedGuard(ctx, tree);
        string value = DoubleExpr(e, tree);
        string general = FusedGeneral(ctx, tree, () => Expr(ctx, e));
        return $"({guard} ? new {R}PyFloat({value}) : {general})";
    }

    /// <summary><c>x op= value</c> for a local or global x, fused as <c>x op value</c> (an exact
    /// float has no in-place methods); null when it does not qualify.</summary>
    /// <param name="current">For an attribute or subscript target: the C# code reading its
    /// current value (object and key already evaluated); the general code gets the value read
    /// (or this code when the fused test did not get to it) through <see cref="FusedCurrent"/>.</param>
    private string? FusedAugAssign(FunctionContext ctx, AugAssignSyntax aa, System.Func<string> general, string? current = null)
    {
        if (!FusionAllowed(ctx) || (aa.Target is NameSyntax) == (current is not null)
            || aa.Op is not (BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.Div))
            return null;
        var e = new BinOpSyntax(aa.Span, aa.Target, aa.Op, aa.Value);
        var tree = new FusedTree();
        if (current is not null)
        {
            var read = new FusedOperand(aa.Target, null) { Text = current };
            tree.Operands.Add(read);
            tree.ByNode[aa.Target] = read;
            tree.Evaluated++;
        }
        if (Analyze(ctx, e, tree, out _) != FusedKind.Float || tree.Operations < 2 || !Valid(tree)
            || !tree.ByNode.TryGetValue(aa.Target, out var target) || (current is null && target.Variable is null))
            return null;
        string guard = FusedGuard(ctx, tree);
        string value = DoubleExpr(e, tree);
        return $"({guard} ? new {R}PyFloat({value}) : {FusedGeneral(ctx, tree, general)})";
    }

    /// <summary>A comparison with arithmetic on either side, fused to a double comparison.</summary>
    private string? FusedCompare(FunctionContext ctx, CompareSyntax c)
    {
        if (!FusionAllowed(ctx) || c.Ops.Count != 1)
            return null;
        if (NumericComparison(c.Ops[0]) is not { } op)
            return null;
        var tree = new FusedTree();
        var lk = Analyze(ctx, c.Left, tree, out _);
        if (lk == FusedKind.Reject)
            return null;
        var rk = Analyze(ctx, c.Comparators[0], tree, out _);
        // Operands compared with an int or float compare exactly as doubles (both exact).
        if (rk == FusedKind.Reject || tree.Operations < 1 || (lk == FusedKind.IntLiteral && rk == FusedKind.IntLiteral) || !Valid(tree))
            return null;
        string guard = FusedGuard(ctx, tree);
        string test = $"{DoubleExpr(c.Left, tree)} {op} {DoubleExpr(c.Comparators[0], tree)}";
        string general = FusedGeneral(ctx, tree, () => CondGeneral(ctx, c));
        return $"({guard} ? {test} : {general})";
    }

    /// <summary>The C# operator of a comparison that fused numbers compare with, or null.</summary>
    private static string? NumericComparison(CompareOperator op) => op switch
    {
        CompareOperator.Lt => "<", CompareOperator.LtE => "<=", CompareOperator.Gt => ">",
        CompareOperator.GtE => ">=", CompareOperator.Eq => "==", CompareOperator.NotEq => "!=",
        _ => null,
    };

    private static bool Valid(FusedTree tree) =>
        tree.Operands.Count > 0 && tree.Operands.Count <= MaxFusedOperands && tree.Evaluated <= MaxFusedEvaluatedOperands
        && tree.Operands.All(o => o.Variable is not null || o.Order < tree.FirstComputedDivision)
        && (tree.Evaluated == 0 || !tree.Operands.Any(o => o.Shared));

    private FusedKind Analyze(FunctionContext ctx, ExpressionSyntax e, FusedTree tree, out FusedOperand? operand)
    {
        operand = null;
        if (NumericLiteral(e, out bool isFloat, out _) is not null)
            return isFloat ? FusedKind.Float : FusedKind.IntLiteral;
        switch (e)
        {
            case BinOpSyntax b when b.Op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.Div:
            {
                var lk = Analyze(ctx, b.Left, tree, out var lo);
                if (lk == FusedKind.Reject)
                    return FusedKind.Reject;
                var rk = Analyze(ctx, b.Right, tree, out var ro);
                if (rk == FusedKind.Reject)
                    return FusedKind.Reject;
                tree.Operations++;
                if (b.Op == BinaryOperator.Div)
                {
                    // True division converts both int and float operands to doubles.
                    if (lk == FusedKind.IntLiteral && rk == FusedKind.IntLiteral)
                        return FusedKind.Reject;
                    if (rk == FusedKind.IntLiteral || (rk == FusedKind.Float && NumericLiteral(b.Right, out _, out _) is not null))
                    {
                        NumericLiteral(b.Right, out _, out double divisor);
                        if (divisor == 0)
                            return FusedKind.Reject;
                    }
                    else if (rk == FusedKind.Operand)
                        ro!.NonZero = true;
                    else
                        tree.FirstComputedDivision = System.Math.Min(tree.FirstComputedDivision, tree.Operands.Count);
                    return FusedKind.Float;
                }
                // + - *: a float result needs a float on one side; the other side converts.
                if (lk != FusedKind.Float && rk != FusedKind.Float)
                {
                    if (lk == FusedKind.Operand)
                        lo!.MustBeFloat = true;
                    else if (rk == FusedKind.Operand)
                        ro!.MustBeFloat = true;
                    else
                        return FusedKind.Reject;
                }
                return FusedKind.Float;
            }
            case UnaryOpSyntax { Op: UnaryOperator.USub or UnaryOperator.UAdd } u:
            {
                var k = Analyze(ctx, u.Operand, tree, out var uo);
                if (k == FusedKind.Operand)
                    uo!.MustBeFloat = true;
                else if (k != FusedKind.Float)
                    return FusedKind.Reject;
                tree.Operations++;
                return FusedKind.Float;
            }
        }
        if (tree.ByNode.TryGetValue(e, out operand))
            return FusedKind.Operand;
        if (PureRead(ctx, e, out bool shared) is { } variable)
        {
            if (!tree.Variables.TryGetValue(variable, out operand))
            {
                operand = new FusedOperand(e, variable, shared);
                tree.Variables[variable] = operand;
                tree.Operands.Add(operand);
            }
            tree.ByNode[e] = operand;
            return FusedKind.Operand;
        }
        if (e is AttributeSyntax or SubscriptSyntax or CallSyntax && CanWriteTwice(e))
        {
            operand = new FusedOperand(e, null) { Order = tree.Operands.Count };
            tree.Operands.Add(operand);
            tree.ByNode[e] = operand;
            tree.Evaluated++;
            return FusedKind.Operand;
        }
        return FusedKind.Reject;
    }

    /// <summary>A local or global variable read (no side effects; null while unbound).</summary>
    private string? PureRead(FunctionContext ctx, ExpressionSyntax e, out bool shared)
    {
        shared = true;
        if (e is not NameSyntax n || UnboxedLoopIndex(ctx, n) is not null)
            return null;
        var scope = ctx.Scope;
        var sym = scope.Lookup(n.Id);
        if (scope.Kind == ScopeKind.Class)
            return null;
        if (scope.Kind == ScopeKind.Module || sym is null || sym.IsGlobal)
            return _globalSet.Contains(n.Id) && !BuiltinNames.All.Contains(n.Id) ? CSharpNames.Global(n.Id) : null;
        shared = sym.Kind != SymbolKind.Local;
        return n.Id == "__class__" ? null : CSharpNames.Local(n.Id);
    }

    /// <summary>Whether an operand's C# code can be written twice (fused and general versions):
    /// nothing inside defines functions or binds names.</summary>
    private static bool CanWriteTwice(SyntaxNode node)
    {
        if (node is LambdaSyntax or ListCompSyntax or SetCompSyntax or DictCompSyntax or GeneratorExpSyntax
            or NamedExprSyntax or YieldSyntax or YieldFromSyntax or AwaitSyntax)
            return false;
        foreach (var f in node.GetFields())
        {
            if (f.Value is SyntaxNode c && !CanWriteTwice(c))
                return false;
            if (f.Value is System.Collections.IEnumerable list && f.Value is not string)
                foreach (var item in list)
                    if (item is SyntaxNode sn && !CanWriteTwice(sn))
                        return false;
        }
        return true;
    }

    /// <summary>The test that every operand is a number: variables first (pure), then the
    /// evaluated operands in order, each into its temporary (cleared first, see FusedGeneral).</summary>
    private string FusedGeneral(FunctionContext ctx, FusedTree tree, System.Func<string> general)
    {
        var evaluated = tree.Operands.Where(o => o.Variable is null).ToList();
        if (evaluated.Count == 0)
            return WithoutFusion(general);
        // Each evaluated operand is reused when the fused test got to it.
        var texts = evaluated.Select(o => $"({o.Temp} ?? {o.Text ?? WithoutFusion(() => Expr(ctx, o.Node))})").ToList();
        ctx.Spilled = new Dictionary<ExpressionSyntax, string>();
        for (int i = 0; i < evaluated.Count; i++)
            ctx.Spilled[evaluated[i].Node] = texts[i];
        try
        {
            return WithoutFusion(general);
        }
        finally
        {
            ctx.Spilled = null;
        }
    }

    /// <summary>An augmented assignment target's current value in the general code.</summary>
    private static string FusedCurrent(FunctionContext ctx, AugAssignSyntax aa, string current) =>
        ctx.Spilled is { } spilled && spilled.TryGetValue(aa.Target, out var text) ? text : current;

    private string WithoutFusion(System.Func<string> write)
    {
        bool saved = _fusionOff;
        _fusionOff = true;
        try
        {
            return write();
        }
        finally
        {
            _fusionOff = saved;
        }
    }

    private string FusedGuard(FunctionContext ctx, FusedTree tree, System.Func<FusedOperand, string, string>? test = null)
    {
        test ??= OperandTest;
        var parts = new List<string>();
        var evaluated = new List<FusedOperand>();
        foreach (var o in tree.Operands)
        {
            o.Name = "fp" + (++_fusedNames);
            o.IntLocal = IsIntLocalOperand(ctx, o) ? CSharpNames.LocalLong(((NameSyntax)o.Node).Id) : null;
            o.FloatLocal = IsFloatLocalOperand(ctx, o) ? CSharpNames.LocalDouble(((NameSyntax)o.Node).Id) : null;
            if (o.Variable is null)
            {
                o.Temp = ctx.Temp();
                evaluated.Add(o);
            }
        }
        if (evaluated.Count > 0)
            parts.Add($"({string.Join(" = ", evaluated.Select(o => o.Temp))} = null) is null");
        foreach (var o in tree.Operands.Where(o => o.Variable is not null))
            parts.Add(test(o, o.Variable!));
        foreach (var o in evaluated)
            parts.Add(test(o, $"({o.Temp} = {o.Text ?? Expr(ctx, o.Node)})"));
        return "(" + string.Join(" && ", parts) + ")";
    }

    private static string OperandTest(FusedOperand o, string value)
    {
        string test = o.FloatLocal is { } f
                ? $"{R}FloatLocal.{(o.MustBeFloat ? "IsFloat" : "FusedOperand")}({value}, {f}, out double {o.Name})"
            : o.MustBeFloat ? $"{value} is {R}PyFloat {o.Name}"
            : o.IntLocal is { } l ? $"{R}IntLocal.FusedOperand({value}, {l}, out double {o.Name})"
            : $"{R}Ops.FusedOperand({value}, out double {o.Name})";
        return o.NonZero ? $"{test} && {o.Value} != 0" : test;
    }

    private string DoubleExpr(ExpressionSyntax e, FusedTree tree)
    {
        if (NumericLiteral(e, out bool isFloat, out double value) is not null)
            return isFloat ? DoubleLiteral(value) : DoubleLiteral(value);
        switch (e)
        {
            case BinOpSyntax b:
            {
                string l = DoubleExpr(b.Left, tree), r = DoubleExpr(b.Right, tree);
                return b.Op switch
                {
                    BinaryOperator.Add => $"({l} + {r})",
                    BinaryOperator.Sub => $"({l} - {r})",
                    BinaryOperator.Mult => $"({l} * {r})",
                    // Operand and literal divisors are known non-zero here; a computed one may be zero.
                    _ => tree.ByNode.ContainsKey(b.Right) || NumericLiteral(b.Right, out _, out _) is not null
                        ? $"({l} / {r})"
                        : $"{R}PyFloat.Div({l}, {r})",
                };
            }
            case UnaryOpSyntax u:
                return u.Op == UnaryOperator.USub ? $"(-{DoubleExpr(u.Operand, tree)})" : DoubleExpr(u.Operand, tree);
            default:
                return tree.ByNode[e].Value;
        }
    }
}
