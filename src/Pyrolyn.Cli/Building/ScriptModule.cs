using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Pyrolyn.Compiler;
using Pyrolyn.Compiler.Diagnostics;

namespace Pyrolyn.Cli.Building;

/// <summary>How a program's scripts are compiled to C# and then to IL.</summary>
public sealed class ProgramOptions
{
    /// <summary>GIL safepoints in the generated code (off only for the safepoint-cost benchmark).</summary>
    public bool EmitSafepoints { get; init; } = true;

    /// <summary><c>#line</c> directives mapping the generated C# back to the .py files.</summary>
    public bool EmitLineDirectives { get; init; } = true;

    /// <summary>Roslyn's Release optimizations.</summary>
    public bool Optimize { get; init; } = true;

    /// <summary>A stable text for cache keys.</summary>
    public string CacheText =>
        $"safepoints={EmitSafepoints};lines={EmitLineDirectives};optimize={Optimize}";
}

/// <summary>One .py file of a program and what the Python compiler made of it.</summary>
public sealed class ScriptModule
{
    public ScriptModule(string moduleName, string fullPath, string displayPath, string sourceText, CompilationResult result)
    {
        ModuleName = moduleName;
        FullPath = fullPath;
        DisplayPath = displayPath;
        SourceText = sourceText;
        Result = result;
    }

    /// <summary>The Python module name the script was compiled under (<c>__main__</c> for the entry script).</summary>
    public string ModuleName { get; }

    public string FullPath { get; }

    /// <summary>The path used in diagnostics, <c>#line</c> directives and tracebacks.</summary>
    public string DisplayPath { get; }

    public string SourceText { get; }

    public CompilationResult Result { get; }

    /// <summary>The generated C# class, <c>Pyrolyn.Scripts.&lt;ClassName&gt;</c>.</summary>
    public string ClassName => ModuleNaming.ClassName(ModuleName);

    /// <summary>A file name for the generated C# (unique within a program).</summary>
    public string GeneratedFileName => ClassName + ".g.cs";
}

/// <summary>Every script of a program translated to C#, or the diagnostics that stopped it.</summary>
public sealed class ProgramTranslation
{
    public ProgramTranslation(string entryPath, string rootDirectory, IReadOnlyList<ScriptModule> modules,
        IReadOnlyList<string> probedMissingPaths)
    {
        EntryPath = entryPath;
        RootDirectory = rootDirectory;
        Modules = modules;
        ProbedMissingPaths = probedMissingPaths;
    }

    public string EntryPath { get; }

    /// <summary>The folder imports are searched in (the entry script's folder, like <c>sys.path[0]</c>).</summary>
    public string RootDirectory { get; }

    /// <summary>The entry script first, then the modules it imports in discovery order.</summary>
    public IReadOnlyList<ScriptModule> Modules { get; }

    /// <summary>Candidate files for imports that did not exist (builtin modules): a cached build is
    /// stale when one of them appears.</summary>
    public IReadOnlyList<string> ProbedMissingPaths { get; }

    public IEnumerable<Diagnostic> Diagnostics => Modules.SelectMany(m => m.Result.Diagnostics);

    public bool Success => Modules.All(m => m.Result.Success);

    /// <summary><c>file:line:col: error PY####: message</c> for every error.</summary>
    public IReadOnlyList<string> Errors =>
        Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();

    /// <summary>Every diagnostic, warnings included, in file order.</summary>
    public IReadOnlyList<string> AllDiagnosticLines =>
        Modules.SelectMany(m => m.Result.Diagnostics
                .OrderBy(d => d.Start.Line).ThenBy(d => d.Start.Character)
                .Select(d => d.ToString()))
            .ToList();
}

/// <summary>The outcome of compiling a program to an assembly.</summary>
public sealed class BuildResult
{
    public BuildResult(bool success, string? assemblyPath, IReadOnlyList<string> errors, ProgramTranslation? translation,
        bool cacheHit = false)
    {
        Success = success;
        AssemblyPath = assemblyPath;
        Errors = errors;
        Translation = translation;
        CacheHit = cacheHit;
    }

    public bool Success { get; }

    /// <summary>The written <c>&lt;name&gt;.dll</c>, when <see cref="Success"/>.</summary>
    public string? AssemblyPath { get; }

    /// <summary>Formatted PY (or, for a compiler bug, CS) errors.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Null on a cache hit (nothing was translated).</summary>
    public ProgramTranslation? Translation { get; }

    public bool CacheHit { get; }

    public static BuildResult Failed(IReadOnlyList<string> errors, ProgramTranslation? translation = null) =>
        new(false, null, errors, translation);
}

/// <summary>An error in how the CLI was used (missing file, bad option): exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message) : base(message)
    {
    }
}

internal static class PathDisplay
{
    /// <summary>The path relative to the current directory when it is below it, else absolute.</summary>
    public static string For(string fullPath)
    {
        string rel = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return rel.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(rel) ? fullPath : rel;
    }
}
