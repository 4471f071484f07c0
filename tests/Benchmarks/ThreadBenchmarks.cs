using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pyrolyn.Cli.Building;

namespace Pyrolyn.Benchmarks;

/// <summary>
/// Threading benchmarks (issue 3, section 7): runs tests/Benchmarks/threads/*.py with CPython and
/// as Pyrolyn programs in GIL mode and free-threaded mode (<c>PYTHON_GIL=0</c>), and prints
/// Markdown tables: (a) CPU-bound scaling, (b) safepoint cost, (c) free-threaded single-thread
/// overhead, (d) the convoy benchmark and the GIL wake-up latency. Every program prints one
/// <c>RESULT key=value ...</c> line with its own timings (process start-up and JIT excluded);
/// the harness checks exit codes, <c>ok=True</c>, that Pyrolyn's checksums equal CPython's, and
/// reports which mode each run was really in (<c>sys._is_gil_enabled()</c>). Runs of the variants
/// being compared are interleaved (A B A B ...) so that load drift on a shared machine hits them
/// alike; timings are best-of-N (rates: best; latencies: median of the runs' medians).
/// <code>
/// dotnet run -c Release --project tests/Benchmarks -- threads [--runs 3] [--python PATH] [--only a,b,c,d] [--jit]
/// </code>
/// </summary>
public static class ThreadBenchmarks
{
    /// <summary>How to run a program; <paramref name="Compiled"/>: the script path (args[0]) is replaced by the compiled assembly in PrefixArgs.</summary>
    private sealed record Variant(string Label, string FileName, string[] PrefixArgs, Dictionary<string, string> Env, bool Compiled = false)
    {
        /// <summary>Iteration counts of sections (a)-(c) are multiplied by this for Pyrolyn.</summary>
        public int Scale => Compiled ? IterationScale : 1;
    }

    private static int IterationScale = 10;

    private sealed record Result(Dictionary<string, string> Fields, string Raw);

    private static readonly List<string> Problems = new();

    public static int Run(string[] args)
    {
        int runs = 3;
        string? python = null;
        string only = "abcd";
        int scalingIters = 5_000_000, safepointIters = 300_000, messages = 10_000, wakeSamples = 200;
        // Compiled loops run 10-20x faster than CPython's: the same count would time them over a
        // few tens of milliseconds, within the noise of thread start and of this VM.
        int pyrolynScale = 10;
        double convoyLimit = 3.0;
        bool jit = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs" or "-n" when i + 1 < args.Length: runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--python" when i + 1 < args.Length: python = args[++i]; break;
                case "--only" when i + 1 < args.Length: only = args[++i]; break;
                case "--iterations" when i + 1 < args.Length: scalingIters = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--pyrolyn-scale" when i + 1 < args.Length: pyrolynScale = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--convoy-limit" when i + 1 < args.Length: convoyLimit = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--jit": jit = true; break;
                case "-h" or "--help":
                    Console.WriteLine("usage: Benchmarks threads [--runs N] [--python PATH] [--only abcd] [--iterations N] [--pyrolyn-scale K] [--convoy-limit SECONDS] [--jit]");
                    return 0;
                default:
                    Console.Error.WriteLine($"unknown argument: {args[i]}");
                    return 2;
            }
        }

        IterationScale = pyrolynScale;
        string dir = FindThreadsDirectory();
        python ??= BenchmarkProgram.RealPython();
        string work = Path.Combine(Path.GetTempPath(), "pyrolyn-threadbench-" + Environment.ProcessId);
        var sb = new StringBuilder();
        double load = ReadLoad();
        sb.AppendLine();
        sb.AppendLine($"Threading benchmarks, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; CPython {BenchmarkProgram.PythonVersion(python)} ({python}); " +
                      $"{Environment.ProcessorCount} cores; load average {load:0.0} at start; best of {runs} interleaved runs; " +
                      (jit ? "Pyrolyn programs on the JIT with DOTNET_TieredCompilation=0." : "Pyrolyn programs as NativeAOT binaries (pyrolyn build --aot)."));
        try
        {
            // Compile: every program with safepoints; the single-threaded ones also without.
            var built = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string name in new[] { "cpu_scaling", "safepoints", "convoy", "wakeup" })
            {
                foreach (bool sp in new[] { true, false })
                {
                    if (!sp && name is "convoy" or "wakeup")
                        continue;
                    string key = name + (sp ? "" : "-nosp");
                    Console.Error.Write($"compiling {key}... ");
                    var options = new ProgramOptions { EmitSafepoints = sp };
                    string script = Path.Combine(dir, name + ".py");
                    if (jit)
                    {
                        var build = ProgramCompiler.Build(script, Path.Combine(work, key), options, name);
                        if (!build.Success)
                            return CompileFailed(key, build.Errors);
                        built[key] = build.AssemblyPath!;
                    }
                    else
                    {
                        // What users ship: the GC settings compiled into the binary (AotPublisher)
                        // apply, and there is no tiering to make runs bimodal.
                        var translation = ProgramCompiler.Translate(script, options);
                        if (!translation.Success)
                            return CompileFailed(key, translation.Errors);
                        try
                        {
                            built[key] = AotPublisher.Publish(translation, key.Replace('-', '_'), Path.Combine(work, key), TextWriter.Null);
                        }
                        catch (Exception e) when (e is InvalidOperationException or IOException or UsageException)
                        {
                            return CompileFailed(key, new[] { "AOT publish failed: " + e.Message.Split('\n')[0] });
                        }
                    }
                    Console.Error.WriteLine("ok");
                }
            }

            var cpy = new Variant("CPython", python, Array.Empty<string>(), new());
            // On the JIT, tiered compilation is off: with it, a long-running loop runs whichever
            // on-stack-replaced version the tiering produced, and identical runs of convoy.py's CPU
            // loop measured 31 or 55 million iterations/s. Fully optimised from the start, as
            // NativeAOT is.
            Variant Py(string key, bool gil, string label) => jit
                ? new(label, ProgramRunner.DotnetHost(), new[] { "exec", built[key] },
                    new Dictionary<string, string> { ["PYTHON_GIL"] = gil ? "1" : "0", ["DOTNET_TieredCompilation"] = "0" }, Compiled: true)
                : new(label, built[key], Array.Empty<string>(),
                    new Dictionary<string, string> { ["PYTHON_GIL"] = gil ? "1" : "0" }, Compiled: true);
            var gilMode = Py("cpu_scaling", true, "Pyrolyn GIL");
            var ftMode = Py("cpu_scaling", false, "Pyrolyn free-threaded");
            string P(string n) => Path.Combine(dir, n + ".py");

            if (only.Contains('a'))
                Scaling(sb, runs, scalingIters, P("cpu_scaling"), cpy, gilMode, ftMode);
            if (only.Contains('b'))
                SafepointCost(sb, runs, safepointIters, scalingIters, P, Py);
            if (only.Contains('c'))
                FreeThreadedOverhead(sb, runs, safepointIters, scalingIters, P, cpy, Py);
            if (only.Contains('d'))
                Convoy(sb, runs, messages, convoyLimit, wakeSamples, P, cpy, Py);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }

        sb.AppendLine();
        sb.AppendLine($"Load average at the end: {ReadLoad():0.0}.");
        if (Problems.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Problems:");
            foreach (string p in Problems.Distinct())
                sb.AppendLine("- " + p);
        }
        Console.Out.Write(sb.ToString());
        return Problems.Count == 0 ? 0 : 1;
    }

    private static int CompileFailed(string key, IEnumerable<string> errors)
    {
        Console.Error.WriteLine("failed: " + string.Join("\n", errors));
        Console.Out.WriteLine($"compile of {key} failed: {errors.FirstOrDefault()}");
        return 1;
    }

    // ------------------------------------------------------------------ (a)

    private static void Scaling(StringBuilder sb, int runs, int iters, string program, params Variant[] variants)
    {
        sb.AppendLine();
        sb.AppendLine($"(a) CPU-bound scaling: N threads each run the same loop (cpu_scaling.py) of the iterations shown " +
                      "(Pyrolyn's loop runs more, to be timed over more than thread start); total wall time of the threads " +
                      "(best of runs) and speedup = T1·N/TN (ideal: N; flat total time means speedup 1).");
        sb.AppendLine();
        sb.AppendLine("| runtime | mode seen | iterations per thread | T1 s | T2 s | T4 s | speedup N=2 | speedup N=4 |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        var ns = new[] { 1, 2, 4 };
        var jobs = variants.SelectMany(v => ns.Select(n => (v, args: new[] { program, n.ToString(CultureInfo.InvariantCulture), (iters * (long)v.Scale).ToString(CultureInfo.InvariantCulture) }))).ToList();
        var results = RunInterleaved(jobs, runs, "a");
        // Every run of one iteration count must compute the same checksum.
        var checks = new Dictionary<long, string?>();
        foreach (var v in variants)
        {
            var t = ns.Select(n => Best(results, v, n - 1 + 0, ns, "seconds")).ToArray();
            long count = iters * (long)v.Scale;
            foreach (var r in results.Where(r => r.Key.v == v).SelectMany(r => r.Value))
            {
                string? check = r.Fields.GetValueOrDefault("check");
                if (!checks.TryGetValue(count, out var expected))
                    checks[count] = expected = check;
                if (check != expected)
                    Problems.Add($"(a) {v.Label}: checksum {check} differs from {expected} (another run of {count:N0} iterations)");
            }
            string mode = ModeSeen(results.Where(r => r.Key.v == v).SelectMany(r => r.Value));
            sb.AppendLine($"| {v.Label} | {mode} | {count:N0} | {F(t[0])} | {F(t[1])} | {F(t[2])} | {Ratio(t[0] * 2, t[1])} | {Ratio(t[0] * 4, t[2])} |");
        }
        MachineCeiling(sb, runs, program, iters, variants[^1]);
    }

    /// <summary>What two threads can gain on this machine at all: two separate processes, each
    /// running the one-thread loop, started together, against one alone (interleaved). On a VM
    /// whose vCPUs share physical cores this is well below 2x whatever the runtime does.</summary>
    private static void MachineCeiling(StringBuilder sb, int runs, string program, int iters, Variant v)
    {
        string[] args = { program, "1", (iters * (long)v.Scale).ToString(CultureInfo.InvariantCulture) };
        var alone = new List<double>();
        var together = new List<double>();
        for (int r = 0; r < runs; r++)
        {
            Console.Error.Write($"(a) machine ceiling [run {r + 1}/{runs}]: one process... ");
            if (RunOnce(v, args, "(a) ceiling alone") is { } one)
                alone.Add(Get(one, "seconds"));
            Console.Error.Write("two at once... ");
            var pair = new[] { Task.Run(() => RunOnce(v, args, "(a) ceiling pair")), Task.Run(() => RunOnce(v, args, "(a) ceiling pair")) };
            Task.WaitAll(pair);
            if (pair.All(t => t.Result is not null))
                together.Add(pair.Max(t => Get(t.Result!, "seconds")));
            Console.Error.WriteLine("done");
        }
        if (alone.Count == 0 || together.Count == 0)
            return;
        double t1 = alone.Min(), t2 = together.Min();
        sb.AppendLine();
        sb.AppendLine($"Machine ceiling for N=2: two separate {v.Label} processes, each running the one-thread loop, started together, " +
                      $"took {F(t2)} s (the slower of the two; best of runs) against {F(t1)} s for one alone: the most two threads " +
                      $"can gain on this machine, whatever the runtime does, is {Ratio(t1 * 2, t2)}.");
    }

    private static double Best(Dictionary<(Variant v, int i), List<Result>> results, Variant v, int nIndex, int[] ns, string field)
    {
        var list = results.Where(r => r.Key.v == v).OrderBy(r => r.Key.i).Select(r => r.Value).ToList();
        return Min(list[Array.IndexOf(ns, nIndex + 1)], field);
    }

    // ------------------------------------------------------------------ (b)

    private static void SafepointCost(StringBuilder sb, int runs, int spIters, int loopIters, Func<string, string> p,
        Func<string, bool, string, Variant> py)
    {
        sb.AppendLine();
        sb.AppendLine("(b) Safepoint cost: the same single-threaded program compiled with and without safepoints " +
                      "(`ProgramOptions.EmitSafepoints = false`, the benchmarks' `--no-safepoints`), Pyrolyn GIL mode, best of runs.");
        sb.AppendLine();
        sb.AppendLine("| program | with safepoints s | without s | ratio with/without |");
        sb.AppendLine("|---|---:|---:|---:|");
        foreach (var (name, arg) in new[] { ("safepoints", new[] { spIters * IterationScale }), ("cpu_scaling", new[] { 1, loopIters * IterationScale }) })
        {
            var on = py(name, true, "with");
            var off = py(name + "-nosp", true, "without");
            string[] a = new[] { p(name) }.Concat(arg.Select(x => x.ToString(CultureInfo.InvariantCulture))).ToArray();
            var res = RunInterleaved(new List<(Variant, string[])> { (on, a), (off, a) }, Math.Max(runs, 5), "b");
            double tOn = Min(res[(on, 0)], "seconds"), tOff = Min(res[(off, 1)], "seconds");
            sb.AppendLine($"| {name}.py {string.Join(" ", arg)} | {F(tOn)} | {F(tOff)} | {Ratio(tOn, tOff)} |");
        }
    }

    // ------------------------------------------------------------------ (c)

    private static void FreeThreadedOverhead(StringBuilder sb, int runs, int spIters, int loopIters, Func<string, string> p,
        Variant cpy, Func<string, bool, string, Variant> py)
    {
        sb.AppendLine();
        sb.AppendLine("(c) Free-threaded single-thread overhead: one thread, `PYTHON_GIL=0` against `PYTHON_GIL=1`, best of runs " +
                      $"(CPython, for reference, runs 1/{IterationScale} of Pyrolyn's iterations).");
        sb.AppendLine();
        sb.AppendLine("| program | CPython s | Pyrolyn GIL s | Pyrolyn free-threaded s | mode seen (free-threaded) | overhead FT/GIL |");
        sb.AppendLine("|---|---:|---:|---:|---|---:|");
        foreach (var (name, arg) in new[] { ("safepoints", new[] { spIters }), ("cpu_scaling", new[] { 1, loopIters }) })
        {
            var gil = py(name, true, "gil");
            var ft = py(name, false, "ft");
            string[] a = new[] { p(name) }.Concat(arg.Select(x => x.ToString(CultureInfo.InvariantCulture))).ToArray();
            // The last argument is the iteration count.
            string[] scaled = a.Take(a.Length - 1).Append((long.Parse(a[^1], CultureInfo.InvariantCulture) * IterationScale).ToString(CultureInfo.InvariantCulture)).ToArray();
            var res = RunInterleaved(new List<(Variant, string[])> { (cpy, a), (gil, scaled), (ft, scaled) }, Math.Max(runs, 5), "c");
            double tc = Min(res[(cpy, 0)], "seconds"), tg = Min(res[(gil, 1)], "seconds"), tf = Min(res[(ft, 2)], "seconds");
            sb.AppendLine($"| {name}.py {string.Join(" ", scaled.Skip(1))} | {F(tc)} | {F(tg)} | {F(tf)} | {ModeSeen(res[(ft, 2)])} | {Percent(tf / tg - 1)} |");
        }
    }

    // ------------------------------------------------------------------ (d)

    private static void Convoy(StringBuilder sb, int runs, int messages, double limit, int samples, Func<string, string> p,
        Variant cpy, Func<string, bool, string, Variant> py)
    {
        var variants = new[] { cpy, py("convoy", true, "Pyrolyn GIL"), py("convoy", false, "Pyrolyn free-threaded") };
        string L = limit.ToString(CultureInfo.InvariantCulture);
        var jobs = new List<(Variant, string[])>();
        foreach (var v in variants)
        {
            foreach (int cpu in new[] { 0, 1, 2 })
                jobs.Add((v, new[] { p("convoy"), cpu.ToString(CultureInfo.InvariantCulture), messages.ToString(CultureInfo.InvariantCulture), L }));
            foreach (int cpu in new[] { 1, 2 })
                jobs.Add((v, new[] { p("convoy"), cpu.ToString(CultureInfo.InvariantCulture), "0", L }));
        }
        var res = RunInterleaved(jobs, runs, "d");

        sb.AppendLine();
        sb.AppendLine($"(d) Convoy: two threads ping-pong {messages:N0} messages through a pair of `queue.Queue`s (convoy.py) while 0, 1, 2 " +
                      $"other threads run a CPU-bound loop; a run stops early after {L} s and the rate counts the messages exchanged. " +
                      "Best of runs. CPU throughput: the CPU threads' loop iterations/s beside the ping-pong, against the same threads " +
                      "running alone for the same time (convoy.py CPU 0).");
        sb.AppendLine();
        sb.AppendLine("| runtime | mode seen | CPU threads | messages/s | fraction of uncontended | CPU iters/s with ping-pong | CPU iters/s alone | CPU throughput drop |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        for (int vi = 0; vi < variants.Length; vi++)
        {
            var v = variants[vi];
            int baseIndex = vi * 5;
            double uncontended = Max(res[(v, baseIndex)], "msgs_per_s");
            for (int cpu = 0; cpu <= 2; cpu++)
            {
                var runsHere = res[(v, baseIndex + cpu)];
                double rate = Max(runsHere, "msgs_per_s");
                string cpuWith = "", cpuAlone = "", drop = "";
                if (cpu > 0)
                {
                    double w = Max(runsHere, "cpu_iters_per_s"), a = Max(res[(v, baseIndex + 2 + cpu)], "cpu_iters_per_s");
                    cpuWith = w.ToString("N0", CultureInfo.InvariantCulture);
                    cpuAlone = a.ToString("N0", CultureInfo.InvariantCulture);
                    drop = Percent(1 - w / a);
                }
                sb.AppendLine($"| {v.Label} | {ModeSeen(runsHere)} | {cpu} | {rate.ToString("N0", CultureInfo.InvariantCulture)} | " +
                              $"{Percent(rate / uncontended)} | {cpuWith} | {cpuAlone} | {drop} |");
            }
        }

        var wakeVariants = new[] { cpy, py("wakeup", true, "Pyrolyn GIL"), py("wakeup", false, "Pyrolyn free-threaded") };
        var wjobs = new List<(Variant, string[])>();
        foreach (var v in wakeVariants)
            foreach (int cpu in new[] { 0, 1, 2 })
                wjobs.Add((v, new[] { p("wakeup"), cpu.ToString(CultureInfo.InvariantCulture), samples.ToString(CultureInfo.InvariantCulture) }));
        var wres = RunInterleaved(wjobs, runs, "d-wakeup");
        sb.AppendLine();
        sb.AppendLine($"Wake-up latency after a blocking call (wakeup.py): time from `Event.set()` in one thread to the waiter's " +
                      $"`perf_counter()` after `wait()` returns, {samples} samples per run, while 0, 1, 2 threads run a CPU-bound loop; " +
                      "median of the runs' medians (and of their 90th percentiles), in ms.");
        sb.AppendLine();
        sb.AppendLine("| runtime | mode seen | CPU threads | median ms | p90 ms |");
        sb.AppendLine("|---|---|---:|---:|---:|");
        for (int vi = 0; vi < wakeVariants.Length; vi++)
        {
            for (int cpu = 0; cpu <= 2; cpu++)
            {
                var r = wres[(wakeVariants[vi], vi * 3 + cpu)];
                sb.AppendLine($"| {wakeVariants[vi].Label} | {ModeSeen(r)} | {cpu} | {Median(r, "median_ms"):0.000} | {Median(r, "p90_ms"):0.000} |");
            }
        }
    }

    // ------------------------------------------------------------------ running

    /// <summary>Runs every job <paramref name="runs"/> times, round-robin (job 1, job 2, ..., job 1, ...).
    /// Keyed by (variant, index of the job).</summary>
    private static Dictionary<(Variant v, int i), List<Result>> RunInterleaved(List<(Variant v, string[] args)> jobs, int runs, string section)
    {
        var results = new Dictionary<(Variant, int), List<Result>>();
        for (int i = 0; i < jobs.Count; i++)
            results[(jobs[i].v, i)] = new List<Result>();
        for (int r = 0; r < runs; r++)
        {
            for (int i = 0; i < jobs.Count; i++)
            {
                var (v, args) = jobs[i];
                string what = $"({section}) {v.Label} {string.Join(" ", args.Select(Path.GetFileName))}";
                Console.Error.Write($"{what} [run {r + 1}/{runs}]... ");
                var result = RunOnce(v, args, what);
                Console.Error.WriteLine(result?.Raw ?? "FAILED");
                if (result is not null)
                    results[(v, i)].Add(result);
            }
        }
        return results;
    }

    private static Result? RunOnce(Variant v, string[] args, string what)
    {
        var psi = new ProcessStartInfo(v.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string a in v.PrefixArgs.Concat(v.Compiled ? args.Skip(1) : args))
            psi.ArgumentList.Add(a);
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        foreach (var (k, val) in v.Env)
            psi.Environment[k] = val;
        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        var outTask = process.StandardOutput.ReadToEndAsync();
        var errTask = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            AddProblem($"{what}: timed out after 3 minutes");
            return null;
        }
        process.WaitForExit();
        string stdout = outTask.Result, stderr = errTask.Result;
        string? line = stdout.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
        {
            string last = stderr.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0) ?? "";
            AddProblem($"{what}: exit {process.ExitCode}, no RESULT line: {last}");
            return null;
        }
        var fields = line.Substring(7).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('=', 2)).Where(f => f.Length == 2).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        if (fields.GetValueOrDefault("ok") != "True")
            AddProblem($"{what}: the program's own check failed: {line}");
        if (v.Env.TryGetValue("PYTHON_GIL", out string? want) && fields.TryGetValue("gil", out string? seen)
            && (want == "0") != (seen == "False"))
            AddProblem($"{v.Label}: asked for PYTHON_GIL={want} but sys._is_gil_enabled() returned {seen}");
        return new Result(fields, line);
    }

    // ------------------------------------------------------------------ helpers

    private static void AddProblem(string problem)
    {
        lock (Problems)
            Problems.Add(problem);
    }

    private static double Get(Result r, string field) =>
        double.TryParse(r.Fields.GetValueOrDefault(field), NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : double.NaN;

    private static double Min(List<Result> rs, string field) => rs.Count == 0 ? double.NaN : rs.Min(r => Get(r, field));

    private static double Max(List<Result> rs, string field) => rs.Count == 0 ? double.NaN : rs.Max(r => Get(r, field));

    private static double Median(List<Result> rs, string field)
    {
        if (rs.Count == 0)
            return double.NaN;
        var s = rs.Select(r => Get(r, field)).OrderBy(x => x).ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }

    private static string ModeSeen(IEnumerable<Result> rs)
    {
        var modes = rs.Select(r => r.Fields.GetValueOrDefault("gil")).Distinct().ToList();
        return modes.Count == 0 ? "?" : string.Join("/", modes.Select(m => m == "False" ? "GIL off" : m == "True" ? "GIL on" : "?"));
    }

    private static string F(double s) => double.IsNaN(s) ? "n/a" : s.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Ratio(double a, double b) => double.IsNaN(a) || double.IsNaN(b) || b == 0 ? "n/a" : (a / b).ToString("0.00", CultureInfo.InvariantCulture) + "x";

    private static string Percent(double x) => double.IsNaN(x) || double.IsInfinity(x) ? "n/a" : (x * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static double ReadLoad()
    {
        try
        {
            string s = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(s, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return double.NaN;
        }
    }

    private static string FindThreadsDirectory()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            var d = new DirectoryInfo(start);
            while (d is not null)
            {
                string candidate = Path.Combine(d.FullName, "tests", "Benchmarks", "threads");
                if (Directory.Exists(candidate))
                    return candidate;
                d = d.Parent;
            }
        }
        throw new DirectoryNotFoundException("tests/Benchmarks/threads not found");
    }
}
