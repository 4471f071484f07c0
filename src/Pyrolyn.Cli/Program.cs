using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Pyrolyn.Cli.Building;

namespace Pyrolyn.Cli;

/// <summary>
/// <c>pyrolyn run|emit|check|build</c>. Exit codes: the program's own for <c>run</c>; 1 when a
/// script does not compile; 2 for a mistake in how pyrolyn was called or an I/O failure.
/// </summary>
public static class PyrolynCommandLine
{
    public const int UsageError = 2;

    private static readonly HashSet<string> RunFlags = new(StringComparer.Ordinal)
    {
        "--verbose", "-v", "--no-cache", "--subprocess", "--no-safepoints", "-h", "--help", "-?",
    };

    public static int Main(string[] args)
    {
        try
        {
            return Execute(args);
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine("pyrolyn: error: " + e.Message);
            return UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("pyrolyn: error: " + e.Message);
            return UsageError;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in pyrolyn itself (the compiler, Roslyn glue or the runtime): say so, with the stack.
            Console.Error.WriteLine("pyrolyn: internal error: " + e);
            return UsageError;
        }
    }

    public static int Execute(string[] args)
    {
        // `pyrolyn run [options] FILE.py [args...]`: everything after the script belongs to the
        // script (as with `python3 FILE.py args`), even tokens that look like pyrolyn options.
        string[] scriptArgs = Array.Empty<string>();
        int runAt = Array.IndexOf(args, "run");
        if (runAt >= 0 && args.Take(runAt).All(a => a.StartsWith('-')))
        {
            int i = runAt + 1;
            while (i < args.Length)
            {
                string a = args[i];
                if (a == "--")
                {
                    i++;
                    break;
                }
                if (a == "-X")
                    i += 2;
                else if ((a.StartsWith("-X", StringComparison.Ordinal) && a.Length > 2) || RunFlags.Contains(a))
                    i++;
                else
                    break;
            }
            if (i < args.Length)
            {
                scriptArgs = args.Skip(i + 1).ToArray();
                args = args.Take(i).Where(a => a != "--").Append(args[i]).ToArray();
            }
        }

        var root = BuildCommands(scriptArgs);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
        {
            foreach (var error in parse.Errors)
                Console.Error.WriteLine("pyrolyn: error: " + error.Message);
            Console.Error.WriteLine("Run 'pyrolyn --help' for usage.");
            return UsageError;
        }
        return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
    }

    private static RootCommand BuildCommands(string[] scriptArgs)
    {
        var root = new RootCommand("Pyrolyn: compiles Python 3.11 scripts to C# and runs them on .NET.");

        // ---- run
        var runFile = new Argument<string>("file") { Description = "The Python script to run." };
        var runArgs = new Argument<string[]>("args")
        {
            Description = "Arguments for the script (sys.argv[1:]).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Say what pyrolyn does (cache hits, compile times)." };
        var xOptions = new Option<string[]>("-X")
        {
            Description = "Implementation options, as in CPython: -X gil=0|1 (beats PYTHON_GIL).",
            AllowMultipleArgumentsPerToken = false,
        };
        var noCache = new Option<bool>("--no-cache") { Description = "Compile again even if a cached build exists." };
        var subprocess = new Option<bool>("--subprocess") { Description = "Run the program in a child dotnet process." };
        var noSafepoints = new Option<bool>("--no-safepoints") { Description = "Emit no GIL safepoints (benchmarking only)." };

        var run = new Command("run", "Compile (cached) and run a script; exits with the script's exit code.")
        {
            runFile, runArgs, verbose, xOptions, noCache, subprocess, noSafepoints,
        };
        run.SetAction(p => Run(
            p.GetValue(runFile)!,
            (p.GetValue(runArgs) ?? Array.Empty<string>()).Concat(scriptArgs).ToArray(),
            p.GetValue(verbose), p.GetValue(xOptions) ?? Array.Empty<string>(), p.GetValue(noCache),
            p.GetValue(subprocess), p.GetValue(noSafepoints)));
        root.Subcommands.Add(run);

        // ---- emit
        var emitFile = new Argument<string>("file") { Description = "The Python script." };
        var emitAll = new Option<bool>("--all") { Description = "Also print the modules the script imports." };
        var emitNoLines = new Option<bool>("--no-line-directives") { Description = "Leave out the #line directives." };
        var emitLibrary = new Option<bool>("--module") { Description = "Compile the script as an imported module (no Main)." };
        var emit = new Command("emit", "Print the C# generated for a script.") { emitFile, emitAll, emitNoLines, emitLibrary, noSafepoints };
        emit.SetAction(p => Emit(p.GetValue(emitFile)!, p.GetValue(emitAll), p.GetValue(emitNoLines), p.GetValue(emitLibrary),
            p.GetValue(noSafepoints)));
        root.Subcommands.Add(emit);

        // ---- check
        var checkFile = new Argument<string>("file") { Description = "The Python script." };
        var check = new Command("check", "Report every diagnostic (errors and warnings) of a script and the modules it imports.")
        {
            checkFile,
        };
        check.SetAction(p => Check(p.GetValue(checkFile)!));
        root.Subcommands.Add(check);

        // ---- build
        var buildFile = new Argument<string>("file") { Description = "The entry script." };
        var output = new Option<string>("--output", "-o") { Description = "The output directory.", Required = true };
        var aot = new Option<bool>("--aot") { Description = "Publish a NativeAOT binary (dotnet publish -r linux-x64)." };
        var rid = new Option<string>("--runtime", "-r") { Description = "The runtime identifier for --aot.", DefaultValueFactory = _ => "linux-x64" };
        var keepTemp = new Option<bool>("--keep-temp") { Description = "Keep the temporary --aot project." };
        var build = new Command("build", "Compile a script into a runnable program.") { buildFile, output, aot, rid, keepTemp, noSafepoints, verbose };
        build.SetAction(p => Build(p.GetValue(buildFile)!, p.GetValue(output)!, p.GetValue(aot), p.GetValue(rid)!,
            p.GetValue(keepTemp), p.GetValue(noSafepoints), p.GetValue(verbose)));
        root.Subcommands.Add(build);

        return root;
    }

    private static ProgramOptions Options(bool noSafepoints, bool noLineDirectives = false) => new()
    {
        EmitSafepoints = !noSafepoints,
        EmitLineDirectives = !noLineDirectives,
    };

    private static int Run(string file, string[] args, bool verbose, string[] xOptions, bool noCache, bool subprocess,
        bool noSafepoints)
    {
        string? gil = null;
        foreach (string x in xOptions)
        {
            if (x.StartsWith("gil=", StringComparison.Ordinal))
            {
                gil = x.Substring(4);
                if (gil is not ("0" or "1"))
                    throw new UsageException($"-X gil: expected 0 or 1, got '{gil}'");
            }
            else if (verbose)
            {
                Console.Error.WriteLine($"pyrolyn: ignoring -X {x}");
            }
        }

        var options = Options(noSafepoints);
        var log = verbose ? Console.Error : null;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        BuildResult result;
        string? tempDir = null;
        if (noCache)
        {
            tempDir = Path.Combine(Path.GetTempPath(), "pyrolyn-run-" + Guid.NewGuid().ToString("N"));
            try
            {
                result = ProgramCompiler.Build(file, tempDir, options);
            }
            catch
            {
                DeleteQuietly(tempDir);
                throw;
            }
        }
        else
        {
            result = new BuildCache().GetOrBuild(file, options, log);
        }
        try
        {
            return RunBuilt(result, args, gil, subprocess, log, watch);
        }
        finally
        {
            if (tempDir is not null)
                DeleteQuietly(tempDir);
        }
    }

    private static void DeleteQuietly(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
                Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static int RunBuilt(BuildResult result, string[] args, string? gil, bool subprocess, TextWriter? log,
        System.Diagnostics.Stopwatch watch)
    {
        if (!result.Success)
            return ReportErrors(result.Errors);
        log?.WriteLine($"pyrolyn: ready in {watch.ElapsedMilliseconds} ms: {result.AssemblyPath}");

        // -X gil reaches the program as its X option (PYROLYN_X_GIL), which beats PYTHON_GIL.
        if (gil is not null)
            Environment.SetEnvironmentVariable(Pyrolyn.Runtime.Hosting.PyrolynHost.XGilVariable, gil);
        if (subprocess)
        {
            var env = gil is null ? null : new Dictionary<string, string> { [Pyrolyn.Runtime.Hosting.PyrolynHost.XGilVariable] = gil };
            return ProgramRunner.RunAsChild(result.AssemblyPath!, args, env);
        }
        return ProgramRunner.RunInProcess(result.AssemblyPath!, args);
    }

    private static int Emit(string file, bool all, bool noLineDirectives, bool asModule, bool noSafepoints)
    {
        var options = Options(noSafepoints, noLineDirectives);
        ProgramTranslation translation;
        if (asModule)
        {
            string full = Path.GetFullPath(file);
            if (!File.Exists(full))
                throw new UsageException($"can't open file '{file}': No such file or directory");
            string name = Pyrolyn.Compiler.ModuleNaming.FromRelativePath(Path.GetFileName(full));
            translation = ProgramCompiler.Translate(new[] { new ScriptRoot(full, name, false, file) },
                Path.GetDirectoryName(full)!, options);
        }
        else
        {
            translation = ProgramCompiler.Translate(file, options);
        }
        foreach (var d in translation.Diagnostics.Where(d => d.Severity == Pyrolyn.Compiler.Diagnostics.DiagnosticSeverity.Warning))
            Console.Error.WriteLine(d.ToString());
        if (!translation.Success)
            return ReportErrors(translation.Errors);

        var stdout = Console.Out;
        var modules = all ? translation.Modules : translation.Modules.Take(1);
        bool headers = all && translation.Modules.Count > 1;
        foreach (var m in modules)
        {
            if (headers)
                stdout.WriteLine($"// ===== {m.DisplayPath} (module {m.ModuleName}) =====");
            stdout.Write(m.Result.GeneratedCode);
            if (!m.Result.GeneratedCode!.EndsWith('\n'))
                stdout.WriteLine();
        }
        return 0;
    }

    private static int Check(string file)
    {
        var translation = ProgramCompiler.Translate(file, Options(noSafepoints: false));
        foreach (string line in translation.AllDiagnosticLines)
            Console.Out.WriteLine(line);
        return translation.Success ? 0 : 1;
    }

    private static int Build(string file, string outputDirectory, bool aot, string rid, bool keepTemp, bool noSafepoints,
        bool verbose)
    {
        var options = Options(noSafepoints);
        string name = ProgramCompiler.DefaultAssemblyName(file);
        if (aot)
        {
            var translation = ProgramCompiler.Translate(file, options);
            if (!translation.Success)
                return ReportErrors(translation.Errors);
            string binary = AotPublisher.Publish(translation, name, outputDirectory, verbose ? Console.Error : TextWriter.Null,
                rid, keepTemp);
            Console.Error.WriteLine($"pyrolyn: wrote {binary}");
            return 0;
        }

        var result = ProgramCompiler.Build(file, outputDirectory, options, name);
        if (!result.Success)
            return ReportErrors(result.Errors);
        string launcher = Path.Combine(outputDirectory, name);
        if (!OperatingSystem.IsWindows() && !Directory.Exists(launcher))
        {
            File.WriteAllText(launcher,
                "#!/bin/sh\n# Runs the Pyrolyn-compiled program " + name + ".dll with the dotnet host.\n" +
                "exec dotnet \"$(dirname \"$0\")/" + name + ".dll\" \"$@\"\n", new UTF8Encoding(false));
            File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
        Console.Error.WriteLine($"pyrolyn: wrote {result.AssemblyPath} (run: dotnet {result.AssemblyPath}{(OperatingSystem.IsWindows() ? "" : ", or " + launcher)})");
        return 0;
    }

    private static int ReportErrors(IReadOnlyList<string> errors)
    {
        foreach (string e in errors)
            Console.Error.WriteLine(e);
        return 1;
    }
}
