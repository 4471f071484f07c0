using System;
using System.Collections.Generic;
using System.Linq;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Lowering;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Emit;

/// <summary>
/// Generators as resumable methods. The generator function declares the Python locals and every
/// temporary, then returns a <c>PyGenerator</c> over a lambda that captures them (the C# compiler
/// hoists captured variables into a closure object: the generator's frame). The lambda switches
/// on the resume state. Statements that contain a yield are written flat with labels and gotos;
/// try blocks that contain a yield are re-entered through guarded labels
/// (<see cref="GeneratorState"/>), and their except/finally parts run as ordinary code after the
/// try (C# cannot suspend inside a catch or finally block). Statements without a yield are
/// written exactly as in a function.
/// </summary>
public sealed partial class CSharpEmitter
{
    private int _generatorCounter;

    private GeneratorState NewGeneratorState() => new(++_generatorCounter);

    private string Pending(string exception) => exception + "!";

    /// <summary>Declarations, the generator object and its resumable body.</summary>
    private void WriteGeneratorFunction(CodeWriter w, FunctionContext ctx, string pythonName, string qualName, int firstLine, IEnumerable<string>? extraLocals = null)
    {
        var g = ctx.Generator!;
        foreach (var sym in ctx.Scope.Symbols)
            if (sym.IsLocalOrCell && (sym.Flags & SymbolFlags.Parameter) == 0)
                w.Line($"{Obj}? {CSharpNames.Local(sym.Name)} = null;");
        foreach (var t in ctx.TempDeclarations)
            w.Line(t);
        w.Line($"int __line = {firstLine};");
        w.Line($"int {g.State} = 0;");
        w.Line($"return new {R}PyGenerator({CSharpNames.String(pythonName)}, {CSharpNames.String(qualName)}, ({R}PyGenerator {g.Gen}, {R}PyException? {g.Thrown}, {Obj} {g.Sent}) =>");
        w.Line("{");
        w.Indent++;
        w.Line($"int {g.Resume} = {g.State};");
        if (_options.EmitSafepoints)
            w.Line($"{R}Threading.Gil.Safepoint();");
        w.Line($"ref int __depth = ref {R}Threading.ThreadState.Enter();");
        w.Open("try");
        string top = g.DispatchSwitch(GeneratorState.TopRegion);
        if (top.Length > 0)
            w.Line(top);
        // throw() before the first next(): raised at the start of the body.
        w.Line($"if ({g.Thrown} is not null) throw {g.Thrown};");
        var body = new CodeWriter();
        body.Write(g.FillDispatch(ctx.Body.ToString()));
        w.Append(body);
        w.Line($"return {g.Gen}.Return({R}PyNone.Instance);");
        w.Close();
        w.Line($"catch ({R}PyException __e) when (__e.AddFrame(__File, __line, {CSharpNames.String(pythonName)}))");
        w.Line("{");
        w.Line("    throw;");
        w.Line("}");
        w.Open("finally");
        w.Line("__depth--;");
        w.Close();
        foreach (var lf in ctx.LocalFunctions)
            w.Append(lf);
        w.Indent--;
        w.Line("});");
        if (_options.EmitLineDirectives)
            w.Directive("#line default");
    }

    /// <summary>A generator expression: a local generator function called with <c>iter()</c> of
    /// the first iterable, which is evaluated now, in the enclosing scope.</summary>
    private string EmitGeneratorExpression(FunctionContext ctx, GeneratorExpSyntax ge)
    {
        var scope = _module.ScopeOf(ge);
        string firstIter = IterExpr(ctx, ge.Generators[0].Iter);
        string fname = "genexpr" + (++_compCounter);
        var gctx = new FunctionContext(scope, "<genexpr>", ctx) { ClassCell = ctx.ClassCell, TracksLines = false, Generator = NewGeneratorState() };
        var g = gctx.Generator;
        var w = gctx.Body;
        var tops = new List<string>();
        var ends = new List<string>();
        for (int i = 0; i < ge.Generators.Count; i++)
        {
            var comp = ge.Generators[i];
            string it = gctx.Temp($"{R}ForIterator"), item = gctx.Fresh("item");
            string top = g.NewLabel("next"), end = g.NewLabel("done");
            tops.Add(top);
            ends.Add(end);
            w.Line($"{it} = new {R}ForIterator({(i == 0 ? "__iter0" : IterExpr(gctx, comp.Iter))});");
            w.Line($"{top}:;");
            w.Line($"if (!{it}.MoveNext(out var {item})) goto {end};");
            Safepoint(w);
            EmitStoreFromExpr(gctx, comp.Target, item);
            foreach (var cond in comp.Ifs)
                w.Line($"if (!({Cond(gctx, cond)})) goto {top};");
        }
        EmitYieldPoint(gctx, Expr(gctx, ge.Elt), discardSent: true);
        w.Line($"goto {tops[tops.Count - 1]};");
        for (int i = ge.Generators.Count - 1; i >= 0; i--)
        {
            w.Line($"{ends[i]}:;");
            if (i > 0)
                w.Line($"goto {tops[i - 1]};");
        }

        var fw = new CodeWriter();
        fw.Open($"{Obj} {fname}({Obj} __iter0)");
        WriteGeneratorFunction(fw, gctx, "<genexpr>", scope.QualName, LineOf(ge));
        fw.Close();
        ctx.LocalFunctions.Add(fw);
        return $"{fname}({R}Ops.GetIter({firstIter}))";
    }

    // ---- yield points ----------------------------------------------------------------------------

    /// <summary>Suspends with <paramref name="value"/>; returns the temporary holding the value
    /// sent in when resumed (a thrown exception is raised right there), or null when
    /// <paramref name="discardSent"/> (a <c>yield</c> statement). The yielded value goes through
    /// a lambda-local variable: evaluated before the state changes (it may raise), and no store
    /// into the generator's frame.</summary>
    private string? EmitYieldPoint(FunctionContext ctx, string value, bool discardSent = false)
    {
        var g = ctx.Generator!;
        var w = ctx.Body;
        int k = g.AddYieldPoint();
        w.Line($"{{ {Obj} __yielded = {value}; {g.State} = {k}; return __yielded; }}");
        w.Line($"{g.ResumeLabel(k)}:;");
        w.Line($"{g.Resume} = 0;");
        w.Line($"if ({g.Thrown} is not null) throw {g.Thrown};");
        if (discardSent)
            return null;
        string sent = ctx.Temp();
        w.Line($"{sent} = {g.Sent};");
        return sent;
    }

    /// <summary><c>yield from</c>: delegates next/send/throw/close to the sub-iterator until it
    /// is exhausted; returns the temporary holding its return value.</summary>
    private string EmitYieldFrom(FunctionContext ctx, string iterable)
    {
        var g = ctx.Generator!;
        var w = ctx.Body;
        string yf = ctx.Temp($"{R}YieldFrom?"), r = ctx.Temp();
        int k = g.AddYieldPoint();
        string check = g.NewLabel("yfcheck");
        w.Line($"{yf} = {R}YieldFrom.Begin({g.Gen}, {iterable});");
        w.Line($"{r} = {yf}.First();");
        w.Line($"goto {check};");
        w.Line($"{g.ResumeLabel(k)}:;");
        w.Line($"{g.Resume} = 0;");
        w.Line($"{r} = {yf}!.Resume({g.Thrown}, {g.Sent});");
        w.Line($"{check}:;");
        w.Open($"if ({r} is not null)");
        w.Line($"{g.State} = {k};");
        w.Line($"return {r};");
        w.Close();
        string result = ctx.Temp();
        w.Line($"{result} = {yf}!.Result;");
        w.Line($"{yf} = null;");
        return result;
    }

    // ---- expressions that contain a yield -----------------------------------------------------------

    /// <summary>
    /// An expression that may suspend: its operands are evaluated left to right into
    /// temporaries (which survive the suspension), then the expression itself is built from them
    /// by the ordinary emitter. <c>and</c>/<c>or</c> and conditional expressions keep their
    /// short-circuit with labels.
    /// </summary>
    private string ResumableExpr(FunctionContext ctx, ExpressionSyntax e)
    {
        if (!YieldPoints.Contains(e))
            return Expr(ctx, e);
        var w = ctx.Body;
        var g = ctx.Generator!;
        switch (e)
        {
            case YieldSyntax y:
                return EmitYieldPoint(ctx, YieldedValue(ctx, y))!;
            case YieldFromSyntax yf:
                return EmitYieldFrom(ctx, ResumableExpr(ctx, yf.Value));
            case BoolOpSyntax bo:
            {
                string result = ctx.Temp(), end = g.NewLabel("boolend");
                for (int i = 0; i < bo.Values.Count; i++)
                {
                    w.Line($"{result} = {ResumableExpr(ctx, bo.Values[i])};");
                    if (i < bo.Values.Count - 1)
                        w.Line($"if ({(bo.Op == BoolOperator.And ? "!" : "")}{R}Ops.IsTrue({result})) goto {end};");
                }
                w.Line($"{end}:;");
                return result;
            }
            case IfExpSyntax ie:
            {
                string result = ctx.Temp(), orElse = g.NewLabel("ifexpelse"), end = g.NewLabel("ifexpend");
                w.Line($"if (!({ResumableCond(ctx, ie.Test)})) goto {orElse};");
                w.Line($"{result} = {ResumableExpr(ctx, ie.Body)};");
                w.Line($"goto {end};");
                w.Line($"{orElse}:;");
                w.Line($"{result} = {ResumableExpr(ctx, ie.OrElse)};");
                w.Line($"{end}:;");
                return result;
            }
        }
        ctx.Spilled ??= new Dictionary<ExpressionSyntax, string>();
        foreach (var operand in Operands(e))
        {
            if (operand is ConstantSyntax)
                continue;
            ctx.Spilled[operand] = SpillTo(ctx, ResumableExpr(ctx, operand));
        }
        return Expr(ctx, e);
    }

    private string YieldedValue(FunctionContext ctx, YieldSyntax y) =>
        y.Value is null ? $"{R}PyNone.Instance" : ResumableExpr(ctx, y.Value);

    private string SpillTo(FunctionContext ctx, string value)
    {
        string t = ctx.Temp();
        ctx.Body.Line($"{t} = {value};");
        return t;
    }

    private string ResumableCond(FunctionContext ctx, ExpressionSyntax e) =>
        YieldPoints.Contains(e) ? $"{R}Ops.IsTrue({ResumableExpr(ctx, e)})" : Cond(ctx, e);

    /// <summary>The operands of an expression in evaluation order, as the ordinary emitter reads
    /// them back (a method call's receiver rather than the bound method).</summary>
    private static IEnumerable<ExpressionSyntax> Operands(ExpressionSyntax e)
    {
        if (e is CallSyntax call)
        {
            yield return call.Func is AttributeSyntax at ? at.Value : call.Func;
            foreach (var a in call.Args)
                yield return a;
            foreach (var k in call.Keywords)
                yield return k.Value;
            yield break;
        }
        foreach (var field in e.GetFields())
        {
            if (field.Value is ExpressionSyntax child)
            {
                if (child is not NameSyntax { Context: not ExpressionContext.Load })
                    yield return child;
            }
            else if (field.Value is System.Collections.IEnumerable items && field.Value is not string)
            {
                foreach (var item in items)
                {
                    if (item is ExpressionSyntax x)
                        yield return x;
                    else if (item is KeywordSyntax kw)
                        yield return kw.Value;
                }
            }
        }
    }

    // ---- statements that contain a yield ---------------------------------------------------------

    private void EmitResumableStatement(FunctionContext ctx, StatementSyntax s)
    {
        var w = ctx.Body;
        var g = ctx.Generator!;
        switch (s)
        {
            case ExprStatementSyntax { Value: YieldSyntax y }:
                EmitYieldPoint(ctx, YieldedValue(ctx, y), discardSent: true);
                break;
            case ExprStatementSyntax e:
                w.Line($"_ = {ResumableExpr(ctx, e.Value)};");
                break;
            case AssignSyntax a:
            {
                string v = SpillTo(ctx, ResumableExpr(ctx, a.Value));
                foreach (var t in a.Targets)
                {
                    // The target's own operands, evaluated after the value (as CPython does).
                    if (YieldPoints.Contains(t))
                    {
                        ctx.Spilled ??= new Dictionary<ExpressionSyntax, string>();
                        if (t is SubscriptSyntax sub)
                        {
                            ctx.Spilled[sub.Value] = SpillTo(ctx, ResumableExpr(ctx, sub.Value));
                            ctx.Spilled[sub.Slice] = SpillTo(ctx, ResumableExpr(ctx, sub.Slice));
                        }
                        else if (t is AttributeSyntax at)
                            ctx.Spilled[at.Value] = SpillTo(ctx, ResumableExpr(ctx, at.Value));
                    }
                    EmitStore(ctx, t, v);
                }
                break;
            }
            case AnnAssignSyntax an when an.Value is not null:
                EmitStore(ctx, an.Target, SpillTo(ctx, ResumableExpr(ctx, an.Value)));
                break;
            case AugAssignSyntax aa:
                EmitResumableAugAssign(ctx, aa);
                break;
            case ReturnSyntax r:
                EmitReturn(ctx, r.Value is null ? $"{R}PyNone.Instance" : SpillTo(ctx, ResumableExpr(ctx, r.Value)));
                break;
            case RaiseSyntax ra:
            {
                string exc = SpillTo(ctx, ResumableExpr(ctx, ra.Exception!));
                if (ra.Cause is null)
                    w.Line($"throw {R}Raise.Exception({exc});");
                else
                    w.Line($"throw {R}Raise.From({exc}, {ResumableExpr(ctx, ra.Cause)});");
                break;
            }
            case AssertSyntax asr:
            {
                string ok = g.NewLabel("assertok");
                w.Line($"if ({ResumableCond(ctx, asr.Test)}) goto {ok};");
                w.Line($"throw {R}Errors.AssertionError({(asr.Message is null ? "null" : ResumableExpr(ctx, asr.Message))});");
                w.Line($"{ok}:;");
                break;
            }
            case IfSyntax i:
            {
                string orElse = g.NewLabel("else"), end = g.NewLabel("endif");
                w.Line($"if (!({ResumableCond(ctx, i.Test)})) goto {orElse};");
                EmitStatements(ctx, i.Body);
                w.Line($"goto {end};");
                w.Line($"{orElse}:;");
                EmitStatements(ctx, i.OrElse);
                w.Line($"{end}:;");
                break;
            }
            case WhileSyntax wh:
            {
                string top = g.NewLabel("while"), orElse = g.NewLabel("whileelse"), brk = g.NewLabel("whilebreak");
                w.Line($"{top}:;");
                Safepoint(w);
                w.Line($"if (!({ResumableCond(ctx, wh.Test)})) goto {orElse};");
                PushLabelledLoop(ctx, brk, top);
                EmitStatements(ctx, wh.Body);
                ctx.Loops.RemoveAt(ctx.Loops.Count - 1);
                w.Line($"goto {top};");
                w.Line($"{orElse}:;");
                EmitStatements(ctx, wh.OrElse);
                w.Line($"{brk}:;");
                break;
            }
            case ForSyntax f:
            {
                // The item is a lambda-local (out var): it is stored into the target right away.
                string it = ctx.Temp($"{R}ForIterator"), item = ctx.Fresh("item");
                string top = g.NewLabel("for"), orElse = g.NewLabel("forelse"), brk = g.NewLabel("forbreak");
                w.Line($"{it} = new {R}ForIterator({(f.Iter is SetSyntax ? IterExpr(ctx, f.Iter) : ResumableExpr(ctx, f.Iter))});");
                w.Line($"{top}:;");
                w.Line($"if (!{it}.MoveNext(out var {item})) goto {orElse};");
                Safepoint(w);
                EmitStoreFromExpr(ctx, f.Target, item);
                PushLabelledLoop(ctx, brk, top);
                EmitStatements(ctx, f.Body);
                ctx.Loops.RemoveAt(ctx.Loops.Count - 1);
                w.Line($"goto {top};");
                w.Line($"{orElse}:;");
                w.Line($"{it} = default;");
                EmitStatements(ctx, f.OrElse);
                w.Line($"{brk}:;");
                break;
            }
            case TrySyntax t:
                if (t.FinalBody.Count > 0)
                    EmitProtected(ctx, () => EmitResumableTryExcept(ctx, t), (pending, pendingLine) =>
                    {
                        EmitStatements(ctx, t.FinalBody);
                        w.Open($"if ({pending} is not null)");
                        if (ctx.TracksLines)
                            w.Line($"__line = {pendingLine};");
                        w.Line($"throw {Pending(pending)};");
                        w.Close();
                    });
                else
                    EmitResumableTryExcept(ctx, t);
                break;
            case WithSyntax wi:
                EmitResumableWith(ctx, wi.Items, 0, wi.Body);
                break;
            default:
                // The lowerer reports every other position as not supported.
                w.Line($"throw {R}Errors.NotImplementedError({CSharpNames.String("yield in " + s.PythonName + " is not supported")});");
                break;
        }
    }

    private void PushLabelledLoop(FunctionContext ctx, string breakLabel, string continueLabel)
    {
        ctx.Loops.Add(breakLabel);
        (ctx.ContinueLabels ??= new Dictionary<string, string>())[breakLabel] = continueLabel;
    }

    private void EmitResumableAugAssign(FunctionContext ctx, AugAssignSyntax aa)
    {
        var w = ctx.Body;
        string op = $"{R}BinaryOp.{InPlaceOps[aa.Op]}";
        switch (aa.Target)
        {
            case NameSyntax n:
            {
                string cur = SpillTo(ctx, LoadName(ctx, n.Id));
                string v = SpillTo(ctx, ResumableExpr(ctx, aa.Value));
                EmitStoreName(ctx, n.Id, $"{R}Ops.InPlace({op}, {cur}, {v})");
                break;
            }
            case AttributeSyntax at:
            {
                string o = SpillTo(ctx, Expr(ctx, at.Value));
                string attr = CSharpNames.String(at.Attr);
                string cur = SpillTo(ctx, $"{R}Ops.GetAttr({o}, {attr})");
                string v = SpillTo(ctx, ResumableExpr(ctx, aa.Value));
                w.Line($"{R}Ops.SetAttr({o}, {attr}, {R}Ops.InPlace({op}, {cur}, {v}));");
                break;
            }
            case SubscriptSyntax sub:
            {
                string o = SpillTo(ctx, Expr(ctx, sub.Value));
                string k = SpillTo(ctx, Expr(ctx, sub.Slice));
                string cur = SpillTo(ctx, $"{R}Ops.GetItem({o}, {k})");
                string v = SpillTo(ctx, ResumableExpr(ctx, aa.Value));
                w.Line($"{R}Ops.SetItem({o}, {k}, {R}Ops.InPlace({op}, {cur}, {v}));");
                break;
            }
        }
    }

    /// <summary>Writes <c>label: try {{ dispatch; body }}</c> as a region (see <see cref="GeneratorState"/>).</summary>
    private void OpenRegion(FunctionContext ctx)
    {
        var g = ctx.Generator!;
        string region = g.PushRegion();
        ctx.Body.Line($"{GeneratorState.EntryLabel(region)}:;");
        ctx.Body.Open("try");
        ctx.Body.Line(GeneratorState.Placeholder(region));
    }

    private void CloseRegion(FunctionContext ctx)
    {
        ctx.Generator!.PopRegion();
        ctx.Body.Close();
    }

    /// <summary>
    /// A try whose cleanup must run as ordinary code after it (a finally, or a with's exit): the
    /// try records a pending exception, or how a return/break/continue left it, the cleanup runs,
    /// then what was pending resumes.
    /// </summary>
    private void EmitProtected(FunctionContext ctx, Action body, Action<string, string> cleanup)
    {
        var w = ctx.Body;
        string how = ctx.Temp("int"), value = ctx.Temp(), pending = ctx.Temp($"{R}PyException?"), pendingLine = ctx.Temp("int");
        var redirect = new FinallyRedirect(ctx.Generator!.NewLabel("finally"), how, value, ctx.Loops.Count);
        w.Line($"{how} = 0;");
        w.Line($"{pending} = null;");
        OpenRegion(ctx);
        ctx.Redirects.Add(redirect);
        body();
        ctx.Redirects.RemoveAt(ctx.Redirects.Count - 1);
        CloseRegion(ctx);
        string e = ctx.Fresh("gfex");
        w.Open($"catch ({R}PyException {e})");
        w.Line($"{pending} = {e};");
        w.Line($"{pendingLine} = __line;");
        w.Close();
        w.Line($"{redirect.Label}:;");
        // An exception raised by the cleanup while one is pending gets it as __context__.
        OpenRegion(ctx);
        cleanup(pending, pendingLine);
        CloseRegion(ctx);
        w.Line($"catch ({R}PyException {e}_cleanup) when ({pending} is not null && {R}Raise.SetContext({e}_cleanup, {Pending(pending)}))");
        w.Line("{");
        w.Line("    throw;");
        w.Line("}");
        if (redirect.SawReturn)
        {
            w.Open($"if ({how} == {FinallyRedirect.Return})");
            EmitReturn(ctx, value + "!");
            w.Close();
        }
        if (redirect.SawBreak)
        {
            w.Open($"if ({how} == {FinallyRedirect.Break})");
            EmitBreak(ctx);
            w.Close();
        }
        if (redirect.SawContinue)
        {
            w.Open($"if ({how} == {FinallyRedirect.Continue})");
            EmitContinue(ctx);
            w.Close();
        }
    }

    /// <summary>try/except/else with a yield somewhere: the exception is caught and recorded,
    /// the handlers run after the try block, each as a region that chains __context__.</summary>
    private void EmitResumableTryExcept(FunctionContext ctx, TrySyntax t)
    {
        var w = ctx.Body;
        var g = ctx.Generator!;
        if (t.Handlers.Count == 0)
        {
            EmitStatements(ctx, t.Body);
            EmitStatements(ctx, t.OrElse);
            return;
        }
        string exc = ctx.Temp($"{R}PyException?"), excLine = ctx.Temp("int");
        string orElse = g.NewLabel("tryelse"), end = g.NewLabel("tryend");
        w.Line($"{exc} = null;");
        OpenRegion(ctx);
        EmitStatements(ctx, t.Body);
        CloseRegion(ctx);
        string caught = ctx.Fresh("gex");
        w.Open($"catch ({R}PyException {caught})");
        w.Line($"{exc} = {caught};");
        w.Line($"{excLine} = __line;");
        w.Close();
        w.Line($"if ({exc} is null) goto {orElse};");
        var handlers = t.Handlers.OfType<ExceptHandlerSyntax>().ToList();
        var labels = handlers.Select(_ => g.NewLabel("except")).ToList();
        bool catchAll = false;
        for (int i = 0; i < handlers.Count; i++)
        {
            if (handlers[i].Type is null)
            {
                w.Line($"goto {labels[i]};");
                catchAll = true;
                break;
            }
            w.Line($"if ({R}Raise.Matches({Pending(exc)}, {Expr(ctx, handlers[i].Type!)})) goto {labels[i]};");
        }
        if (!catchAll)
        {
            if (ctx.TracksLines)
                w.Line($"__line = {excLine};");
            w.Line($"throw {Pending(exc)};");
        }
        for (int i = 0; i < handlers.Count; i++)
        {
            var h = handlers[i];
            w.Line($"{labels[i]}:;");
            if (h.Name is not null)
                EmitStoreName(ctx, h.Name, $"{Pending(exc)}.Value");
            OpenRegion(ctx);
            ctx.Handlers.Add((Pending(exc), excLine));
            EmitStatements(ctx, h.Body);
            ctx.Handlers.RemoveAt(ctx.Handlers.Count - 1);
            CloseRegion(ctx);
            string inner = ctx.Fresh("gexin");
            w.Open($"catch ({R}PyException {inner})");
            w.Line($"{R}Raise.SetContext({inner}, {Pending(exc)});");
            if (h.Name is not null)
                EmitUnbind(ctx, h.Name);
            w.Line("throw;");
            w.Close();
            if (h.Name is not null)
                EmitUnbind(ctx, h.Name);
            w.Line($"goto {end};");
            if (h.Type is null)
                break;
        }
        w.Line($"{orElse}:;");
        EmitStatements(ctx, t.OrElse);
        w.Line($"{end}:;");
    }

    /// <summary>PEP 343 with a yield in the body: __exit__ runs as the cleanup of a protected region.</summary>
    private void EmitResumableWith(FunctionContext ctx, IReadOnlyList<WithItemSyntax> items, int index, IReadOnlyList<StatementSyntax> body)
    {
        if (index == items.Count)
        {
            EmitStatements(ctx, body);
            return;
        }
        var w = ctx.Body;
        var item = items[index];
        string mgr = ctx.Temp(), exit = ctx.Temp();
        w.Line($"{mgr} = {ResumableExpr(ctx, item.ContextExpr)};");
        w.Line($"{exit} = {R}ContextManagers.Exit({mgr});");
        string entered = $"{R}ContextManagers.Enter({mgr})";
        if (item.OptionalVars is not null)
            EmitStore(ctx, item.OptionalVars, SpillTo(ctx, entered));
        else
            w.Line(entered + ";");
        EmitProtected(ctx, () => EmitResumableWith(ctx, items, index + 1, body), (pending, pendingLine) =>
        {
            w.Open($"if ({pending} is not null)");
            w.Open($"if (!{R}ContextManagers.ExitWithException({exit}, {Pending(pending)}))");
            if (ctx.TracksLines)
                w.Line($"__line = {pendingLine};");
            w.Line($"throw {Pending(pending)};");
            w.Close();
            w.Close();
            w.Open("else");
            w.Line($"{R}ContextManagers.ExitNormally({exit});");
            w.Close();
        });
    }
}
