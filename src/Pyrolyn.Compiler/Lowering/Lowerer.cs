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
/// order, finally bodies that return/break/continue) are applied by the emitter as it writes
/// each construct.
/// </summary>
public sealed class Lowerer
{
    private const int MaxDepth = 400;
    private readonly DiagnosticBag _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private int _depth;
    /// <summary>The nodes from the module body down to the one being checked.</summary>
    private readonly List<SyntaxNode> _path = new();

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
        _path.Add(node);
        try
        {
            Check(node);
        }
        finally
        {
            _path.RemoveAt(_path.Count - 1);
            _depth--;
        }
    }

    private void Check(SyntaxNode node)
    {
        switch (node)
        {
            case YieldSyntax or YieldFromSyntax:
                // Generators compile as resumable methods; a few yield positions do not.
                if (YieldPoints.UnsupportedPosition(_path) is { } position)
                    NotSupported(node, position);
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
            case TryStarSyntax ts when ContainsYield(ts):
                // except* compiles as ordinary try/catch code, which a generator cannot suspend in.
                NotSupported(node, "'yield' inside try/except*");
                return;
            case ImportFromSyntax imf:
                foreach (var a in imf.Names)
                    if (a.Name == "*")
                        NotSupported(imf, "'from ... import *'");
                break;
            case ClassDefSyntax c:
                foreach (var k in c.Keywords)
                    if (k.Arg is null)
                        NotSupported(k, "class keyword unpacking");
                break;
        }
        VisitChildren(node);
    }

    private static bool ContainsYield(SyntaxNode node)
    {
        if (node is YieldSyntax or YieldFromSyntax)
            return true;
        if (node is FunctionDefSyntax or LambdaSyntax or ClassDefSyntax or AsyncFunctionDefSyntax)
            return false;
        foreach (var field in node.GetFields())
        {
            if (field.Value is SyntaxNode child && ContainsYield(child))
                return true;
            if (field.Value is System.Collections.IEnumerable items && field.Value is not string)
                foreach (var item in items)
                    if (item is SyntaxNode n && ContainsYield(n))
                        return true;
        }
        return false;
    }

    private void VisitChildren(SyntaxNode node)
    {
        foreach (var field in node.GetFields())
        {
            if (field.Value is SyntaxNode child)
                Visit(child);
            // Lists may hold nulls (dict unpacking keys, missing kw-only defaults).
            else if (field.Value is System.Collections.IEnumerable items && field.Value is not string)
                foreach (var item in items)
                    if (item is SyntaxNode n)
                        Visit(n);
        }
    }
}
