using System.Collections.Generic;
using System.Threading;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Diagnostics;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Lowering;

/// <summary>
/// Checks the bound tree for constructs the emitter does not compile yet and reports them as
/// "not supported" (never silently miscompiled). The desugarings themselves (augmented targets
/// evaluated once, chained comparisons, with → try/finally per PEP 343, comprehensions → local
/// functions, for/while-else flags, f-strings → format calls, decorators, default evaluation
/// order) are applied by the emitter as it writes each construct.
/// </summary>
public sealed class Lowerer
{
    private const int MaxDepth = 400;
    private readonly DiagnosticBag _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private int _depth;
    private int _finallyDepth;
    private int _loopInFinally;

    private Lowerer(DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    public static BoundModule Lower(BoundModule module, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var lowerer = new Lowerer(diagnostics, cancellationToken);
        foreach (var s in module.Syntax.Body)
            lowerer.Visit(s);
        return module;
    }

    private void NotSupported(SyntaxNode node, string feature) => _diagnostics.ReportNotSupported(node.Span, feature);

    private void Visit(SyntaxNode node)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (++_depth > MaxDepth)
        {
            _depth--;
            return;
        }
        try
        {
            Check(node);
        }
        finally
        {
            _depth--;
        }
    }

    private void Check(SyntaxNode node)
    {
        switch (node)
        {
            case YieldSyntax or YieldFromSyntax or GeneratorExpSyntax:
                NotSupported(node, "generators");
                break;
            case AsyncFunctionDefSyntax or AsyncForSyntax or AsyncWithSyntax or AwaitSyntax:
                NotSupported(node, "async/await");
                return;
            case ComprehensionSyntax { IsAsync: not 0 }:
                NotSupported(node, "async comprehensions");
                break;
            case MatchSyntax:
                NotSupported(node, "the match statement");
                return;
            case TryStarSyntax:
                NotSupported(node, "except*");
                return;
            case ImportFromSyntax imf:
                foreach (var a in imf.Names)
                    if (a.Name == "*")
                        NotSupported(imf, "'from ... import *'");
                break;
            case ClassDefSyntax c:
                foreach (var k in c.Keywords)
                    NotSupported(k, k.Arg is null ? "class keyword unpacking" : $"class keyword '{k.Arg}' (metaclasses)");
                break;
            case TrySyntax t:
                foreach (var s in t.Body) Visit(s);
                foreach (var h in t.Handlers) Visit(h);
                foreach (var s in t.OrElse) Visit(s);
                _finallyDepth++;
                int saved = _loopInFinally;
                _loopInFinally = 0;
                foreach (var s in t.FinalBody) Visit(s);
                _loopInFinally = saved;
                _finallyDepth--;
                return;
            case ForSyntax or WhileSyntax when _finallyDepth > 0:
                _loopInFinally++;
                VisitChildren(node);
                _loopInFinally--;
                return;
            case ReturnSyntax when _finallyDepth > 0:
                NotSupported(node, "'return' inside 'finally'");
                break;
            case StatementSyntax s when _finallyDepth > 0 && _loopInFinally == 0 && s.PythonName is "Break" or "Continue":
                NotSupported(node, $"'{s.PythonName.ToLowerInvariant()}' inside 'finally'");
                break;
            case FunctionDefSyntax or LambdaSyntax or ClassDefSyntax:
                int savedF = _finallyDepth, savedL = _loopInFinally;
                _finallyDepth = 0;
                _loopInFinally = 0;
                VisitChildren(node);
                _finallyDepth = savedF;
                _loopInFinally = savedL;
                return;
        }
        VisitChildren(node);
    }

    private void VisitChildren(SyntaxNode node)
    {
        foreach (var field in node.GetFields())
        {
            if (field.Value is SyntaxNode child)
                Visit(child);
            else if (field.Value is IEnumerable<SyntaxNode> list)
                foreach (var item in list)
                    Visit(item);
            else if (field.Value is System.Collections.IEnumerable items && field.Value is not string)
                foreach (var item in items)
                    if (item is SyntaxNode n)
                        Visit(n);
        }
    }
}
