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
/// emitting when an earlier phase reported an error.
/// </summary>
public static class PythonCompiler
{
    /// <summary>Parses a script. Syntax errors are in <paramref name="diagnostics"/>.</summary>
    public static ModuleSyntax Parse(SourceText text, DiagnosticBag diagnostics, CancellationToken cancellationToken = default) =>
        Parser.ParseModule(text, diagnostics, cancellationToken);

    /// <summary>Compiles one script to C#.</summary>
    public static CompilationResult Compile(SourceText text, CompilationOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag(text);
        var module = Parse(text, diagnostics, cancellationToken);
        if (diagnostics.HasErrors)
            return new CompilationResult(options.ModuleName, null, diagnostics.ToArray(), System.Array.Empty<string>());

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
