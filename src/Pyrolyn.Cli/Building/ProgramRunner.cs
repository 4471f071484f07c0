using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Pyrolyn.Cli.Building;

/// <summary>Runs a compiled program, in this process or as a child <c>dotnet</c> process.</summary>
public static class ProgramRunner
{
    /// <summary>Loads the program and calls its <c>Main</c>; returns its exit code. Standard streams
    /// are this process's own.</summary>
    public static int RunInProcess(string assemblyPath, string[] args)
    {
        Assembly assembly = Assembly.LoadFrom(assemblyPath);
        MethodInfo entry = assembly.EntryPoint
            ?? throw new UsageException($"{assemblyPath} has no entry point (was the script compiled as an entry point?)");
        object?[]? parameters = entry.GetParameters().Length == 0 ? null : new object?[] { args };
        object? result;
        try
        {
            result = entry.Invoke(null, parameters);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            // An exception the runtime did not handle (a runtime bug): rethrow it with its own
            // stack trace; pyrolyn reports it as an internal error.
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
        Console.Out.Flush();
        Console.Error.Flush();
        return result is int code ? code : 0;
    }

    /// <summary>Runs <c>dotnet exec &lt;dll&gt; args</c> with inherited standard streams.</summary>
    public static int RunAsChild(string assemblyPath, IReadOnlyList<string> args,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo(DotnetHost()) { UseShellExecute = false };
        if (workingDirectory is not null)
            psi.WorkingDirectory = workingDirectory;
        psi.ArgumentList.Add("exec");
        psi.ArgumentList.Add(assemblyPath);
        foreach (string a in args)
            psi.ArgumentList.Add(a);
        if (environment is not null)
        {
            foreach (var (k, v) in environment)
                psi.Environment[k] = v;
        }
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet");
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>The <c>dotnet</c> host running this process (else the one on PATH).</summary>
    public static string DotnetHost()
    {
        string? path = Environment.ProcessPath;
        if (path is not null && Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            return path;
        string? root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(root))
        {
            string candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
            if (File.Exists(candidate))
                return candidate;
        }
        // The shared framework lives in <dotnet root>/shared/Microsoft.NETCore.App/<version>/.
        string fx = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string guess = Path.GetFullPath(Path.Combine(fx, "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        return File.Exists(guess) ? guess : "dotnet";
    }
}
