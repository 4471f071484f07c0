using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pyrolyn.Cli.Building;

namespace Pyrolyn.Benchmarks;

/// <summary>
/// Runs tests/Benchmarks/programs/*.py with CPython (the real binary, not the pyenv shim) and as
/// Pyrolyn-compiled programs (<c>dotnet exec</c>), checks that both print the same, and prints a
/// Markdown table of the best wall time of N runs (compile time excluded) and the speedups.
/// <code>
/// dotnet run -c Release --project tests/Benchmarks [-- --runs 3] [--no-safepoints] [--filter fib] [--python PATH]
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
                    Console.WriteLine("usage: Benchmarks [--runs N] [--no-safepoints] [--filter SUBSTRING] [--python PATH] [--programs DIR]");
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

        var options = new ProgramOptions { EmitSafepoints = !noSafepoints };
        string work = Path.Combine(Path.GetTempPath(), "pyrolyn-bench-" + Environment.ProcessId);
        Console.Error.WriteLine($"CPython: {python}; runs: best of {runs}; safepoints: {(noSafepoints ? "off" : "on")}; {Environment.ProcessorCount} cores");

        var rows = new List<string>();
        var speedups = new List<double>();
        bool allOk = true;
        try
        {
            foreach (string program in programs)
            {
                string name = Path.GetFileNameWithoutExtension(program);
                Console.Error.Write($"{name}: compiling... ");
                var compileWatch = Stopwatch.StartNew();
                var build = ProgramCompiler.Build(program, Path.Combine(work, name), options, name);
                if (!build.Success)
                {
                    Console.Error.WriteLine("failed");
                    rows.Add($"| {name} | | | | compile failed: {Escape(build.Errors.FirstOrDefault() ?? "?")} |");
                    allOk = false;
                    continue;
                }
                Console.Error.Write($"{compileWatch.Elapsed.TotalSeconds:0.00} s; running... ");

                var cpython = Measure(python, new[] { program }, Path.GetDirectoryName(program)!, runs);
                var pyrolyn = Measure(ProgramRunner.DotnetHost(), new[] { "exec", build.AssemblyPath! }, Path.GetDirectoryName(program)!, runs);
                string status;
                if (pyrolyn.ExitCode != cpython.ExitCode)
                    status = $"exit {pyrolyn.ExitCode}, CPython {cpython.ExitCode}: {Escape(LastLine(pyrolyn.Stderr))}";
                else if (pyrolyn.Stdout != cpython.Stdout)
                    status = "output differs: " + Escape(FirstDifference(cpython.Stdout, pyrolyn.Stdout));
                else
                    status = "ok";

                if (status == "ok")
                {
                    double speedup = cpython.Best / pyrolyn.Best;
                    speedups.Add(speedup);
                    rows.Add($"| {name} | {cpython.Best:0.000} | {pyrolyn.Best:0.000} | {speedup:0.00}x | {cpython.BestWall:0.00} / {pyrolyn.BestWall:0.00} | ok |");
                }
                else
                {
                    allOk = false;
                    rows.Add($"| {name} | {cpython.Best:0.000} | {pyrolyn.Best:0.000} | | | {status} |");
                }
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
        sb.AppendLine($"Pyrolyn vs CPython {PythonVersion(python)}, CPU seconds (user + system, the best of {runs} runs), " +
                      "process start and JIT included, compile time excluded" + (noSafepoints ? ", no safepoints" : "") + ":");
        sb.AppendLine();
        sb.AppendLine("| program | CPython CPU s | Pyrolyn CPU s | speedup | wall s (CPython / Pyrolyn) | output |");
        sb.AppendLine("|---|---:|---:|---:|---:|---|");
        foreach (string row in rows)
            sb.AppendLine(row);
        if (speedups.Count > 0)
        {
            double geo = Math.Exp(speedups.Average(Math.Log));
            sb.AppendLine($"| **geometric mean** ({speedups.Count} of {programs.Count}) | | | **{geo:0.00}x** | | |");
        }
        Console.Out.Write(sb.ToString());
        return allOk ? 0 : 1;
    }

    /// <summary>Best CPU time and best wall time over the runs, with the first run's output.</summary>
    private sealed record Measurement(double Best, double BestWall, string Stdout, string Stderr, int ExitCode);

    /// <summary>Best CPU (user + system) time of <paramref name="runs"/> runs, with the first
    /// run's output. CPU time, not wall time, is compared: see <see cref="ChildCpuTime"/>.</summary>
    private static Measurement Measure(string fileName, string[] arguments, string workingDirectory, int runs)
    {
        double best = double.MaxValue, bestWall = double.MaxValue;
        string? stdout = null, stderr = null;
        int exit = 0;
        for (int r = 0; r < runs; r++)
        {
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
                return new Measurement(double.NaN, double.NaN, "", "timed out after 5 minutes", -1);
            }
            process.WaitForExit();
            double wall = watch.Elapsed.TotalSeconds;
            double cpu = ChildCpuTime.TotalSeconds() - cpuBefore;
            bestWall = Math.Min(bestWall, wall);
            best = Math.Min(best, double.IsNaN(cpu) ? wall : cpu);
            if (stdout is null)
            {
                stdout = outTask.Result;
                stderr = errTask.Result;
                exit = process.ExitCode;
                if (exit != 0)
                    break; // a failing program is not worth timing
            }
        }
        return new Measurement(best, bestWall, stdout ?? "", stderr ?? "", exit);
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
                string candidate = Path.Combine(dir.FullName, "tests", "Benchmarks", "programs");
                if (Directory.Exists(candidate))
                    return candidate;
                dir = dir.Parent;
            }
        }
        throw new DirectoryNotFoundException("tests/Benchmarks/programs not found; pass --programs DIR");
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
