using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Pyrolyn.Cli.Building;

namespace Pyrolyn.Conformance.Tests;

/// <summary>How one compiled script ran.</summary>
public sealed record ScriptRun(int ExitCode, byte[] Stdout, string Stderr, TimeSpan Elapsed, bool TimedOut);

/// <summary>
/// Runs each script once per test run as <c>dotnet exec &lt;area&gt;.dll &lt;key&gt;</c> (cwd: the
/// script's folder, stdin closed). xunit runs a theory's cases one after another, so asking for a
/// script also starts the next one: two scripts are always in flight (the machine has 2 cores).
/// </summary>
public static class ScriptRuns
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private const int Lookahead = 1;

    private static readonly ConcurrentDictionary<string, Lazy<Task<ScriptRun?>>> Runs = new(StringComparer.Ordinal);

    /// <summary>The run of <paramref name="script"/> (null when it did not compile).</summary>
    public static ScriptRun? Get(string script)
    {
        var own = Start(script);
        int index = IndexOf(script);
        for (int i = 1; i <= Lookahead && index >= 0 && index + i < Corpus.Scripts.Count; i++)
            Start(Corpus.Scripts[index + i]);
        return own.GetAwaiter().GetResult();
    }

    private static int IndexOf(string script)
    {
        var list = Corpus.Scripts;
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            int c = string.CompareOrdinal(list[mid], script);
            if (c == 0)
                return mid;
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return -1;
    }

    private static Task<ScriptRun?> Start(string script) =>
        Runs.GetOrAdd(script, s => new Lazy<Task<ScriptRun?>>(() => Task.Run(() => RunNow(s)))).Value;

    private static ScriptRun? RunNow(string testCase)
    {
        string script = Corpus.ScriptOf(testCase);
        var build = AreaBuild.For(Corpus.AreaOf(script));
        if (build.AssemblyPath is null || !build.Keys.TryGetValue(script, out string? key))
            return null;
        var env = Corpus.IsGilOff(testCase) ? new Dictionary<string, string> { ["PYTHON_GIL"] = "0" } : null;
        return Execute(build.AssemblyPath, key, Path.GetDirectoryName(Corpus.FullPath(script))!, env);
    }

    public static ScriptRun Execute(string assemblyPath, string key, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(ProgramRunner.DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add("exec");
        psi.ArgumentList.Add(assemblyPath);
        psi.ArgumentList.Add(key);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        // The GIL mode is the test case's choice, not the caller's environment's.
        psi.Environment.Remove("PYTHON_GIL");
        psi.Environment.Remove("PYROLYN_X_GIL");
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
                psi.Environment[name] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet");
        process.StandardInput.Close();
        var stdout = new MemoryStream();
        Task copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        bool timedOut = !process.WaitForExit(Timeout);
        if (timedOut)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
            process.WaitForExit();
        }
        Task.WaitAll(new[] { copyOut, stderr }, TimeSpan.FromSeconds(10));
        return new ScriptRun(timedOut ? -1 : process.ExitCode, stdout.ToArray(),
            stderr.IsCompletedSuccessfully ? stderr.Result : "", watch.Elapsed, timedOut);
    }
}
