using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pyrolyn.Cli.Building;

namespace Pyrolyn.Benchmarks;

/// <summary>
/// Runs the benchmark programs (tests/conformance/benchmarks/*.py: they are conformance scripts
/// too, run there at their small default size) with CPython (the real binary, not the pyenv shim)
/// and as Pyrolyn programs, both as a NativeAOT binary (<c>pyrolyn build --aot</c>, what a user
/// ships) and on the JIT (<c>dotnet exec</c> of <c>pyrolyn build</c>'s output). Each program's
/// first line <c># benchmark-args: ...</c> gives the arguments for a benchmark-sized run. Checks
/// that all print the same and prints a Markdown table of the best CPU time of N runs (compile
/// time excluded) and the speedups with their geometric means.
/// <code>
/// dotnet run -c Release --project tests/Benchmarks [-- --runs 3] [--mode both|aot|jit] [--no-safepoints] [--filter fib] [--python PATH]
/// dotnet run -c Release --project tests/Benchmarks -- threads [--runs 3]   (threading benchmarks: ThreadBenchmarks)
/// </code>
/// </summary>
public static class BenchmarkProgram
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "threads")
            return ThreadBenchmarks.Run(args[1..]);
        int runs = 3;
        bool noSafepoints = false;
        string mode = "both";
        string? filter = null;
        string? python = null;
        string? programsDir = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs" or "-n" when i + 1 < args.Length:
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--mode" when i + 1 < args.Length && args[i + 1] is "both" or "aot" or "jit":
                    mode = args[++i];
                    break;
                case "--no-safepoints":
                    noSafepoints = true;
                    break;
                case "--filter" when i + 1 < args.Length:
                    filter = args[++i];
                    break;
                case "--python" when i + 1 < args.Length:
                    python = args[++i];
                    break;
                case "--programs" when i + 1 < args.Length:
                    programsDir = args[++i];
                    break;
                case "-h" or "--help":
                    Console.WriteLine("usage: Benchmarks [--runs N] [--mode both|aot|jit] [--no-safepoints] [--filter SUBSTRING] [--python PATH] [--programs DIR]");
                    return 0;
                default:
                    Console.Error.WriteLine($"unknown argument: {args[i]}");
                    return 2;
            }
        }

        programsDir ??= FindProgramsDirectory();
        python ??= RealPython();
        var programs = Directory.GetFiles(programsDir, "*.py")
            .Where(p => !Path.GetFileName(p).StartsWith('_'))
            .Where(p => filter is null || Path.GetFileName(p).Contains(filter, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        if (programs.Count == 0)
        {
            Console.Error.WriteLine($"no programs in {programsDir}");
            return 2;
        }

        bool aot = mode is "both" or "aot", jit = mode is "both" or "jit";
        var options = new ProgramOptions { EmitSafepoints = !noSafepoints };
        string work = Path.Combine(Path.GetTempPath(), "pyrolyn-bench-" + Environment.ProcessId);
        double loadStart = LoadAverage();
        Console.Error.WriteLine($"CPython: {python}; runs: best of {runs}; mode: {mode}; safepoints: {(noSafepoints ? "off" : "on")}; {Environment.ProcessorCount} cores");

        var rows = new List<string>();
        var aotSpeedups = new List<double>();
        var jitSpeedups = new List<double>();
        bool allOk = true;
        try
        {
            foreach (string program in programs)
            {
                string name = Path.GetFileNameWithoutExtension(program);
                string[] programArgs = BenchmarkArguments(program);
                string dir = Path.GetDirectoryName(program)!;
                Console.Error.Write($"{name} {string.Join(' ', programArgs)}: compiling... ");
                var compileWatch = Stopwatch.StartNew();
                var translation = ProgramCompiler.Translate(program, options);
                if (!translation.Success)
                {
                    Console.Error.WriteLine("failed");
                    rows.Add($"| {name} | | | | | | compile failed: {Escape(translation.Errors.FirstOrDefault() ?? "?")} |");
                    allOk = false;
                    continue;
                }
                string? assembly = null, binary = null;
                string buildProblem = "";
                if (jit)
                {
                    var build = ProgramCompiler.CompileAssembly(translation, name, Path.Combine(work, name, "jit"), options);
                    if (build.Success)
                        assembly = build.AssemblyPath;
                    else
                        buildProblem = "C# compile failed: " + (build.Errors.FirstOrDefault() ?? "?");
                }
                if (aot)
                {
                    try
                    {
                        binary = AotPublisher.Publish(translation, name, Path.Combine(work, name, "aot"), TextWriter.Null);
                    }
                    catch (Exception e) when (e is InvalidOperationException or IOException or UsageException)
                    {
                        buildProblem = "AOT publish failed: " + e.Message.Split('\n')[0];
                    }
                }
                Console.Error.Write($"{compileWatch.Elapsed.TotalSeconds:0.0} s; running... ");

                // Interleave the runtimes run by run, so that load changes hit them alike.
                var cpython = new Measurement();
                var native = new Measurement();
                var onJit = new Measurement();
                for (int r = 0; r < runs; r++)
                {
                    Measure(cpython, python, new[] { program }.Concat(programArgs), dir);
                    if (binary is not null)
                        Measure(native, binary, programArgs, dir);
                    if (assembly is not null)
                        Measure(onJit, ProgramRunner.DotnetHost(), new[] { "exec", assembly }.Concat(programArgs), dir);
                }

                string status = buildProblem.Length > 0 ? Escape(buildProblem) : "ok";
                string Check(Measurement m, List<double> speedups)
                {
                    if (!m.Ran)
                        return "";
                    if (m.ExitCode != cpython.ExitCode)
                        status = $"exit {m.ExitCode}, CPython {cpython.ExitCode}: {Escape(LastLine(m.Stderr))}";
                    else if (m.Stdout != cpython.Stdout)
                        status = "output differs: " + Escape(FirstDifference(cpython.Stdout, m.Stdout));
                    else
                    {
                        double speedup = cpython.Best / m.Best;
                        speedups.Add(speedup);
                        return $"{m.Best:0.000} | {speedup:0.00}x";
                    }
                    return $"{m.Best:0.000} | ";
                }
                string nativeCells = aot ? Check(native, aotSpeedups) : " | ";
                string jitCells = jit ? Check(onJit, jitSpeedups) : " | ";
                if (nativeCells.Length == 0) nativeCells = " | ";
                if (jitCells.Length == 0) jitCells = " | ";
                if (status != "ok")
                    allOk = false;
                rows.Add($"| {name} | {string.Join(' ', programArgs)} | {cpython.Best:0.000} | {nativeCells} | {jitCells} | {status} |");
                Console.Error.WriteLine(status);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        var sb = new StringBuilder();
        sb.AppendLine();
        sb.AppendLine($"Pyrolyn vs CPython {PythonVersion(python)}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, " +
                      $"load average {loadStart:0.0} at start and {LoadAverage():0.0} at the end. CPU seconds (user + system) of the whole " +
                      $"process, best of {runs} interleaved runs, process start included, compile time excluded" +
                      (noSafepoints ? ", no safepoints" : "") + ":");
        sb.AppendLine();
        sb.AppendLine("| program | args | CPython s | native (NativeAOT) s | speedup | JIT (dotnet exec) s | speedup | output |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---|");
        foreach (string row in rows)
            sb.AppendLine(row);
        string Geo(List<double> v) => v.Count == 0 ? "" : $"**{Math.Exp(v.Average(Math.Log)):0.00}x** ({v.Count} of {programs.Count})";
        sb.AppendLine($"| **geometric mean** | | | | {Geo(aotSpeedups)} | | {Geo(jitSpeedups)} | |");
        Console.Out.Write(sb.ToString());
        return allOk ? 0 : 1;
    }

    /// <summary>The arguments on the program's <c># benchmark-args:</c> line (none if absent).</summary>
    private static string[] BenchmarkArguments(string program)
    {
        foreach (string line in File.ReadLines(program).Take(3))
        {
            const string prefix = "# benchmark-args:";
            if (line.StartsWith(prefix, StringComparison.Ordinal))
                return line.Substring(prefix.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        return Array.Empty<string>();
    }

    private static double LoadAverage()
    {
        try
        {
            string text = File.ReadAllText("/proc/loadavg");
            return double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    /// <summary>Best CPU and wall time over the runs so far, with the first run's output.</summary>
    private sealed class Measurement
    {
        public double Best = double.MaxValue;
        public double BestWall = double.MaxValue;
        public string Stdout = "";
        public string Stderr = "";
        public int ExitCode;
        public bool Ran;
    }

    /// <summary>One run: adds its CPU (user + system) time to <paramref name="m"/>. CPU time, not
    /// wall time, is compared: see <see cref="ChildCpuTime"/>. A failing program is not timed again.</summary>
    private static void Measure(Measurement m, string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        if (m.Ran && m.ExitCode != 0)
            return;
        var psi = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string a in arguments)
            psi.ArgumentList.Add(a);
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        double cpuBefore = ChildCpuTime.TotalSeconds();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        var outTask = process.StandardOutput.ReadToEndAsync();
        var errTask = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            m.Ran = true;
            m.ExitCode = -1;
            m.Stderr = "timed out after 5 minutes";
            return;
        }
        process.WaitForExit();
        double wall = watch.Elapsed.TotalSeconds;
        double cpu = ChildCpuTime.TotalSeconds() - cpuBefore;
        m.BestWall = Math.Min(m.BestWall, wall);
        m.Best = Math.Min(m.Best, double.IsNaN(cpu) ? wall : cpu);
        if (!m.Ran)
        {
            m.Ran = true;
            m.Stdout = outTask.Result;
            m.Stderr = errTask.Result;
            m.ExitCode = process.ExitCode;
        }
    }

    /// <summary>The interpreter binary itself: the PATH python3 may be a pyenv shim (~100 ms per start).</summary>
    internal static string RealPython()
    {
        try
        {
            var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add("import sys; print(sys.executable)");
            using var p = Process.Start(psi)!;
            string path = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return p.ExitCode == 0 && File.Exists(path) ? path : "python3";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "python3";
        }
    }

    internal static string PythonVersion(string python)
    {
        try
        {
            var psi = new ProcessStartInfo(python, "-c \"import platform; print(platform.python_version())\"")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var p = Process.Start(psi)!;
            string v = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return v;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }

    private static string FindProgramsDirectory()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null)
            {
                string candidate = Path.Combine(dir.FullName, "tests", "conformance", "benchmarks");
                if (Directory.Exists(candidate))
                    return candidate;
                dir = dir.Parent;
            }
        }
        throw new DirectoryNotFoundException("tests/conformance/benchmarks not found; pass --programs DIR");
    }

    private static string LastLine(string text) =>
        text.Split('\n').Select(l => l.TrimEnd()).LastOrDefault(l => l.Length > 0) ?? "";

    private static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            if (e[i] != a[i])
                return $"line {i + 1}: expected '{Cut(e[i])}', got '{Cut(a[i])}'";
        }
        return $"{e.Length} lines expected, {a.Length} printed";
    }

    private static string Cut(string s) => s.Length > 60 ? s.Substring(0, 60) + "..." : s;

    private static string Escape(string s) => s.Replace("|", "\\|").Replace("\n", " ").Replace("\r", "");
}
