using System.Collections.Generic;
using System.Linq;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Emit;

public sealed partial class CSharpEmitter
{
    private void EmitStatements(FunctionContext ctx, IReadOnlyList<StatementSyntax> statements)
    {
        foreach (var s in statements)
            EmitStatement(ctx, s);
    }

    private void EmitStatement(FunctionContext ctx, StatementSyntax s)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var w = ctx.Body;
        int line = LineOf(s);
        if (_options.EmitLineDirectives)
            w.Directive($"#line {line} {CSharpNames.String(File)}");
        if (ctx.TracksLines)
            w.Line($"__line = {line};");
        if (ctx.Generator is not null && Lowering.YieldPoints.Contains(s))
        {
            EmitResumableStatement(ctx, s);
            return;
        }
        switch (s)
        {
            case ExprStatementSyntax e:
                if (e.Value is ConstantSyntax)
                    break;
                // A name, conditional or and/or alone is evaluated for its errors only; C# needs a discard.
                if (e.Value is NameSyntax or IfExpSyntax or BoolOpSyntax or LambdaSyntax)
                    w.Line("_ = " + Expr(ctx, e.Value) + ";");
                else
                    w.Line(Expr(ctx, e.Value) + ";");
                break;
            case AssignSyntax a:
                EmitAssign(ctx, a);
                break;
            case AugAssignSyntax aa:
                EmitAugAssign(ctx, aa);
                break;
            case AnnAssignSyntax an:
                if (an.Value is not null)
                {
                    string v = ctx.Temp();
                    w.Line($"{v} = {Expr(ctx, an.Value)};");
                    EmitStore(ctx, an.Target, v);
                }
                EmitAnnotationRecord(ctx, an);
                break;
            case IfSyntax i:
                w.Open($"if ({Cond(ctx, i.Test)})");
                EmitStatements(ctx, i.Body);
                w.Close();
                if (i.OrElse.Count > 0)
                {
                    w.Open("else");
                    EmitStatements(ctx, i.OrElse);
                    w.Close();
                }
                break;
            case WhileSyntax wh:
                EmitWhile(ctx, wh);
                break;
            case ForSyntax f:
                EmitFor(ctx, f);
                break;
            case ReturnSyntax r:
                EmitReturn(ctx, r.Value is null ? $"{R}PyNone.Instance" : Expr(ctx, r.Value));
                break;
            case DeleteSyntax d:
                foreach (var t in d.Targets)
                    EmitDelete(ctx, t);
                break;
            case RaiseSyntax ra:
                EmitRaise(ctx, ra);
                break;
            case TrySyntax t:
                EmitTry(ctx, t);
                break;
            case TryStarSyntax ts:
                EmitTryStar(ctx, ts);
                break;
            case WithSyntax wi:
                EmitWith(ctx, wi.Items, 0, wi.Body);
                break;
            case AssertSyntax asr:
                w.Open($"if (!({Cond(ctx, asr.Test)}))");
                w.Line($"throw {R}Errors.AssertionError({(asr.Message is null ? "null" : Expr(ctx, asr.Message))});");
                w.Close();
                break;
            case FunctionDefSyntax fd:
                EmitFunctionDef(ctx, fd);
                break;
            case ClassDefSyntax cd:
                EmitClass(ctx, cd);
                break;
            case ImportSyntax im:
                foreach (var alias in im.Names)
                {
                    string value = alias.AsName is null
                        ? $"{R}Hosting.Imports.Import({CSharpNames.String(alias.Name)})"
                        : $"{R}Hosting.Imports.ImportModule({CSharpNames.String(alias.Name)})";
                    EmitStoreName(ctx, alias.AsName ?? alias.Name.Split('.')[0], value);
                }
                break;
            case ImportFromSyntax imf:
                EmitImportFrom(ctx, imf);
                break;
            case GlobalSyntax or NonlocalSyntax:
                break;
            default:
                switch (s.PythonName)
                {
                    case "Pass":
                        break;
                    case "Break":
                        EmitBreak(ctx);
                        break;
                    case "Continue":
                        EmitContinue(ctx);
                        break;
                    default:
                        w.Line($"throw {R}Errors.NotImplementedError({CSharpNames.String(s.PythonName + " is not supported")});");
                        break;
                }
                break;
        }
    }

    private void EmitImportFrom(FunctionContext ctx, ImportFromSyntax imf)
    {
        var w = ctx.Body;
        int level = imf.Level ?? 0;
        string nameExpr = level == 0
            ? CSharpNames.String(imf.Module ?? "")
            : $"{R}Hosting.Imports.ResolveRelative({CSharpNames.String(_module.Package)}, {level}, {(imf.Module is null ? "null" : CSharpNames.String(imf.Module))})";
        string m = ctx.Temp($"{R}PyModule?");
        w.Line($"{m} = {R}Hosting.Imports.ImportModule({nameExpr});");
        foreach (var alias in imf.Names)
        {
            if (alias.Name == "*")
                continue;
            EmitStoreName(ctx, alias.AsName ?? alias.Name, $"{R}Hosting.Imports.ImportFrom({m}, {CSharpNames.String(alias.Name)})");
        }
    }

    // ---- assignment ------------------------------------------------------------------------------

    private void EmitAssign(FunctionContext ctx, AssignSyntax a)
    {
        var w = ctx.Body;
        // a, b = b, a: evaluate the right side fully, then store left to right.
        if (a.Targets.Count == 1 && a.Targets[0] is TupleSyntax or ListSyntax && a.Value is TupleSyntax rt
            && Elements(a.Targets[0]).Count == rt.Elements.Count && !rt.Elements.Any(e => e is StarredSyntax)
            && !Elements(a.Targets[0]).Any(e => e is StarredSyntax))
        {
            var temps = rt.Elements.Select(e =>
            {
                string t = ctx.Temp();
                w.Line($"{t} = {Expr(ctx, e)};");
                return t;
            }).ToList();
            var targets = Elements(a.Targets[0]);
            for (int i = 0; i < temps.Count; i++)
                EmitStore(ctx, targets[i], temps[i]);
            return;
        }
        if (a.Targets.Count == 1 && a.Targets[0] is NameSyntax n)
        {
            if (TryEmitIntLocalStore(ctx, n.Id, a.Value, () => Expr(ctx, a.Value))
                || TryEmitFloatLocalStore(ctx, n.Id, a.Value, () => Expr(ctx, a.Value)))
                return;
            EmitStoreName(ctx, n.Id, Expr(ctx, a.Value));
            return;
        }
        string v = ctx.Temp();
        w.Line($"{v} = {Expr(ctx, a.Value)};");
        foreach (var t in a.Targets)
            EmitStore(ctx, t, v);
    }

    private static IReadOnlyList<ExpressionSyntax> Elements(ExpressionSyntax e) => e switch
    {
        TupleSyntax t => t.Elements,
        ListSyntax l => l.Elements,
        _ => System.Array.Empty<ExpressionSyntax>(),
    };

    /// <summary>Stores the value held in C# variable <paramref name="value"/> into a target.</summary>
    private void EmitStore(FunctionContext ctx, ExpressionSyntax target, string value)
    {
        var w = ctx.Body;
        switch (target)
        {
            case NameSyntax n:
                EmitStoreName(ctx, n.Id, value);
                break;
            case AttributeSyntax at:
                w.Line($"{R}Ops.SetAttr({Expr(ctx, at.Value)}, {AttrSite(at.Attr)}, {value});");
                break;
            case SubscriptSyntax sub:
            {
                string o = ctx.Temp();
                w.Line($"{o} = {Expr(ctx, sub.Value)};");
                if (IntLocalIndex(ctx, sub.Slice) is { } unboxed)
                    w.Line($"{R}IntLocal.SetItem({o}, {unboxed}, {value});");
                else
                    w.Line($"{R}Ops.SetItem({o}, {IndexOperand(ctx, sub.Slice)}, {value});");
                break;
            }
            case TupleSyntax or ListSyntax:
            {
                var elements = Elements(target);
                int star = -1;
                for (int i = 0; i < elements.Count; i++)
                    if (elements[i] is StarredSyntax)
                        star = i;
                string arr = ctx.Temp($"{Obj}[]?");
                if (star < 0)
                    w.Line($"{arr} = {R}Ops.Unpack({value}, {elements.Count});");
                else
                    w.Line($"{arr} = {R}Ops.UnpackStar({value}, {star}, {elements.Count - star - 1});");
                for (int i = 0; i < elements.Count; i++)
                {
                    var el = elements[i] is StarredSyntax st ? st.Value : elements[i];
                    EmitStore(ctx, el, $"{arr}[{i}]");
                }
                break;
            }
            case StarredSyntax st:
                EmitStore(ctx, st.Value, value);
                break;
            default:
                w.Line($"throw {R}Errors.NotImplementedError(\"unsupported assignment target\");");
                break;
        }
    }

    private void EmitStoreName(FunctionContext ctx, string name, string value)
    {
        var w = ctx.Body;
        var scope = ctx.Scope;
        var sym = scope.Lookup(name);
        if (scope.Kind == ScopeKind.Module || sym is null || sym.IsGlobal)
        {
            if (scope.Kind == ScopeKind.Class && (sym is null || sym.Kind != SymbolKind.GlobalExplicit))
            {
                w.Line($"{ctx.ClassNs}[{CSharpNames.String(name)}] = {value};");
                return;
            }
            w.Line($"{CSharpNames.Global(name)} = {value};");
            return;
        }
        if (scope.Kind == ScopeKind.Class && sym.Kind != SymbolKind.Free)
        {
            w.Line($"{ctx.ClassNs}[{CSharpNames.String(name)}] = {value};");
            return;
        }
        w.Line($"{CSharpNames.Local(name)} = {value};");
    }

    private static readonly Dictionary<BinaryOperator, string> InPlaceOps = new()
    {
        [BinaryOperator.Add] = "Add", [BinaryOperator.Sub] = "Sub", [BinaryOperator.Mult] = "Mul",
        [BinaryOperator.MatMult] = "MatMul", [BinaryOperator.Div] = "TrueDiv", [BinaryOperator.FloorDiv] = "FloorDiv",
        [BinaryOperator.Mod] = "Mod", [BinaryOperator.Pow] = "Pow", [BinaryOperator.LShift] = "LShift",
        [BinaryOperator.RShift] = "RShift", [BinaryOperator.BitAnd] = "And", [BinaryOperator.BitOr] = "Or",
        [BinaryOperator.BitXor] = "Xor",
    };

    private void EmitAugAssign(FunctionContext ctx, AugAssignSyntax aa)
    {
        var w = ctx.Body;
        switch (aa.Target)
        {
            case NameSyntax n:
            {
                string General() => InPlaceCall(ctx, aa.Op, LoadName(ctx, n.Id), aa.Value);
                if (TryEmitIntLocalStore(ctx, n.Id, new BinOpSyntax(aa.Span, aa.Target, aa.Op, aa.Value), General)
                    || TryEmitFloatLocalStore(ctx, n.Id, new BinOpSyntax(aa.Span, aa.Target, aa.Op, aa.Value), General))
                    break;
                EmitStoreName(ctx, n.Id, FusedAugAssign(ctx, aa, General) ?? General());
                break;
            }
            case AttributeSyntax at:
            {
                string o = ctx.Temp();
                w.Line($"{o} = {Expr(ctx, at.Value)};");
                string attr = AttrSite(at.Attr);
                string current = $"{R}Ops.GetAttr({o}, {attr})";
                string General() => InPlaceCall(ctx, aa.Op, FusedCurrent(ctx, aa, current), aa.Value);
                w.Line($"{R}Ops.SetAttr({o}, {attr}, {FusedAugAssign(ctx, aa, General, current) ?? General()});");
                break;
            }
            case SubscriptSyntax sub:
            {
                string o = ctx.Temp();
                w.Line($"{o} = {Expr(ctx, sub.Value)};");
                // A literal index or an unboxed loop variable needs no temporary (and list items
                // are read without boxing it).
                string? k = IndexLiteral(sub.Slice) ?? UnboxedLoopIndex(ctx, sub.Slice);
                if (k is null)
                {
                    k = ctx.Temp();
                    w.Line($"{k} = {Expr(ctx, sub.Slice)};");
                }
                string current = $"{R}Ops.GetItem({o}, {k})";
                string General() => InPlaceCall(ctx, aa.Op, FusedCurrent(ctx, aa, current), aa.Value);
                w.Line($"{R}Ops.SetItem({o}, {k}, {FusedAugAssign(ctx, aa, General, current) ?? General()});");
                break;
            }
        }
    }

    private void EmitDelete(FunctionContext ctx, ExpressionSyntax target)
    {
        var w = ctx.Body;
        switch (target)
        {
            case NameSyntax n:
            {
                var sym = ctx.Scope.Lookup(n.Id);
                if (ctx.Scope.Kind == ScopeKind.Class && sym is not null && sym.Kind != SymbolKind.GlobalExplicit && sym.Kind != SymbolKind.Free)
                {
                    w.Line($"{R}Names.DeleteClassLocal({ctx.ClassNs}, {CSharpNames.String(n.Id)});");
                }
                else if (ctx.Scope.Kind == ScopeKind.Module || sym is null || sym.IsGlobal)
                {
                    string g = CSharpNames.Global(n.Id);
                    w.Line($"if ({g} is null) {R}Names.Undefined({CSharpNames.String(n.Id)});");
                    w.Line($"{g} = null;");
                }
                else
                {
                    string l = CSharpNames.Local(n.Id);
                    w.Line($"if ({l} is null) {R}Names.UnboundLocal({CSharpNames.String(n.Id)});");
                    w.Line($"{l} = null;");
                }
                break;
            }
            case AttributeSyntax at:
                w.Line($"{R}Ops.DelAttr({Expr(ctx, at.Value)}, {CSharpNames.String(at.Attr)});");
                break;
            case SubscriptSyntax sub:
            {
                string o = ctx.Temp();
                w.Line($"{o} = {Expr(ctx, sub.Value)};");
                w.Line($"{R}Ops.DelItem({o}, {Expr(ctx, sub.Slice)});");
                break;
            }
            case TupleSyntax or ListSyntax:
                foreach (var e in Elements(target))
                    EmitDelete(ctx, e);
                break;
        }
    }

    // ---- loops -----------------------------------------------------------------------------------

    private string? PushLoop(FunctionContext ctx, bool hasElse)
    {
        string? label = hasElse ? ctx.Fresh("loop_break_") : null;
        ctx.Loops.Add(label);
        return label;
    }

    private void Safepoint(CodeWriter w)
    {
        if (_options.EmitSafepoints)
            w.Line($"{R}Threading.Gil.Safepoint();");
    }

    private void EmitWhile(FunctionContext ctx, WhileSyntax wh)
    {
        var w = ctx.Body;
        string? label = PushLoop(ctx, wh.OrElse.Count > 0);
        w.Open($"while ({Cond(ctx, wh.Test)})");
        Safepoint(w);
        EmitStatements(ctx, wh.Body);
        w.Close();
        ctx.Loops.RemoveAt(ctx.Loops.Count - 1);
        EmitLoopElse(ctx, wh.OrElse, label);
    }

    private void EmitLoopElse(FunctionContext ctx, IReadOnlyList<StatementSyntax> orElse, string? label)
    {
        if (label is null)
            return;
        EmitStatements(ctx, orElse);
        ctx.Body.Line($"{label}:;");
    }

    private bool IsBuiltinRef(FunctionContext ctx, ExpressionSyntax e, string name)
    {
        if (e is not NameSyntax n || n.Id != name)
            return false;
        var sym = ctx.Scope.Lookup(name);
        if (sym is not null && !sym.IsGlobal && !(ctx.Scope.Kind == ScopeKind.Class && !sym.IsBound && sym.Kind != SymbolKind.Free))
            return false;
        if (ctx.Scope.Kind == ScopeKind.Class && sym is not null && sym.IsBound)
            return false;
        return !_globalSet.Contains(name);
    }

    private static readonly HashSet<string> s_nonGeneratorMethods = new(System.StringComparer.Ordinal)
    {
        "items", "keys", "values", "split", "splitlines", "readlines", "copy", "most_common", "rsplit",
    };

    /// <summary>Whether a for loop's iterable may be a generator created by the loop's own
    /// expression (a call of something other than a builtin), which the loop then closes when
    /// it is left early; the runtime checks that the object is an unstarted generator.</summary>
    private bool MayBeFreshGenerator(FunctionContext ctx, ExpressionSyntax iter)
    {
        if (iter is not CallSyntax call)
            return false;
        if (call.Func is NameSyntax n)
            return !(BuiltinNames.All.Contains(n.Id) && IsBuiltinRef(ctx, n, n.Id));
        if (call.Func is AttributeSyntax a)
            return !s_nonGeneratorMethods.Contains(a.Attr);
        return true;
    }

    private void EmitFor(FunctionContext ctx, ForSyntax f)
    {
        var w = ctx.Body;
        if (f.Iter is CallSyntax call && IsBuiltinRef(ctx, call.Func, "range") && call.Keywords.Count == 0
            && call.Args.Count is >= 1 and <= 3 && !call.Args.Any(a => a is StarredSyntax))
        {
            // for i in range(...): a native long loop.
            string i = ctx.Fresh("i"), stop = ctx.Fresh("stop"), step = ctx.Fresh("step");
            string start = "0", stepExpr = "1";
            string stopExpr;
            if (call.Args.Count == 1)
                stopExpr = $"{R}RangeLoop.Arg({Expr(ctx, call.Args[0])})";
            else
            {
                start = $"{R}RangeLoop.Arg({Expr(ctx, call.Args[0])})";
                stopExpr = $"{R}RangeLoop.Arg({Expr(ctx, call.Args[1])})";
                if (call.Args.Count == 3)
                    stepExpr = $"{R}RangeLoop.Step({Expr(ctx, call.Args[2])})";
            }
            string? label = PushLoop(ctx, f.OrElse.Count > 0);
            w.Open("");
            w.Line($"long {i} = {start};");
            w.Line($"long {stop} = {stopExpr};");
            w.Line($"long {step} = {stepExpr};");
            w.Open($"for (; {step} > 0 ? {i} < {stop} : {i} > {stop}; {i} += {step})");
            Safepoint(w);
            string? unboxedName = f.Target is NameSyntax tn && ctx.Generator is null
                && IndexOnlyLoopVariable.Applies(ctx.Scope, f, tn.Id) ? tn.Id : null;
            if (unboxedName is null && f.Target is NameSyntax counter && IsIntLocal(ctx, counter.Id))
                ctx.Body.Line($"{CSharpNames.Local(counter.Id)} = {R}IntLocal.Set({i}, out {CSharpNames.LocalLong(counter.Id)});");
            else if (unboxedName is null)
                EmitStoreFromExpr(ctx, f.Target, $"{R}PyInt.From({i})");
            else
                (ctx.UnboxedLoopVariables ??= new Dictionary<string, string>())[unboxedName] = i;
            EmitStatements(ctx, f.Body);
            if (unboxedName is not null)
                ctx.UnboxedLoopVariables!.Remove(unboxedName);
            w.Close();
            w.Close();
            ctx.Loops.RemoveAt(ctx.Loops.Count - 1);
            EmitLoopElse(ctx, f.OrElse, label);
            return;
        }
        string it = ctx.Fresh("it"), item = ctx.Fresh("item");
        string? lbl = PushLoop(ctx, f.OrElse.Count > 0);
        w.Open("");
        bool mayOwn = MayBeFreshGenerator(ctx, f.Iter);
        if (mayOwn)
        {
            // for x in g(...): a generator created here is referenced by the loop only; CPython's
            // refcounting closes it as soon as the loop is left (break, return, exception).
            w.Line($"var {it}_src = {IterExpr(ctx, f.Iter)};");
            w.Line($"var {it} = new {R}ForIterator({it}_src);");
            w.Line($"var {it}_own = {R}ForIterator.FreshGenerator({it}_src);");
            w.Open("try");
        }
        else
        {
            w.Line($"var {it} = new {R}ForIterator({IterExpr(ctx, f.Iter)});");
        }
        w.Open($"while ({it}.MoveNext(out var {item}))");
        Safepoint(w);
        EmitStoreFromExpr(ctx, f.Target, item);
        EmitStatements(ctx, f.Body);
        w.Close();
        if (mayOwn)
        {
            w.Close();
            w.Open("finally");
            w.Line($"{R}ForIterator.Abandon({it}_own);");
            w.Close();
        }
        w.Close();
        ctx.Loops.RemoveAt(ctx.Loops.Count - 1);
        EmitLoopElse(ctx, f.OrElse, lbl);
    }

    private void EmitStoreFromExpr(FunctionContext ctx, ExpressionSyntax target, string value)
    {
        if (target is NameSyntax n)
            EmitStoreName(ctx, n.Id, value);
        else
        {
            string t = ctx.Temp();
            ctx.Body.Line($"{t} = {value};");
            EmitStore(ctx, target, t);
        }
    }

    // ---- exceptions ------------------------------------------------------------------------------

    private void EmitRaise(FunctionContext ctx, RaiseSyntax ra)
    {
        var w = ctx.Body;
        if (ra.Exception is null)
        {
            if (ctx.Handlers.Count == 0)
            {
                w.Line($"throw {R}Raise.NoActive();");
                return;
            }
            var (exc, line) = ctx.Handlers[ctx.Handlers.Count - 1];
            if (ctx.TracksLines)
                w.Line($"__line = {line};");
            w.Line($"throw {exc};");
            return;
        }
        if (ra.Cause is null)
            w.Line($"throw {R}Raise.Exception({Expr(ctx, ra.Exception)});");
        else
        {
            string e = ctx.Temp();
            w.Line($"{e} = {Expr(ctx, ra.Exception)};");
            w.Line($"throw {R}Raise.From({e}, {Expr(ctx, ra.Cause)});");
        }
    }

    private void EmitTry(FunctionContext ctx, TrySyntax t)
    {
        var w = ctx.Body;
        bool hasFinally = t.FinalBody.Count > 0;
        if (hasFinally && FinallyEscapes(t.FinalBody))
        {
            EmitTryWithEscapingFinally(ctx, t);
            return;
        }
        string? pending = null;
        if (hasFinally)
        {
            // The exception leaving the try body (if any) becomes the __context__ of one raised
            // by the finally body.
            pending = ctx.Temp($"{R}PyException?");
            w.Line($"{pending} = null;");
            w.Open("try");
        }
        string? ok = t.OrElse.Count > 0 && t.Handlers.Count > 0 ? ctx.Temp("bool") : null;
        if (t.Handlers.Count > 0)
        {
            if (ok is not null)
                w.Line($"{ok} = false;");
            w.Open("try");
            EmitStatements(ctx, t.Body);
            if (ok is not null)
                w.Line($"{ok} = true;");
            w.Close();
            string e = ctx.Fresh("ex");
            string savedLine = ctx.Fresh("exline");
            w.Open($"catch ({R}PyException {e})");
            w.Line($"int {savedLine} = __line;");
            // The handler runs with the exception as sys.exc_info() (restored when it is left); the
            // catching frame joins its traceback.
            string enter = ctx.TracksLines
                ? $"{R}Raise.Enter({e}, __File, __line, {CSharpNames.String(ctx.PythonName)})"
                : $"{R}Raise.Enter({e})";
            w.Line($"var {e}_previous = {enter};");
            w.Open("try");
            bool first = true;
            bool catchAll = false;
            foreach (var hb in t.Handlers)
            {
                if (hb is not ExceptHandlerSyntax h)
                    continue;
                string head = h.Type is null ? (first ? "" : "else") : $"{(first ? "" : "else ")}if ({R}Raise.Matches({e}, {Expr(ctx, h.Type)}))";
                if (h.Type is null)
                    catchAll = true;
                first = false;
                if (head.Length == 0)
                    w.Open("");
                else
                    w.Open(head);
                if (h.Name is not null)
                    EmitStoreName(ctx, h.Name, $"{e}.Value");
                w.Open("try");
                ctx.Handlers.Add((e, savedLine));
                EmitStatements(ctx, h.Body);
                ctx.Handlers.RemoveAt(ctx.Handlers.Count - 1);
                w.Close();
                w.Line($"catch ({R}PyException {e}_inner) when ({R}Raise.SetContext({e}_inner, {e}))");
                w.Line("{");
                w.Line("    throw;");
                w.Line("}");
                if (h.Name is not null)
                {
                    w.Open("finally");
                    EmitUnbind(ctx, h.Name);
                    w.Close();
                }
                w.Close();
                if (h.Type is null)
                    break;
            }
            if (!catchAll)
            {
                w.Open("else");
                w.Line($"throw;");
                w.Close();
            }
            w.Close();
            w.Open("finally");
            w.Line($"{R}Raise.Exit({e}_previous);");
            w.Close();
            w.Close();
            if (ok is not null)
            {
                w.Open($"if ({ok})");
                EmitStatements(ctx, t.OrElse);
                w.Close();
            }
        }
        else
        {
            EmitStatements(ctx, t.Body);
            EmitStatements(ctx, t.OrElse);
        }
        if (hasFinally)
        {
            w.Close();
            w.Line($"catch ({R}PyException {pending}_leaving) when ({R}Raise.Pending({pending}_leaving, ref {pending}))");
            w.Line("{");
            w.Line("    throw;");
            w.Line("}");
            w.Open("finally");
            w.Open("try");
            EmitStatements(ctx, t.FinalBody);
            w.Close();
            w.Line($"catch ({R}PyException {pending}_inner) when ({pending} is not null && {R}Raise.SetContext({pending}_inner, {pending}))");
            w.Line("{");
            w.Line("    throw;");
            w.Line("}");
            w.Close();
        }
    }

    /// <summary>try/except* (PEP 654): each clause splits its part off the caught group (a naked
    /// exception is wrapped first); what the clauses raise and the unhandled rest are raised
    /// together at the end (<see cref="Pyrolyn.Runtime.ExceptionGroups"/>).</summary>
    private void EmitTryStar(FunctionContext ctx, TryStarSyntax t)
    {
        if (t.FinalBody.Count > 0)
        {
            var inner = new TryStarSyntax(t.Span, t.Body, t.Handlers, t.OrElse, System.Array.Empty<StatementSyntax>());
            EmitTry(ctx, new TrySyntax(t.Span, new StatementSyntax[] { inner }, System.Array.Empty<ExceptHandlerBaseSyntax>(),
                System.Array.Empty<StatementSyntax>(), t.FinalBody));
            return;
        }
        var w = ctx.Body;
        string? ok = t.OrElse.Count > 0 ? ctx.Temp("bool") : null;
        if (ok is not null)
            w.Line($"{ok} = false;");
        w.Open("try");
        EmitStatements(ctx, t.Body);
        if (ok is not null)
            w.Line($"{ok} = true;");
        w.Close();
        string e = ctx.Fresh("ex");
        string savedLine = ctx.Fresh("exline");
        string st = ctx.Fresh("star");
        w.Open($"catch ({R}PyException {e})");
        w.Line($"int {savedLine} = __line;");
        string enter = ctx.TracksLines
            ? $"{R}Raise.Enter({e}, __File, __line, {CSharpNames.String(ctx.PythonName)})"
            : $"{R}Raise.Enter({e})";
        w.Line($"var {e}_previous = {enter};");
        w.Line($"var {st} = {R}ExceptionGroups.StarBegin({e});");
        w.Open("try");
        foreach (var hb in t.Handlers)
        {
            if (hb is not ExceptHandlerSyntax h || h.Type is null)
                continue;
            string m = ctx.Fresh("match");
            w.Open("");
            w.Line($"var {m} = {R}ExceptionGroups.StarMatch({st}, {Expr(ctx, h.Type)});");
            w.Open($"if ({m} is not null)");
            w.Line($"var {m}_previous = {R}Raise.Swap({m});");
            w.Open("try");
            w.Open("try");
            if (h.Name is not null)
                EmitStoreName(ctx, h.Name, $"{m}.Value");
            ctx.Handlers.Add((m, savedLine));
            EmitStatements(ctx, h.Body);
            ctx.Handlers.RemoveAt(ctx.Handlers.Count - 1);
            w.Close();
            w.Line($"catch ({R}PyException {m}_inner) when ({R}ExceptionGroups.StarRaised({st}, {m}_inner, {m}))");
            w.Line("{");
            w.Line("}");
            if (h.Name is not null)
            {
                w.Open("finally");
                EmitUnbind(ctx, h.Name);
                w.Close();
            }
            w.Close();
            w.Open("finally");
            w.Line($"{R}Raise.Exit({m}_previous);");
            w.Close();
            w.Close();
            w.Close();
        }
        w.Line($"{R}ExceptionGroups.StarEnd({st});");
        w.Close();
        w.Open("finally");
        w.Line($"{R}Raise.Exit({e}_previous);");
        w.Close();
        w.Close();
        if (ok is not null)
        {
            w.Open($"if ({ok})");
            EmitStatements(ctx, t.OrElse);
            w.Close();
        }
    }

    private void EmitUnbind(FunctionContext ctx, string name)
    {
        var sym = ctx.Scope.Lookup(name);
        if (ctx.Scope.Kind == ScopeKind.Class && sym is not null && sym.Kind != SymbolKind.GlobalExplicit && sym.Kind != SymbolKind.Free)
            ctx.Body.Line($"{ctx.ClassNs}.Remove({CSharpNames.String(name)});");
        else if (ctx.Scope.Kind == ScopeKind.Module || sym is null || sym.IsGlobal)
            ctx.Body.Line($"{CSharpNames.Global(name)} = null;");
        else
            ctx.Body.Line($"{CSharpNames.Local(name)} = null;");
    }

    /// <summary>PEP 343: enter, run the body, call __exit__ with the exception or with Nones.</summary>
    private void EmitWith(FunctionContext ctx, IReadOnlyList<WithItemSyntax> items, int index, IReadOnlyList<StatementSyntax> body)
    {
        if (index == items.Count)
        {
            EmitStatements(ctx, body);
            return;
        }
        var w = ctx.Body;
        var item = items[index];
        string mgr = ctx.Temp(), exit = ctx.Temp(), hit = ctx.Temp("bool");
        w.Line($"{mgr} = {Expr(ctx, item.ContextExpr)};");
        w.Line($"{exit} = {R}ContextManagers.Exit({mgr});");
        string entered = $"{R}ContextManagers.Enter({mgr})";
        if (item.OptionalVars is not null)
        {
            string v = ctx.Temp();
            w.Line($"{v} = {entered};");
            EmitStore(ctx, item.OptionalVars, v);
        }
        else
        {
            w.Line(entered + ";");
        }
        w.Line($"{hit} = false;");
        w.Open("try");
        EmitWith(ctx, items, index + 1, body);
        w.Close();
        string e = ctx.Fresh("wex");
        w.Open($"catch ({R}PyException {e})");
        w.Line($"{hit} = true;");
        w.Line($"if (!{R}ContextManagers.ExitWithException({exit}, {e}))");
        w.Line("    throw;");
        w.Close();
        w.Open("finally");
        w.Line($"if (!{hit})");
        w.Line($"    {R}ContextManagers.ExitNormally({exit});");
        w.Close();
    }
}
