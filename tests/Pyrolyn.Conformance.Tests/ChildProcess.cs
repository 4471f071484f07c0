using System.Diagnostics;
using Pyrolyn.Cli.Building;

namespace Pyrolyn.Conformance.Tests;

/// <summary>
/// Starts programs the way a user does, as child processes: the <c>pyrolyn</c> CLI built next to
/// these tests (with its compile cache in a directory the test owns) or a built program. Standard
/// input is closed so a script that reads it sees end of file instead of hanging the test.
/// </summary>
internal static class ChildProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary><c>pyrolyn ARGS</c> in <paramref name="workingDirectory"/>, caching compiled
    /// scripts in <paramref name="cacheDirectory"/>.</summary>
    public static ProcessStartInfo Pyrolyn(string workingDirectory, string cacheDirectory, IEnumerable<string> args)
    {
        var psi = Dotnet(workingDirectory, new[] { "exec", Path.Combine(AppContext.BaseDirectory, "pyrolyn.dll") }.Concat(args));
        psi.Environment["PYROLYN_CACHE_DIR"] = cacheDirectory;
        return psi;
    }

    /// <summary><c>dotnet ARGS</c> with every standard stream redirected.</summary>
    public static ProcessStartInfo Dotnet(string workingDirectory, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(ProgramRunner.DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in args)
            psi.ArgumentList.Add(a);
        return psi;
    }

    /// <summary>Runs to completion (killing the process tree after <paramref name="timeout"/>,
    /// default 3 minutes) and returns the exit code and both output streams.</summary>
    public static Result Run(ProcessStartInfo psi, TimeSpan? timeout = null)
    {
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + psi.FileName);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(psi.FileName + " " + string.Join(" ", psi.ArgumentList));
        }
        process.WaitForExit(); // flushes the redirected streams
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
