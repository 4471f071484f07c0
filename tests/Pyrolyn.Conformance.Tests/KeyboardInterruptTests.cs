using System.Diagnostics;
using System.Runtime.InteropServices;
using Xunit;
using Xunit.Abstractions;

namespace Pyrolyn.Conformance.Tests;

/// <summary>Ctrl+C, as a user presses it: SIGINT becomes KeyboardInterrupt in the main thread,
/// in a busy loop (delivered at a safepoint through the eval breaker) and in a blocking call
/// (the wait wakes up). Uncaught, it prints CPython's traceback and exits with 130, the status a
/// shell reports for CPython (which re-raises SIGINT on itself). A signal sent to a child process
/// cannot be produced by the CPython corpus, so these run here.</summary>
public sealed class KeyboardInterruptTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "pyrolyn-sigint-test-" + Guid.NewGuid().ToString("N"));
    private readonly ITestOutputHelper _output;

    public KeyboardInterruptTests(ITestOutputHelper output)
    {
        _output = output;
        Directory.CreateDirectory(_dir);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void SigintInABusyLoop_RaisesKeyboardInterruptInTheMainThread()
    {
        const string script = """
            import threading

            def spin():
                x = 0
                for i in range(30_000_000):
                    x = (x * 31 + i) % 1000003

            worker = threading.Thread(target=spin, daemon=True)
            worker.start()
            n = 0
            print("ready", flush=True)
            try:
                while True:
                    n += 1
            except KeyboardInterrupt as e:
                print("caught", type(e).__name__, repr(e.args), threading.current_thread() is threading.main_thread(), flush=True)
            """;
        var run = RunUntilReadyThenInterrupt("busy.py", script);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("caught KeyboardInterrupt () True\n", run.Stdout);
    }

    [Fact]
    public void SigintInTimeSleep_Uncaught_PrintsTracebackAndExits130()
    {
        const string script = """
            import time
            print("ready", flush=True)
            time.sleep(60)
            print("not reached")
            """;
        var run = RunUntilReadyThenInterrupt("sleeper.py", script);
        Assert.Equal(130, run.ExitCode);
        Assert.DoesNotContain("not reached", run.Stdout);
        Assert.StartsWith("Traceback (most recent call last):\n", run.Stderr);
        Assert.Equal("KeyboardInterrupt", run.Stderr.TrimEnd('\n').Split('\n')[^1]);
    }

    private sealed record Run(int ExitCode, string Stdout, string Stderr);

    private Run RunUntilReadyThenInterrupt(string name, string script)
    {
        File.WriteAllText(Path.Combine(_dir, name), script + "\n");
        var psi = WithSigintDefault(ChildProcess.Pyrolyn(_dir, Path.Combine(_dir, ".cache"), new[] { "run", name }));
        using var process = Process.Start(psi)!;
        try
        {
            process.StandardInput.Close();
            var stderr = process.StandardError.ReadToEndAsync();
            // `run` compiles first; the script says when it is inside the code to interrupt.
            string? first = process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(3)).GetAwaiter().GetResult();
            Assert.True(first == "ready", $"expected 'ready', got '{first}'; stderr: {(process.HasExited ? stderr.Result : "")}");
            Thread.Sleep(200); // well inside the loop or the sleep
            var sent = Stopwatch.StartNew();
            Assert.Equal(0, Kill(process.Id, Sigint));
            var next = process.StandardOutput.ReadLineAsync();
            if (!next.Wait(TimeSpan.FromSeconds(30)) && !process.HasExited)
                throw new TimeoutException($"{name}: no output and no exit within 30 s after SIGINT");
            _output.WriteLine($"{name}: next output line {sent.Elapsed.TotalMilliseconds:F1} ms after SIGINT");
            next.Wait();
            var rest = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
                throw new TimeoutException($"{name} did not stop after SIGINT");
            process.WaitForExit();
            _output.WriteLine($"{name}: exited {sent.Elapsed.TotalMilliseconds:F1} ms after SIGINT");
            string stdout = next.Result is { } line ? line + "\n" + rest.Result : rest.Result;
            return new Run(process.ExitCode, stdout, stderr.Result);
        }
        finally
        {
            // A failed run must not leave a busy loop behind for the rest of the test run.
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>A process started with SIGINT ignored keeps it ignored, as CPython does (a
    /// shell's background job: `.ci/run &amp;` without job control), and so would the child: then
    /// start it through a python3 that restores the default action and execs it (same pid).</summary>
    private ProcessStartInfo WithSigintDefault(ProcessStartInfo psi)
    {
        if (!SigintIgnoredHere())
            return psi;
        _output.WriteLine("SIGINT is ignored in this test process: the child starts with it restored");
        var wrapped = new ProcessStartInfo("python3")
        {
            WorkingDirectory = psi.WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        wrapped.ArgumentList.Add("-c");
        wrapped.ArgumentList.Add("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])");
        wrapped.ArgumentList.Add(psi.FileName);
        foreach (string a in psi.ArgumentList)
            wrapped.ArgumentList.Add(a);
        foreach (var (key, value) in psi.Environment)
            wrapped.Environment[key] = value;
        return wrapped;
    }

    /// <summary>Bit SIGINT of the SigIgn mask in /proc/self/status.</summary>
    private static bool SigintIgnoredHere()
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("SigIgn:", StringComparison.Ordinal))
                return (Convert.ToUInt64(line.Substring(7).Trim(), 16) & (1UL << (Sigint - 1))) != 0;
        return false;
    }

    private const int Sigint = 2;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
