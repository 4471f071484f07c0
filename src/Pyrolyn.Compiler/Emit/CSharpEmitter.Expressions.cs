using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Lowering;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Emit;

public sealed partial class CSharpEmitter
{
    // Above the binder's limit, which reports deeper nesting first: never reached in practice.
    private const int MaxExpressionDepth = 1000;

    private static readonly Dictionary<BinaryOperator, string> BinaryOps = new()
    {
        [BinaryOperator.Add] = "Add", [BinaryOperator.Sub] = "Sub", [BinaryOperator.Mult] = "Mul",
        [BinaryOperator.MatMult] = "MatMul", [BinaryOperator.Div] = "TrueDiv", [BinaryOperator.FloorDiv] = "FloorDiv",
        [BinaryOperator.Mod] = "Mod", [BinaryOperator.Pow] = "Pow", [BinaryOperator.LShift] = "LShift",
        [BinaryOperator.RShift] = "RShift", [BinaryOperator.BitAnd] = "BitAnd", [BinaryOperator.BitOr] = "BitOr",
        [BinaryOperator.BitXor] = "BitXor",
    };

    private static string CompareName(CompareOperator op) => op switch
    {
        CompareOperator.Eq => "Eq",
        CompareOperator.NotEq => "Ne",
        CompareOperator.Lt => "Lt",
        CompareOperator.LtE => "Le",
        CompareOperator.Gt => "Gt",
        _ => "Ge",
    };

    /// <summary>A C# bool expression for a Python condition.</summary>
    private string Cond(FunctionContext ctx, ExpressionSyntax e)
    {
        if (ctx.Spilled is { } spilled && spilled.TryGetValue(e, out var temp))
            return $"{R}Ops.IsTrue({temp})";
        switch (e)
        {
            case ConstantSyntax { Value: bool b }:
                return b ? "true" : "false";
            case UnaryOpSyntax { Op: UnaryOperator.Not } u:
                return "!(" + Cond(ctx, u.Operand) + ")";
            case BoolOpSyntax bo:
                return "(" + string.Join(bo.Op == BoolOperator.And ? " && " : " || ", bo.Values.Select(v => Cond(ctx, v))) + ")";
            case CompareSyntax c:
                return IntLocalCompare(ctx, c) ?? FusedCompare(ctx, c) ?? CondGeneral(ctx, c);
            case NameSyntax n when IsIntLocal(ctx, n.Id):
                return $"{R}IntLocal.IsTrue({CSharpNames.Local(n.Id)} ?? {R}Names.UnboundLocal({CSharpNames.String(n.Id)}), {CSharpNames.LocalLong(n.Id)})";
            default:
                return $"{R}Ops.IsTrue({Expr(ctx, e)})";
        }
    }

    /// <summary>A comparison (possibly chained) as a C# bool, through the runtime's comparisons.</summary>
    private string CondGeneral(FunctionContext ctx, CompareSyntax c)
    {
        var parts = new List<string>();
        string left = Expr(ctx, c.Left);
        for (int i = 0; i < c.Ops.Count; i++)
        {
            if (i < c.Ops.Count - 1)
            {
                string t = ctx.Temp();
                string right = $"({t} = {Expr(ctx, c.Comparators[i])})";
                parts.Add(CompareBool(c.Ops[i], left, right));
                left = t;
            }
            else
            {
                parts.Add(CompareBool(c.Ops[i], left, CompareRight(ctx, c.Ops[i], c.Comparators[i])));
            }
        }
        return parts.Count == 1 ? parts[0] : "(" + string.Join(" && ", parts) + ")";
    }

    private static string CompareBool(CompareOperator op, string a, string b) => op switch
    {
        CompareOperator.Is => $"{R}Ops.Is({a}, {b})",
        CompareOperator.IsNot => $"!{R}Ops.Is({a}, {b})",
        CompareOperator.In => $"{R}Ops.In({a}, {b})",
        CompareOperator.NotIn => $"!{R}Ops.In({a}, {b})",
        _ => $"{R}Ops.{CompareName(op)}Bool({a}, {b})",
    };

    private static string CompareValue(CompareOperator op, string a, string b) => op switch
    {
        CompareOperator.Is or CompareOperator.IsNot or CompareOperator.In or CompareOperator.NotIn =>
            $"{R}PyBool.From({CompareBool(op, a, b)})",
        _ => $"{R}Ops.{CompareName(op)}({a}, {b})",
    };

    private string Expr(FunctionContext ctx, ExpressionSyntax e)
    {
        if (ctx.Spilled is { } spilled && spilled.TryGetValue(e, out var temp))
            return temp;
        if (++_depth > MaxExpressionDepth)
        {
            _depth--;
            return $"{R}Names.Undefined(\"expression nested too deeply\")";
        }
        try
        {
            return ExprCore(ctx, e);
        }
        finally
        {
            _depth--;
        }
    }

    private string ExprCore(FunctionContext ctx, ExpressionSyntax e)
    {
        switch (e)
        {
            case ConstantSyntax c:
                return ConstantExpr(c.Value);
            case NameSyntax n:
                if (ctx.UnboxedLoopVariables is { } unboxed && unboxed.TryGetValue(n.Id, out var loopLong))
                    return $"{R}PyInt.From({loopLong})";
                return LoadName(ctx, n.Id);
            case BinOpSyntax b:
                return BinaryExpr(ctx, b);
            case UnaryOpSyntax u:
                return u.Op switch
                {
                    UnaryOperator.Not => $"{R}PyBool.From(!{Cond(ctx, u.Operand)})",
                    // -1 and -2.5 are constants, as CPython's AST optimizer makes them.
                    UnaryOperator.USub when u.Operand is ConstantSyntax { Value: BigInteger or double or bool } c => ConstantExpr(c.Value switch
                    {
                        BigInteger i => -i,
                        double d => -d,
                        _ => (object)(c.Value is true ? BigInteger.MinusOne : BigInteger.Zero),
                    }),
                    UnaryOperator.USub => $"{R}Ops.Neg({Expr(ctx, u.Operand)})",
                    UnaryOperator.UAdd => $"{R}Ops.Pos({Expr(ctx, u.Operand)})",
                    _ => $"{R}Ops.Invert({Expr(ctx, u.Operand)})",
                };
            case BoolOpSyntax bo:
            {
                // a and b: the first falsy operand, else the last one.
                string result = Expr(ctx, bo.Values[bo.Values.Count - 1]);
                for (int i = bo.Values.Count - 2; i >= 0; i--)
                {
                    string t = ctx.Temp();
                    string test = $"{R}Ops.IsTrue({t} = {Expr(ctx, bo.Values[i])})";
                    result = bo.Op == BoolOperator.And ? $"({test} ? {result} : {t})" : $"({test} ? {t} : {result})";
                }
                return result;
            }
            case CompareSyntax c:
            {
                if (c.Ops.Count == 1)
                {
                    string first = Expr(ctx, c.Left);
                    return CompareValue(c.Ops[0], first, CompareRight(ctx, c.Ops[0], c.Comparators[0]));
                }
                // a < b < c: each link's result; stop at the first falsy one.
                string left = Expr(ctx, c.Left);
                var links = new List<(string Right, string? Temp)>();
                string result = "";
                var temps = new List<string>();
                var pieces = new List<string>();
                for (int i = 0; i < c.Ops.Count; i++)
                {
                    if (i < c.Ops.Count - 1)
                    {
                        string t = ctx.Temp();
                        pieces.Add(CompareValue(c.Ops[i], left, $"({t} = {Expr(ctx, c.Comparators[i])})"));
                        left = t;
                    }
                    else
                    {
                        pieces.Add(CompareValue(c.Ops[i], left, CompareRight(ctx, c.Ops[i], c.Comparators[i])));
                    }
                }
                result = pieces[pieces.Count - 1];
                for (int i = pieces.Count - 2; i >= 0; i--)
                {
                    string r = ctx.Temp();
                    result = $"({R}Ops.IsTrue({r} = {pieces[i]}) ? {result} : {r})";
                }
                return result;
            }
            case IfExpSyntax ie:
                return $"({Cond(ctx, ie.Test)} ? {Expr(ctx, ie.Body)} : {Expr(ctx, ie.OrElse)})";
            case AttributeSyntax at:
                return $"{R}Ops.GetAttr({Expr(ctx, at.Value)}, {AttrSite(at.Attr)})";
            case SubscriptSyntax sub:
            {
                string o = Expr(ctx, sub.Value);
                return IntLocalIndex(ctx, sub.Slice) is { } intIndex
                    ? $"{R}IntLocal.GetItem({o}, {intIndex})"
                    : $"{R}Ops.GetItem({o}, {IndexOperand(ctx, sub.Slice)})";
            }
            case SliceSyntax sl:
                return $"new {R}PySlice({OptExpr(ctx, sl.Lower)}, {OptExpr(ctx, sl.Upper)}, {OptExpr(ctx, sl.Step)})";
            case TupleSyntax t:
                if (t.Elements.Count == 0)
                    return $"{R}PyTuple.Empty";
                if (t.Elements.Any(x => x is StarredSyntax))
                    return $"{R}Build.Tuple({StarItems(ctx, t.Elements)})";
                return $"new {R}PyTuple(new {Obj}[] {{ {string.Join(", ", t.Elements.Select(x => Expr(ctx, x)))} }})";
            case ListSyntax l:
                if (l.Elements.Any(x => x is StarredSyntax))
                    return $"{R}Build.List({StarItems(ctx, l.Elements)})";
                return l.Elements.Count == 0
                    ? $"new {R}PyList()"
                    : $"new {R}PyList(new {Obj}[] {{ {string.Join(", ", l.Elements.Select(x => Expr(ctx, x)))} }})";
            case SetSyntax s:
                return ConstantFolding.IsConstantSetDisplay(s)
                    ? $"{R}Build.ConstantSet(new {Obj}[] {{ {string.Join(", ", s.Elements.Select(x => Expr(ctx, x)))} }})"
                    : $"{R}Build.Set({StarItems(ctx, s.Elements)})";
            case DictSyntax d:
            {
                var keys = d.Keys.Select(k => k is null ? "null" : Expr(ctx, k)).ToList();
                var values = d.Values.Select(v => Expr(ctx, v)).ToList();
                // Key and value evaluation interleave, as in CPython.
                if (d.Keys.Any(k => k is null))
                    return $"{R}Build.Dict(new {Obj}?[] {{ {string.Join(", ", keys)} }}, new {Obj}[] {{ {string.Join(", ", values)} }})";
                var pairs = new List<string>();
                for (int i = 0; i < keys.Count; i++)
                {
                    pairs.Add(keys[i]);
                    pairs.Add(values[i]);
                }
                return $"{R}PyDict.FromPairs(new {Obj}[] {{ {string.Join(", ", pairs)} }})";
            }
            case CallSyntax call:
                return EmitCall(ctx, call);
            case LambdaSyntax lam:
                return EmitFunctionObject(ctx, lam, "<lambda>", lam.Args, null, lam.Body);
            case ListCompSyntax or SetCompSyntax or DictCompSyntax:
                return EmitComprehension(ctx, e);
            case GeneratorExpSyntax ge:
                return EmitGeneratorExpression(ctx, ge);
            case NamedExprSyntax ne:
            {
                string value = Expr(ctx, ne.Value);
                return ne.Target is NameSyntax target ? $"({StoreExpr(ctx, target.Id, value)})" : value;
            }
            case JoinedStrSyntax js:
                return $"new {R}PyStr({JoinedString(ctx, js)})";
            case FormattedValueSyntax fv:
                return $"new {R}PyStr({FormattedValue(ctx, fv)})";
            case StarredSyntax st:
                return Expr(ctx, st.Value);
            default:
                return $"throw {R}Errors.NotImplementedError({CSharpNames.String(e.PythonName + " is not supported")})";
        }
    }

    private string OptExpr(FunctionContext ctx, ExpressionSyntax? e) => e is null ? $"{R}PyNone.Instance" : Expr(ctx, e);

    /// <summary>The iterable of a for loop or comprehension. CPython iterates a set display of
    /// constants there as a frozenset constant.</summary>
    private string IterExpr(FunctionContext ctx, ExpressionSyntax iter) =>
        iter is SetSyntax s && s.Elements.All(ConstantFolding.IsConstant)
            ? $"{R}Build.ConstantFrozenSet(new {Obj}[] {{ {string.Join(", ", s.Elements.Select(x => Expr(ctx, x)))} }})"
            : Expr(ctx, iter);

    private string StarItems(FunctionContext ctx, IReadOnlyList<ExpressionSyntax> items) =>
        $"new {Obj}[] {{ {string.Join(", ", items.Select(x => Expr(ctx, x)))} }}, new bool[] {{ {string.Join(", ", items.Select(x => x is StarredSyntax ? "true" : "false"))} }}";

    private string JoinedString(FunctionContext ctx, JoinedStrSyntax js)
    {
        if (js.Values.Count == 0)
            return "\"\"";
        var parts = js.Values.Select(v => v switch
        {
            ConstantSyntax { Value: string s } => CSharpNames.String(s),
            FormattedValueSyntax fv => FormattedValue(ctx, fv),
            _ => $"{R}Ops.Str({Expr(ctx, v)})",
        });
        return "string.Concat(new string[] { " + string.Join(", ", parts) + " })";
    }

    private string FormattedValue(FunctionContext ctx, FormattedValueSyntax fv)
    {
        string spec = fv.FormatSpec switch
        {
            null => "\"\"",
            JoinedStrSyntax js => JoinedString(ctx, js),
            var other => $"{R}Ops.Str({Expr(ctx, other)})",
        };
        return $"{R}Build.FormatValue({Expr(ctx, fv.Value)}, {fv.Conversion}, {spec})";
    }

    /// <summary>An assignment as an expression (walrus): returns the C# assignment text.</summary>
    private string StoreExpr(FunctionContext ctx, string name, string value)
    {
        var scope = ctx.Scope;
        var sym = scope.Lookup(name);
        if (scope.Kind == ScopeKind.Module || sym is null || sym.IsGlobal)
            return $"{CSharpNames.Global(name)} = {value}";
        return $"{CSharpNames.Local(name)} = {value}";
    }

    private string ConstantExpr(object value)
    {
        switch (value)
        {
            case NoneConstant:
                return $"{R}PyNone.Instance";
            case bool b:
                return b ? $"{R}PyBool.True" : $"{R}PyBool.False";
            case BigInteger i:
                if (i >= long.MinValue && i <= long.MaxValue)
                {
                    long l = (long)i;
                    if (l >= -5 && l <= 256)
                        return $"{R}PyInt.From({l}L)";
                    return Constant("i" + l, $"{R}PyInt.From({l}L)", Obj);
                }
                if (i.Sign < 0) // a folded -<big literal>: PyInt.Parse takes digits only
                    return Constant("I" + i, $"{R}Ops.Neg({R}PyInt.Parse(\"{(-i).ToString(CultureInfo.InvariantCulture)}\"))", Obj);
                return Constant("I" + i, $"{R}PyInt.Parse(\"{i.ToString(CultureInfo.InvariantCulture)}\")", Obj);
            case double d:
                return Constant("d" + System.BitConverter.DoubleToInt64Bits(d), $"new {R}PyFloat({CSharpNames.Double(d)})", Obj);
            case ImaginaryConstant im:
                return Constant("j" + System.BitConverter.DoubleToInt64Bits(im.Imag), $"new {R}PyComplex(0.0, {CSharpNames.Double(im.Imag)})", Obj);
            case string s:
                return Constant("s" + s, $"new {R}PyStr({CSharpNames.String(s)})", Obj);
            case byte[] bytes:
                return Constant("b" + System.Convert.ToBase64String(bytes), $"new {R}PyBytes(new byte[] {{ {string.Join(", ", bytes)} }})", Obj);
            case EllipsisConstant:
                return $"{R}Ops.Ellipsis";
            default:
                return $"{R}PyNone.Instance";
        }
    }

    // ---- names -----------------------------------------------------------------------------------

    private string LoadName(FunctionContext ctx, string name)
    {
        var scope = ctx.Scope;
        var sym = scope.Lookup(name);
        string q = CSharpNames.String(name);
        if (scope.Kind == ScopeKind.Class)
        {
            if (sym is not null && sym.Kind == SymbolKind.GlobalExplicit)
                return LoadGlobal(name);
            string fallback = sym is not null && sym.Kind == SymbolKind.Free ? $"({CSharpNames.Local(name)} ?? {R}Names.UnboundFree({q}))" : LoadGlobal(name);
            return $"({R}Names.ClassLocal({ctx.ClassNs}, {q}) ?? {fallback})";
        }
        if (scope.Kind == ScopeKind.Module || sym is null || sym.IsGlobal)
            return LoadGlobal(name);
        if (name == "__class__" && ctx.ClassCell is not null && scope.UsesClassCell)
            return $"({ctx.ClassCell} ?? {R}Names.UnboundFree(\"__class__\"))";
        string local = CSharpNames.Local(name);
        if (sym.Kind == SymbolKind.Free)
            return $"({local} ?? {R}Names.UnboundFree({q}))";
        if ((sym.Flags & SymbolFlags.Parameter) != 0 && !IsDeletedIn(scope, name))
            return local;
        if (IsIntLocal(ctx, name))
            return $"({R}IntLocal.Load({local}, {CSharpNames.LocalLong(name)}) ?? {R}Names.UnboundLocal({q}))";
        if (IsFloatLocal(ctx, name))
            return $"({R}FloatLocal.Load({local}, {CSharpNames.LocalDouble(name)}) ?? {R}Names.UnboundLocal({q}))";
        return $"({local} ?? {R}Names.UnboundLocal({q}))";
    }

    private readonly Dictionary<Scope, HashSet<string>> _deleted = new();

    private bool IsDeletedIn(Scope scope, string name)
    {
        if (!_deleted.TryGetValue(scope, out var set))
        {
            set = new HashSet<string>();
            void Walk(SyntaxNode node)
            {
                if (node is NameSyntax { Context: ExpressionContext.Del } n)
                    set.Add(n.Id);
                if (node is ExceptHandlerSyntax { Name: { } en })
                    set.Add(en);
                if (!ReferenceEquals(node, scope.Node) && (node is FunctionDefSyntax or LambdaSyntax or ClassDefSyntax))
                    return;
                foreach (var f in node.GetFields())
                {
                    if (f.Value is SyntaxNode c)
                        Walk(c);
                    else if (f.Value is System.Collections.IEnumerable list && f.Value is not string)
                        foreach (var item in list)
                            if (item is SyntaxNode sn)
                                Walk(sn);
                }
            }
            Walk(scope.Node);
            _deleted[scope] = set;
        }
        return set.Contains(name);
    }

    private string LoadGlobal(string name)
    {
        string q = CSharpNames.String(name);
        bool builtin = BuiltinNames.All.Contains(name);
        if (_globalSet.Contains(name))
            return builtin ? $"({CSharpNames.Global(name)} ?? {BuiltinRef(name)})" : $"({CSharpNames.Global(name)} ?? {R}Names.Undefined({q}))";
        return builtin ? BuiltinRef(name) : $"{R}Names.Undefined({q})";
    }

    private string BuiltinRef(string name)
    {
        _builtinsUsed.Add(name);
        return $"(B_{CSharpNames.Mangle(name)} ??= {R}Build.Builtin({CSharpNames.String(name)}))";
    }
}
