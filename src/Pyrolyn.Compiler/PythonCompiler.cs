using System;
using System.Threading;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Diagnostics;
using Pyrolyn.Compiler.Emit;
using Pyrolyn.Compiler.Lowering;
using Pyrolyn.Compiler.Syntax;
using Pyrolyn.Compiler.Text;

namespace Pyrolyn.Compiler;

/// <summary>
/// The compiler's one public entry point: Syntax → Binding → Lowering → Emit. It stops before
/// emitting when an earlier phase reported an error, and never throws (except on cancellation):
/// a compiler bug becomes a PY9001 diagnostic.
/// </summary>
public static class PythonCompiler
{
    // The binder, lowerer and emitter walk the tree recursively; like the parser they run on a
    // thread whose stack fits the deepest tree the parser accepts.
    private const int PhaseStackSize = 64 * 1024 * 1024;

    /// <summary>Parses a script. Syntax errors are in <paramref name="diagnostics"/>.</summary>
    public static ModuleSyntax Parse(SourceText text, DiagnosticBag diagnostics, CancellationToken cancellationToken = default) =>
        Parser.ParseModule(text, diagnostics, cancellationToken);

    /// <summary>Compiles one script to C#.</summary>
    public static CompilationResult Compile(SourceText text, CompilationOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag(text);
        CompilationResult? result = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = CompileCore(text, options, diagnostics, cancellationToken);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, PhaseStackSize);
        thread.Start();
        thread.Join();

        if (failure is OperationCanceledException)
            throw failure;
        if (failure is not null || result is null)
        {
            diagnostics.ReportInternalError(new TextSpan(0, 0), failure is null ? "no result" : $"{failure.GetType().Name}: {failure.Message}");
            return new CompilationResult(options.ModuleName, null, diagnostics.ToArray(), Array.Empty<string>());
        }
        return result;
    }

    private static CompilationResult CompileCore(SourceText text, CompilationOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var module = Parse(text, diagnostics, cancellationToken);
        if (diagnostics.HasErrors)
            return new CompilationResult(options.ModuleName, null, diagnostics.ToArray(), Array.Empty<string>());

        var bound = Binder.Bind(module, text, options, diagnostics, cancellationToken);
        if (diagnostics.HasErrors)
            return new CompilationResult(options.ModuleName, null, diagnostics.ToArray(), bound.Imports);

        var lowered = Lowerer.Lower(bound, diagnostics, cancellationToken);
        if (diagnostics.HasErrors)
            return new CompilationResult(options.ModuleName, null, diagnostics.ToArray(), bound.Imports);

        string code = CSharpEmitter.Emit(lowered, options, cancellationToken);
        return new CompilationResult(options.ModuleName, code, diagnostics.ToArray(), bound.Imports);
    }
}
