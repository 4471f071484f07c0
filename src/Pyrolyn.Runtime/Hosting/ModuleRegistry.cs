using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime.Hosting;

/// <summary>
/// Compiled modules register here from generated <c>[ModuleInitializer]</c>s, so imports find
/// them by name without reflection. Also holds <c>sys.modules</c> and the source text of every
/// compiled file (for tracebacks).
/// </summary>
public static class ModuleRegistry
{
    private static readonly Dictionary<string, Func<PyModule>> Importers = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string[]> Sources = new(StringComparer.Ordinal);
    private static readonly object Lock = new();

    /// <summary><c>sys.modules</c>. Guarded by locking the dictionary itself.</summary>
    public static Dictionary<string, PyModule> Loaded { get; } = new(StringComparer.Ordinal);

    /// <summary>The module run as <c>__main__</c> (its compiled name may differ).</summary>
    public static string? MainModuleName { get; set; }

    public static void Register(string name, Func<PyModule> import)
    {
        lock (Lock)
            Importers[name] = import;
    }

    public static void RegisterSource(string file, string[] lines)
    {
        lock (Lock)
            Sources[file] = lines;
    }

    public static string? GetSourceLine(string file, int line)
    {
        lock (Lock)
            return Sources.TryGetValue(file, out var lines) && line >= 1 && line <= lines.Length ? lines[line - 1] : null;
    }

    public static bool TryGetImporter(string name, out Func<PyModule> import)
    {
        lock (Lock)
            return Importers.TryGetValue(name, out import!);
    }

    /// <summary>Runs a generated module body once, thread-safely. Called from the generated
    /// <c>Import()</c>; a module importing itself circularly gets the partly initialized module.</summary>
    public static PyModule Initialize(ref PyModule? slot, object gate, string name, Func<string, PyModule> create, Action<PyModule> body)
    {
        // The gate is held while the module body runs, and the body may release the GIL (sleep,
        // I/O, thread joins): never block on the gate while holding the GIL (deadlock), release
        // the GIL while waiting instead (MonitorGil.Enter).
        Pyrolyn.Runtime.Modules.MonitorGil.Enter(gate);
        try
        {
            if (slot is not null)
                return slot;
            ObjectProtocol.EnsureInitialized();
            string runName = name == MainModuleName ? "__main__" : name;
            var module = create(runName);
            slot = module;
            lock (Loaded)
                Loaded[runName] = module;
            try
            {
                body(module);
                module.Initialized = true;
                return module;
            }
            catch
            {
                slot = null;
                lock (Loaded)
                    Loaded.Remove(runName);
                throw;
            }
        }
        finally
        {
            System.Threading.Monitor.Exit(gate);
        }
    }
}
