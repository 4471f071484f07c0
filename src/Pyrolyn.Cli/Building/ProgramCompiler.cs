using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Pyrolyn.Compiler;
using Pyrolyn.Compiler.Text;

namespace Pyrolyn.Cli.Building;

/// <summary>A C# compile error: the generated file it is in (null: none) and the formatted text.</summary>
public sealed record CSharpError(string? SourceFileName, string Text);

/// <summary>A script to compile as one module of a program.</summary>
/// <param name="FullPath">The .py file.</param>
/// <param name="ModuleName">The module name it is compiled under (<c>__main__</c> for a program's entry script).</param>
/// <param name="IsEntryPoint">Whether the compiler emits <c>Pyrolyn.Scripts.Program.Main</c> for it.</param>
/// <param name="DisplayPath">The path shown in diagnostics and tracebacks; null: derived from <paramref name="FullPath"/>.</param>
public sealed record ScriptRoot(string FullPath, string ModuleName, bool IsEntryPoint, string? DisplayPath = null);

/// <summary>
/// Python program → C# → IL, in process: finds the local modules an entry script imports (the
/// entry script's folder is searched like CPython's <c>sys.path[0]</c>), translates every one with
/// <see cref="PythonCompiler"/>, compiles the C# with Roslyn and writes a runnable
/// <c>&lt;name&gt;.dll</c> beside its <c>runtimeconfig.json</c> and <c>Pyrolyn.Runtime.dll</c>.
/// The CLI, the conformance tests and the benchmarks all build programs through this class.
/// </summary>
public static class ProgramCompiler
{
    /// <summary>The runtime assembly that generated code references and runs on.</summary>
    public static string RuntimeAssemblyPath => typeof(Pyrolyn.Runtime.PyObject).Assembly.Location;

    /// <summary>
    /// Identifies this compiler build for cache keys: the CLI, compiler and runtime assemblies'
    /// module version ids change whenever any of them is rebuilt with different code.
    /// </summary>
    public static string CompilerVersion { get; } = string.Join(";",
        typeof(ProgramCompiler).Assembly.ManifestModule.ModuleVersionId,
        typeof(PythonCompiler).Assembly.ManifestModule.ModuleVersionId,
        typeof(Pyrolyn.Runtime.PyObject).Assembly.ManifestModule.ModuleVersionId,
        typeof(CSharpCompilation).Assembly.GetName().Version);

    // ---------------------------------------------------------------- Python → C#

    /// <summary>Translates an entry script (as <c>__main__</c>, with a <c>Main</c>) and every local
    /// module it imports, transitively.</summary>
    public static ProgramTranslation Translate(string entryPath, ProgramOptions options,
        CancellationToken cancellationToken = default)
    {
        string full = Path.GetFullPath(entryPath);
        if (!File.Exists(full))
            throw new UsageException($"can't open file '{entryPath}': No such file or directory");
        string display = Path.IsPathRooted(entryPath) ? entryPath : PathDisplay.For(full);
        return Translate(new[] { new ScriptRoot(full, "__main__", true, display) }, Path.GetDirectoryName(full)!,
            options, cancellationToken);
    }

    /// <summary>Translates several root scripts and the local modules they import (each module once).</summary>
    public static ProgramTranslation Translate(IEnumerable<ScriptRoot> roots, string rootDirectory, ProgramOptions options,
        CancellationToken cancellationToken = default)
    {
        var modules = new List<ScriptModule>();
        var byName = new Dictionary<string, ScriptModule>(StringComparer.Ordinal);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var queue = new Queue<ScriptRoot>(roots);
        var seenImports = new HashSet<string>(StringComparer.Ordinal);

        while (queue.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var root = queue.Dequeue();
            if (byName.ContainsKey(root.ModuleName))
                continue;
            var module = TranslateScript(root, options, cancellationToken, rootDirectory);
            byName.Add(root.ModuleName, module);
            modules.Add(module);

            foreach (string import in module.Result.Imports)
            {
                // `import a.b.c` runs a, a.b and a.b.c.
                string[] parts = import.Split('.');
                for (int i = 1; i <= parts.Length; i++)
                {
                    string name = string.Join(".", parts, 0, i);
                    if (!seenImports.Add(name) || byName.ContainsKey(name))
                        continue;
                    string? file = ResolveModule(rootDirectory, name, missing);
                    if (file is null)
                        continue; // a builtin module (math, sys, ...) or a name the runtime reports at run time
                    queue.Enqueue(new ScriptRoot(file, name, false));
                }
            }
        }

        return new ProgramTranslation(roots.FirstOrDefault()?.FullPath ?? rootDirectory, rootDirectory, modules, missing.ToList());
    }

    /// <summary>Translates one script, reading it as UTF-8 like CPython does by default. Its imports
    /// may name the local modules found under <paramref name="rootDirectory"/> (default: the script's
    /// folder) or runtime modules; any other import is a PY2003 error.</summary>
    public static ScriptModule TranslateScript(ScriptRoot root, ProgramOptions options, CancellationToken cancellationToken = default,
        string? rootDirectory = null)
    {
        string searchDirectory = rootDirectory ?? Path.GetDirectoryName(root.FullPath)!;
        string text = ReadSource(root.FullPath);
        string display = root.DisplayPath ?? PathDisplay.For(root.FullPath);
        var compilerOptions = new Pyrolyn.Compiler.CompilationOptions
        {
            ModuleName = root.ModuleName,
            IsEntryPoint = root.IsEntryPoint,
            EmitSafepoints = options.EmitSafepoints,
            EmitLineDirectives = options.EmitLineDirectives,
            ProjectModuleExists = name => ResolveModule(searchDirectory, name) is not null,
        };
        var result = PythonCompiler.Compile(new SourceText(text, display), compilerOptions, cancellationToken);
        return new ScriptModule(root.ModuleName, root.FullPath, display, text, result);
    }

    /// <summary>Where <c>import name</c> finds a local file: <c>name/__init__.py</c> (a package
    /// wins, as in CPython's FileFinder), else <c>name.py</c>; null when neither exists.</summary>
    public static string? ResolveModule(string rootDirectory, string moduleName, ICollection<string>? probedMissing = null)
    {
        string rel = Path.Combine(moduleName.Split('.'));
        string package = Path.Combine(rootDirectory, rel, "__init__.py");
        if (File.Exists(package))
            return package;
        string module = Path.Combine(rootDirectory, rel + ".py");
        if (File.Exists(module))
            return module;
        probedMissing?.Add(package);
        probedMissing?.Add(module);
        return null;
    }

    internal static string ReadSource(string path)
    {
        // Decode strictly as UTF-8 (the default source encoding); drop a BOM.
        byte[] bytes = File.ReadAllBytes(path);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        int skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return utf8.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException)
        {
            throw new UsageException($"{PathDisplay.For(path)}: the file is not valid UTF-8");
        }
    }

    // ---------------------------------------------------------------- C# → IL

    /// <summary>Translates and compiles a program into <paramref name="outputDirectory"/>:
    /// <c>&lt;assemblyName&gt;.dll</c>, its runtimeconfig and the runtime DLL.</summary>
    public static BuildResult Build(string entryPath, string outputDirectory, ProgramOptions options,
        string? assemblyName = null, CancellationToken cancellationToken = default)
    {
        var translation = Translate(entryPath, options, cancellationToken);
        if (!translation.Success)
            return BuildResult.Failed(translation.Errors, translation);
        assemblyName ??= DefaultAssemblyName(entryPath);
        return CompileAssembly(translation, assemblyName, outputDirectory, options, extraSources: null, cancellationToken);
    }

    /// <summary>The program name for a script: <c>dir/my-prog.py</c> → <c>my-prog</c>.</summary>
    public static string DefaultAssemblyName(string entryPath)
    {
        string name = Path.GetFileNameWithoutExtension(entryPath);
        var sb = new StringBuilder();
        foreach (char c in name)
            sb.Append(char.IsLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_');
        return sb.Length == 0 ? "program" : sb.ToString();
    }

    /// <summary>Compiles a successful translation (plus any extra C#, e.g. a dispatcher <c>Main</c>)
    /// into <paramref name="outputDirectory"/>.</summary>
    public static BuildResult CompileAssembly(ProgramTranslation translation, string assemblyName, string outputDirectory,
        ProgramOptions options, IEnumerable<(string FileName, string Code)>? extraSources = null,
        CancellationToken cancellationToken = default)
    {
        if (!translation.Success)
            return BuildResult.Failed(translation.Errors, translation);

        var clash = translation.Modules.GroupBy(m => m.ClassName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            return BuildResult.Failed(new[]
            {
                $"{clash.First().DisplayPath}: error: modules {string.Join(" and ", clash.Select(m => "'" + m.ModuleName + "'"))} " +
                $"both map to the C# class {clash.Key}",
            }, translation);
        }

        var sources = translation.Modules
            .Select(m => (m.GeneratedFileName, m.Result.GeneratedCode!))
            .Concat(extraSources ?? Enumerable.Empty<(string, string)>());
        var errors = CompileCSharp(assemblyName, sources, outputDirectory, options, cancellationToken);
        if (errors.Count > 0)
            return BuildResult.Failed(errors, translation);
        return new BuildResult(true, Path.Combine(outputDirectory, assemblyName + ".dll"), Array.Empty<string>(), translation);
    }

    /// <summary>Compiles C# sources to a console application; returns the errors (none: success).</summary>
    public static IReadOnlyList<string> CompileCSharp(string assemblyName, IEnumerable<(string FileName, string Code)> sources,
        string outputDirectory, ProgramOptions options, CancellationToken cancellationToken = default) =>
        CompileCSharpDetailed(assemblyName, sources, outputDirectory, options, mainTypeName: null, cancellationToken)
            .Select(e => e.Text).ToList();

    /// <summary>Compiles C# sources to a console application whose entry point is in
    /// <paramref name="mainTypeName"/> (null: the only <c>Main</c>). Each error names the source
    /// file (as given in <paramref name="sources"/>) it was reported in.</summary>
    public static IReadOnlyList<CSharpError> CompileCSharpDetailed(string assemblyName,
        IEnumerable<(string FileName, string Code)> sources, string outputDirectory, ProgramOptions options,
        string? mainTypeName, CancellationToken cancellationToken = default)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources
            .Select(s => CSharpSyntaxTree.ParseText(s.Code, parseOptions, path: s.FileName, encoding: Encoding.UTF8,
                cancellationToken: cancellationToken))
            .ToList();

        var compilationOptions = new CSharpCompilationOptions(OutputKind.ConsoleApplication, mainTypeName: mainTypeName)
            .WithOptimizationLevel(options.Optimize ? OptimizationLevel.Release : OptimizationLevel.Debug)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithDeterministic(true)
            .WithConcurrentBuild(true)
            .WithAllowUnsafe(false)
            .WithOverflowChecks(false)
            .WithSpecificDiagnosticOptions(SuppressedWarnings);

        var compilation = CSharpCompilation.Create(assemblyName, trees, References.Value, compilationOptions);

        Directory.CreateDirectory(outputDirectory);
        string dllPath = Path.Combine(outputDirectory, assemblyName + ".dll");
        using (var pe = new MemoryStream())
        {
            // An embedded portable PDB keeps line numbers (mapped to the .py files by #line) in
            // .NET stack traces, which the runtime may turn into Python tracebacks.
            var emitOptions = new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded);
            EmitResult result = compilation.Emit(pe, options: emitOptions, cancellationToken: cancellationToken);
            if (!result.Success)
            {
                return result.Diagnostics
                    .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                    .Select(d => new CSharpError(d.Location.SourceTree?.FilePath, FormatRoslyn(d)))
                    .Distinct()
                    .Take(200)
                    .ToList();
            }
            WriteAtomically(dllPath, pe.ToArray());
        }
        WriteRuntimeConfig(outputDirectory, assemblyName);
        CopyRuntime(outputDirectory);
        return Array.Empty<CSharpError>();
    }

    private static string FormatRoslyn(Microsoft.CodeAnalysis.Diagnostic d)
    {
        var span = d.Location.GetMappedLineSpan();
        string where = span.IsValid
            ? $"{span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}: "
            : "";
        return $"{where}error {d.Id}: {d.GetMessage()} (in the generated C#: a Pyrolyn compiler bug)";
    }

    /// <summary>Warnings that generated code may legitimately cause.</summary>
    private static readonly ImmutableDictionary<string, ReportDiagnostic> SuppressedWarnings =
        new[] { "CS0162", "CS0164", "CS0168", "CS0219", "CS8321", "CS1998", "CS0649", "CS0169", "CS0414" }
            .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Suppress);

    /// <summary>The running framework's assemblies (the TPA list, filtered to the shared framework
    /// folder so a test host's own assemblies stay out) and the runtime.</summary>
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
    {
        string frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDir, StringComparison.Ordinal))
            .ToList();
        if (paths.Count == 0)
            paths = Directory.GetFiles(frameworkDir, "*.dll").ToList();
        var refs = new List<MetadataReference>();
        foreach (string p in paths.Where(p => !p.EndsWith("Native.dll", StringComparison.OrdinalIgnoreCase)))
        {
            if (IsManagedAssembly(p))
                refs.Add(MetadataReference.CreateFromFile(p));
        }
        refs.Add(MetadataReference.CreateFromFile(RuntimeAssemblyPath));
        return refs;
    });

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
        catch (FileLoadException)
        {
            return false;
        }
    }

    /// <summary>Writes <c>&lt;name&gt;.runtimeconfig.json</c> for the running framework version.</summary>
    public static void WriteRuntimeConfig(string outputDirectory, string assemblyName)
    {
        var v = Environment.Version;
        string json =
            "{\n" +
            "  \"runtimeOptions\": {\n" +
            $"    \"tfm\": \"net{v.Major}.{v.Minor}\",\n" +
            "    \"framework\": {\n" +
            "      \"name\": \"Microsoft.NETCore.App\",\n" +
            $"      \"version\": \"{v.Major}.{v.Minor}.0\"\n" +
            "    },\n" +
            "    \"configProperties\": {\n" +
            "      \"System.Globalization.Invariant\": true,\n" +
            "      \"System.Runtime.TieredPGO\": false,\n" +
            "      \"System.GC.Concurrent\": false,\n" +
            // See AotPublisher: without a background GC the gen0 budget grows with the (often
            // virtualized, huge) L3 size, and every allocation touches fresh, cold memory.
            $"      \"System.GC.Gen0MaxBudget\": {AotPublisher.Gen0MaxBudget},\n" +
            "      \"System.Runtime.Serialization.EnableUnsafeBinaryFormatterSerialization\": false\n" +
            "    }\n" +
            "  }\n" +
            "}\n";
        WriteAtomically(Path.Combine(outputDirectory, assemblyName + ".runtimeconfig.json"), Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Copies <c>Pyrolyn.Runtime.dll</c> (and its PDB) next to a compiled program.</summary>
    public static void CopyRuntime(string outputDirectory)
    {
        string src = RuntimeAssemblyPath;
        CopyIfChanged(src, Path.Combine(outputDirectory, Path.GetFileName(src)));
        string pdb = Path.ChangeExtension(src, ".pdb");
        if (File.Exists(pdb))
            CopyIfChanged(pdb, Path.Combine(outputDirectory, Path.GetFileName(pdb)));
    }

    private static void CopyIfChanged(string src, string dst)
    {
        var s = new FileInfo(src);
        var d = new FileInfo(dst);
        if (d.Exists && d.Length == s.Length && d.LastWriteTimeUtc == s.LastWriteTimeUtc)
            return;
        string tmp = dst + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.Copy(src, tmp, overwrite: true);
        File.SetLastWriteTimeUtc(tmp, s.LastWriteTimeUtc);
        File.Move(tmp, dst, overwrite: true);
    }

    internal static void WriteAtomically(string path, byte[] bytes)
    {
        string tmp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(tmp, bytes);
        File.Move(tmp, path, overwrite: true);
    }
}
