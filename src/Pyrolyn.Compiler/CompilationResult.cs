using System.Collections.Generic;
using System.Linq;
using Pyrolyn.Compiler.Diagnostics;

namespace Pyrolyn.Compiler;

/// <summary>The outcome of compiling one script: C# text, or the reasons there is none.</summary>
public sealed class CompilationResult
{
    public CompilationResult(string moduleName, string? generatedCode, IReadOnlyList<Diagnostic> diagnostics,
        IReadOnlyList<string> imports)
    {
        ModuleName = moduleName;
        GeneratedCode = generatedCode;
        Diagnostics = diagnostics;
        Imports = imports;
    }

    public string ModuleName { get; }
    public string ClassName => ModuleNaming.ClassName(ModuleName);

    /// <summary>The C# source, or null when an error was reported.</summary>
    public string? GeneratedCode { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Absolute module names this script imports (for the CLI to find them).</summary>
    public IReadOnlyList<string> Imports { get; }

    public bool Success => GeneratedCode is not null && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
