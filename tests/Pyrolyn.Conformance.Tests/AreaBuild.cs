using System.Collections.Concurrent;
using System.Text;
using Pyrolyn.Cli.Building;
using Pyrolyn.Compiler;

namespace Pyrolyn.Conformance.Tests;

/// <summary>
/// One corpus folder compiled into one assembly. Every script is compiled as a module of its own
/// under a unique name (<c>conformance_&lt;key&gt;</c>, no <c>Main</c>); the helpers the scripts
/// import are compiled once, under their own names. A small dispatcher <c>Main</c> runs the script
/// named by <c>args[0]</c> through <c>PyrolynHost.RunMain</c>, which runs it as <c>__main__</c>:
/// <c>dotnet &lt;area&gt;.dll &lt;key&gt; [args...]</c>.
/// </summary>
public sealed class AreaBuild
{
    private const string DispatcherType = "Pyrolyn.Conformance.Dispatcher";

    private static readonly ConcurrentDictionary<string, Lazy<AreaBuild>> Builds = new(StringComparer.Ordinal);

    private AreaBuild(string area, string? assemblyPath, IReadOnlyDictionary<string, string> keys,
        IReadOnlyDictionary<string, string> failures, TimeSpan buildTime)
    {
        Area = area;
        AssemblyPath = assemblyPath;
        Keys = keys;
        Failures = failures;
        BuildTime = buildTime;
    }

    public string Area { get; }

    /// <summary>The area's assembly; null when nothing in it compiled.</summary>
    public string? AssemblyPath { get; }

    /// <summary>Script (corpus-relative path) → dispatcher key, for the scripts in the assembly.</summary>
    public IReadOnlyDictionary<string, string> Keys { get; }

    /// <summary>Script → why it is not in the assembly (PY diagnostics or C# errors).</summary>
    public IReadOnlyDictionary<string, string> Failures { get; }

    public TimeSpan BuildTime { get; }

    /// <summary>The area's build, made once per test run.</summary>
    public static AreaBuild For(string area) =>
        Builds.GetOrAdd(area, a => new Lazy<AreaBuild>(() => Create(a), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static AreaBuild Create(string area)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var options = new ProgramOptions();
        string areaDir = Path.Combine(Corpus.Root, area.Replace('/', Path.DirectorySeparatorChar));
        var scripts = Corpus.Scripts.Where(s => Corpus.AreaOf(s) == area).ToList();
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);

        // Python → C#: each script as __main__, then the helpers the scripts import (transitively).
        var scriptModules = new Dictionary<string, ScriptModule>(StringComparer.Ordinal);
        foreach (string script in scripts)
        {
            string full = Corpus.FullPath(script);
            ScriptModule module;
            try
            {
                module = ProgramCompiler.TranslateScript(
                    new ScriptRoot(full, ModuleNameFor(script), IsEntryPoint: false, DisplayPath: Path.GetFileName(full)), options,
                    rootDirectory: areaDir);
            }
            catch (Exception e)
            {
                failures[script] = "crashed the Python compiler:\n" + e;
                continue;
            }
            if (module.Result.Success)
                scriptModules.Add(script, module);
            else
                failures[script] = "does not compile:\n" + string.Join("\n", module.Result.Diagnostics.Select(d => d.ToString()));
        }

        var helpers = new Dictionary<string, ScriptModule>(StringComparer.Ordinal); // module name → module
        var helperFailures = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new Queue<string>(scriptModules.Values.SelectMany(ImportCandidates));
        while (pending.Count > 0)
        {
            string name = pending.Dequeue();
            if (helpers.ContainsKey(name) || helperFailures.ContainsKey(name))
                continue;
            string? file = ProgramCompiler.ResolveModule(areaDir, name);
            if (file is null)
                continue;
            ScriptModule module;
            try
            {
                module = ProgramCompiler.TranslateScript(new ScriptRoot(file, name, IsEntryPoint: false), options, rootDirectory: areaDir);
            }
            catch (Exception e)
            {
                helperFailures[name] = $"{name} crashed the Python compiler:\n{e}";
                continue;
            }
            if (!module.Result.Success)
            {
                helperFailures[name] = string.Join("\n", module.Result.Diagnostics.Select(d => d.ToString()));
                continue;
            }
            helpers.Add(name, module);
            foreach (string next in ImportCandidates(module))
                pending.Enqueue(next);
        }

        // Scripts whose imports failed to compile fail with the helper's diagnostics.
        foreach (var (script, module) in scriptModules.ToList())
        {
            var bad = Closure(module, helpers).Intersect(helperFailures.Keys).ToList();
            if (bad.Count > 0)
            {
                failures[script] = "an imported module does not compile:\n" + string.Join("\n", bad.Select(b => helperFailures[b]));
                scriptModules.Remove(script);
            }
        }

        // C# → IL. A C# error (a compiler bug) drops the scripts it touches; the rest are retried.
        var keys = scriptModules.Keys.ToDictionary(s => s, KeyFor, StringComparer.Ordinal);
        string outDir = Path.Combine(AppContext.BaseDirectory, "conformance-build", Sanitize(area));
        string assemblyName = "conformance_" + Sanitize(area);
        for (int attempt = 0; attempt < 5 && scriptModules.Count > 0; attempt++)
        {
            var sources = new List<(string FileName, string Code)>();
            var fileOwner = new Dictionary<string, string>(StringComparer.Ordinal); // generated file → script or helper module
            foreach (var (script, module) in scriptModules)
            {
                string file = module.GeneratedFileName;
                sources.Add((file, module.Result.GeneratedCode!));
                fileOwner[file] = "script:" + script;
            }
            foreach (var helper in helpers.Values)
            {
                sources.Add((helper.GeneratedFileName, helper.Result.GeneratedCode!));
                fileOwner[helper.GeneratedFileName] = "module:" + helper.ModuleName;
            }
            sources.Add(("Dispatcher.g.cs", Dispatcher(scriptModules.Select(p => (keys[p.Key], p.Value)))));

            var errors = ProgramCompiler.CompileCSharpDetailed(assemblyName, sources, outDir, options, DispatcherType);
            if (errors.Count == 0)
            {
                return new AreaBuild(area, Path.Combine(outDir, assemblyName + ".dll"),
                    scriptModules.Keys.ToDictionary(s => s, s => keys[s], StringComparer.Ordinal), failures, watch.Elapsed);
            }

            var culprits = new HashSet<string>(StringComparer.Ordinal);
            foreach (var error in errors)
            {
                if (error.SourceFileName is not null && fileOwner.TryGetValue(error.SourceFileName, out string? owner))
                {
                    if (owner.StartsWith("script:", StringComparison.Ordinal))
                    {
                        string script = owner.Substring(7);
                        failures[script] = (failures.TryGetValue(script, out var f) ? f + "\n" : "generated C# does not compile:\n") + error.Text;
                        culprits.Add(script);
                    }
                    else
                    {
                        string helper = owner.Substring(7);
                        foreach (var (script, module) in scriptModules)
                        {
                            if (!Closure(module, helpers).Contains(helper))
                                continue;
                            failures[script] = (failures.TryGetValue(script, out var f) ? f + "\n" : $"generated C# of imported module {helper} does not compile:\n") + error.Text;
                            culprits.Add(script);
                        }
                        helpers.Remove(helper);
                    }
                }
            }
            if (culprits.Count == 0)
            {
                // An error nobody owns (the dispatcher, or a clash between modules): fail them all.
                string text = "the area's assembly does not compile:\n" + string.Join("\n", errors.Take(30).Select(e => e.Text));
                foreach (string script in scriptModules.Keys)
                    failures[script] = text;
                scriptModules.Clear();
                break;
            }
            foreach (string script in culprits)
                scriptModules.Remove(script);
        }
        foreach (string script in scriptModules.Keys)
            failures.TryAdd(script, "the area's assembly kept failing to compile");
        return new AreaBuild(area, null, new Dictionary<string, string>(), failures, watch.Elapsed);
    }

    /// <summary>Module names an import may load: <c>a.b</c> loads <c>a</c> and <c>a.b</c>.</summary>
    private static IEnumerable<string> ImportCandidates(ScriptModule module)
    {
        foreach (string import in module.Result.Imports)
        {
            string[] parts = import.Split('.');
            for (int i = 1; i <= parts.Length; i++)
                yield return string.Join(".", parts, 0, i);
        }
    }

    private static HashSet<string> Closure(ScriptModule root, IReadOnlyDictionary<string, ScriptModule> helpers)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(ImportCandidates(root));
        while (stack.Count > 0)
        {
            string name = stack.Pop();
            if (!seen.Add(name))
                continue;
            if (helpers.TryGetValue(name, out var module))
            {
                foreach (string next in ImportCandidates(module))
                    stack.Push(next);
            }
        }
        return seen;
    }

    private static string Dispatcher(IEnumerable<(string Key, ScriptModule Module)> scripts)
    {
        var sb = new StringBuilder();
        sb.Append("// <auto-generated/>: runs the conformance script named by args[0] as __main__.\n");
        sb.Append("namespace Pyrolyn.Conformance\n{\n    public static class Dispatcher\n    {\n");
        sb.Append("        public static int Main(string[] args)\n        {\n");
        sb.Append("            if (args.Length == 0) { global::System.Console.Error.WriteLine(\"usage: <script key> [args...]\"); return 2; }\n");
        sb.Append("            string[] rest = new string[args.Length - 1];\n");
        sb.Append("            global::System.Array.Copy(args, 1, rest, 0, rest.Length);\n");
        sb.Append("            switch (args[0])\n            {\n");
        foreach (var (key, module) in scripts.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            sb.Append($"                case {Literal(key)}: return global::Pyrolyn.Runtime.Hosting.PyrolynHost.RunMain(")
                .Append($"{Literal(module.ModuleName)}, {Literal(module.DisplayPath)}, rest, ")
                .Append($"global::{ModuleNaming.Namespace}.{module.ClassName}.Import);\n");
        }
        sb.Append("                default: global::System.Console.Error.WriteLine(\"unknown script key: \" + args[0]); return 2;\n");
        sb.Append("            }\n        }\n    }\n}\n");
        return sb.ToString();
    }

    private static string Literal(string s) =>
        Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(s, quote: true);

    /// <summary>The unique module name a script is compiled under.</summary>
    public static string ModuleNameFor(string script) => "conformance_" + KeyFor(script);

    /// <summary><c>types/str_basics.py</c> → <c>str_basics</c> (unique within its area).</summary>
    public static string KeyFor(string script) => Sanitize(Path.GetFileNameWithoutExtension(script));

    private static string Sanitize(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        if (sb.Length == 0 || char.IsAsciiDigit(sb[0]))
            sb.Insert(0, '_');
        return sb.ToString();
    }
}
