using System.Collections.Generic;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Emit;

public sealed partial class CSharpEmitter
{
    /// <summary>A return, or a break/continue of a loop outside the finally body.</summary>
    private static bool FinallyEscapes(IReadOnlyList<StatementSyntax> body)
    {
        bool found = false;
        void Walk(SyntaxNode node, bool inLoop)
        {
            if (found)
                return;
            switch (node)
            {
                case ReturnSyntax:
                    found = true;
                    return;
                case StatementSyntax s when !inLoop && s.PythonName is "Break" or "Continue":
                    found = true;
                    return;
                case FunctionDefSyntax or ClassDefSyntax or LambdaSyntax or ExpressionSyntax:
                    return;
                case ForSyntax f:
                    foreach (var b in f.Body) Walk(b, true);
                    foreach (var b in f.OrElse) Walk(b, inLoop);
                    return;
                case WhileSyntax wh:
                    foreach (var b in wh.Body) Walk(b, true);
                    foreach (var b in wh.OrElse) Walk(b, inLoop);
                    return;
            }
            foreach (var field in node.GetFields())
            {
                if (field.Value is SyntaxNode child)
                    Walk(child, inLoop);
                else if (field.Value is System.Collections.IEnumerable items && field.Value is not string)
                    foreach (var item in items)
                        if (item is SyntaxNode n)
                            Walk(n, inLoop);
            }
        }
        foreach (var s in body)
            Walk(s, false);
        return found;
    }

    /// <summary>
    /// try/finally where the finally body may return, break or continue (which C# forbids in a
    /// finally block): the try records how it was left, the finally body runs after it as
    /// ordinary code, then the pending exception, return, break or continue resumes.
    /// </summary>
    private void EmitTryWithEscapingFinally(FunctionContext ctx, TrySyntax t)
    {
        var w = ctx.Body;
        string how = ctx.Temp("int"), value = ctx.Temp(), pending = ctx.Temp($"{R}PyException?"), pendingLine = ctx.Temp("int");
        var redirect = new FinallyRedirect(ctx.Fresh("finally_"), how, value, ctx.Loops.Count);
        w.Line($"{how} = 0;");
        w.Line($"{pending} = null;");
        string e = ctx.Fresh("fex");
        w.Open("try");
        ctx.Redirects.Add(redirect);
        EmitTry(ctx, new TrySyntax(t.Span, t.Body, t.Handlers, t.OrElse, System.Array.Empty<StatementSyntax>()));
        ctx.Redirects.RemoveAt(ctx.Redirects.Count - 1);
        w.Close();
        w.Open($"catch ({R}PyException {e})");
        w.Line($"{pending} = {e};");
        if (ctx.TracksLines)
            w.Line($"{pendingLine} = __line;");
        w.Close();
        w.Line($"{redirect.Label}:;");
        EmitStatements(ctx, t.FinalBody);
        // The finally body completed normally: resume what the try was doing.
        w.Open($"if ({pending} is not null)");
        if (ctx.TracksLines)
            w.Line($"__line = {pendingLine};");
        w.Line($"throw {pending};");
        w.Close();
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

    private void EmitReturn(FunctionContext ctx, string value)
    {
        var w = ctx.Body;
        if (ctx.Redirects.Count == 0)
        {
            w.Line($"return {(ctx.Generator is { } gen ? $"{gen.Gen}.Return({value})" : value)};");
            return;
        }
        var r = ctx.Redirects[ctx.Redirects.Count - 1];
        r.SawReturn = true;
        w.Line($"{r.Value} = {value};");
        w.Line($"{r.How} = {FinallyRedirect.Return};");
        w.Line($"goto {r.Label};");
    }

    private void EmitBreak(FunctionContext ctx)
    {
        var w = ctx.Body;
        if (ctx.Redirects.Count > 0 && ctx.Redirects[ctx.Redirects.Count - 1] is { } r && r.LoopDepth == ctx.Loops.Count)
        {
            r.SawBreak = true;
            w.Line($"{r.How} = {FinallyRedirect.Break};");
            w.Line($"goto {r.Label};");
            return;
        }
        var label = ctx.Loops.Count > 0 ? ctx.Loops[ctx.Loops.Count - 1] : null;
        w.Line(label is null ? "break;" : $"goto {label};");
    }

    private void EmitContinue(FunctionContext ctx)
    {
        var w = ctx.Body;
        if (ctx.Redirects.Count > 0 && ctx.Redirects[ctx.Redirects.Count - 1] is { } r && r.LoopDepth == ctx.Loops.Count)
        {
            r.SawContinue = true;
            w.Line($"{r.How} = {FinallyRedirect.Continue};");
            w.Line($"goto {r.Label};");
            return;
        }
        // A loop of a generator written with labels.
        if (ctx.ContinueLabels is { } labels && ctx.Loops.Count > 0 && ctx.Loops[ctx.Loops.Count - 1] is { } loop && labels.TryGetValue(loop, out var target))
        {
            w.Line($"goto {target};");
            return;
        }
        w.Line("continue;");
    }
}
