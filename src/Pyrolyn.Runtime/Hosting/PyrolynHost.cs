using System;
using System.Threading;
using Pyrolyn.Runtime.Modules;
using Pyrolyn.Runtime.Threading;

namespace Pyrolyn.Runtime.Hosting;

/// <summary>
/// Program entry for compiled scripts: runs the main module as <c>__main__</c> under the GIL on
/// a thread with a large stack (so 1000+ Python frames fit), prints uncaught exceptions as a
/// CPython traceback, maps SystemExit to the exit code and flushes stdout.
/// </summary>
public static class PyrolynHost
{
    /// <summary>Stack size of the thread that runs Python code.</summary>
    public const int MainStackSize = 512 * 1024 * 1024;

    /// <summary>Environment variable through which <c>pyrolyn run -X gil=0|1</c> hands its X option
    /// to the program (it beats <c>PYTHON_GIL</c>, as <c>-X gil</c> does in CPython).</summary>
    public const string XGilVariable = "PYROLYN_X_GIL";

    /// <summary>Runs <paramref name="moduleName"/> as the main module; returns the exit code.</summary>
    public static int RunMain(string moduleName, string scriptPath, string[] args, Func<PyModule> import) =>
        RunMain(moduleName, scriptPath, args, import, gilByDefault: true);

    /// <summary>Runs <paramref name="moduleName"/> as the main module; returns the exit code.
    /// <paramref name="gilByDefault"/> is the build default (MSBuild <c>PyrolynGil</c>); the
    /// <c>-X gil</c> option (env <see cref="XGilVariable"/>) and <c>PYTHON_GIL</c> override it.</summary>
    public static int RunMain(string moduleName, string scriptPath, string[] args, Func<PyModule> import, bool gilByDefault)
    {
        if (!ConfigureGil(gilByDefault))
            return 1;
        var argv = new string[args.Length + 1];
        argv[0] = scriptPath;
        Array.Copy(args, 0, argv, 1, args.Length);
        SysModule.Argv = argv;
        ModuleRegistry.MainModuleName = moduleName;
        int exitCode = 0;
        var thread = new Thread(() => exitCode = RunOnThisThread(import), MainStackSize);
        thread.Start();
        thread.Join();
        return exitCode;
    }

    /// <summary>Decides GIL or free-threaded with CPython's precedence: <c>-X gil</c>, then
    /// <c>PYTHON_GIL</c>, then the build default. False (after a CPython-like message) when a
    /// value is invalid.</summary>
    private static bool ConfigureGil(bool buildDefault)
    {
        string? x = Environment.GetEnvironmentVariable(XGilVariable);
        bool? xOption = x switch
        {
            null or "" => null,
            "0" => false,
            "1" => true,
            _ => null,
        };
        if (xOption is null && !string.IsNullOrEmpty(x))
        {
            Console.Error.WriteLine("Fatal Python error: config_read_gil: -X gil=" + x + " is not a valid value; expected \"0\" or \"1\"");
            return false;
        }
        string? env = Environment.GetEnvironmentVariable("PYTHON_GIL");
        try
        {
            Gil.Configure(xOption, env, buildDefault);
        }
        catch (ArgumentException)
        {
            Console.Error.WriteLine("Fatal Python error: config_read_gil: PYTHON_GIL=" + env + " is not a valid value; expected \"0\" or \"1\"");
            return false;
        }
        return true;
    }

    private static int RunOnThisThread(Func<PyModule> import)
    {
        Gil.SetMainThread();
        Gil.Acquire();
        try
        {
            import();
            return 0;
        }
        catch (PyException e)
        {
            return HandleUncaught(e.Value);
        }
        catch (Exception e) when (e is InsufficientExecutionStackException or DivideByZeroException)
        {
            return HandleUncaught(Raise.Translate(e).Value);
        }
        finally
        {
            ThreadingModule.WaitForNonDaemonThreads();
            try
            {
                StandardStreams.Out.Flush();
            }
            catch (System.IO.IOException)
            {
            }
            Gil.ReleaseFully();
        }
    }

    /// <summary>SystemExit gives the exit code; anything else prints a traceback, code 1 (130 for
    /// KeyboardInterrupt).</summary>
    public static int HandleUncaught(PyBaseException exc)
    {
        try
        {
            StandardStreams.Out.Flush();
        }
        catch (System.IO.IOException)
        {
        }
        if (exc.Type.IsSubtypeOf(ExceptionTypes.SystemExit))
        {
            PyObject code;
            try
            {
                code = exc.GetAttr("code");
            }
            catch (PyException)
            {
                code = PyNone.Instance;
            }
            if (code is PyNone)
                return 0;
            if (code is PyInt i && i.IsSmall)
                return (int)i.Small;
            StandardStreams.Error.Write(Ops.Str(code) + "\n");
            return 1;
        }
        StandardStreams.Error.Write(TracebackPrinter.Format(exc));
        StandardStreams.Error.Flush();
        // CPython ends an uncaught KeyboardInterrupt by re-raising SIGINT on itself, which a
        // shell reports as status 130 (128 + SIGINT).
        return exc.Type.IsSubtypeOf(ExceptionTypes.KeyboardInterrupt) ? 130 : 1;
    }

    /// <summary>Imports a compiled module for C# callers (takes the GIL for the import).</summary>
    public static PyModule Import(string name)
    {
        Gil.Acquire();
        try
        {
            return Imports.ImportModule(name);
        }
        finally
        {
            Gil.ReleaseFully();
        }
    }
}
