using System;
using Pyrolyn.Runtime.Modules;

namespace Pyrolyn.Runtime.Hosting;

/// <summary>The import statement: <c>import a.b</c>, <c>from a import b</c>, relative imports.</summary>
public static class Imports
{
    /// <summary>Imports one module by absolute name (parents first) and returns it.</summary>
    public static PyModule ImportModule(string name)
    {
        lock (ModuleRegistry.Loaded)
        {
            if (ModuleRegistry.Loaded.TryGetValue(name, out var loaded))
                return loaded;
        }
        int dot = name.LastIndexOf('.');
        PyModule? parent = dot > 0 ? ImportModule(name.Substring(0, dot)) : null;
        PyModule module;
        if (ModuleRegistry.TryGetImporter(name, out var import))
        {
            module = import();
        }
        else if (BuiltinModules.Create(name) is { } builtin)
        {
            module = builtin;
            lock (ModuleRegistry.Loaded)
            {
                // Free-threaded: another thread may have created it meanwhile; keep one copy.
                if (ModuleRegistry.Loaded.TryGetValue(name, out var raced))
                    module = raced;
                else
                    ModuleRegistry.Loaded[name] = module;
            }
        }
        else
        {
            throw Errors.ModuleNotFoundError(name);
        }
        // A submodule becomes an attribute of its package.
        parent?.Set(name.Substring(dot + 1), module);
        return module;
    }

    /// <summary><c>import a.b.c</c>: imports all three, returns <c>a</c> (bound to the name a).</summary>
    public static PyModule Import(string name)
    {
        var module = ImportModule(name);
        int dot = name.IndexOf('.');
        return dot < 0 ? module : ImportModule(name.Substring(0, dot));
    }

    /// <summary><c>from m import x</c>: an attribute, or else the submodule <c>m.x</c>.</summary>
    public static PyObject ImportFrom(PyModule module, string name)
    {
        var v = module.TryGet(name);
        if (v is not null)
            return v;
        string sub = module.Name + "." + name;
        if (ModuleRegistry.TryGetImporter(sub, out _))
            return ImportModule(sub);
        string where = module.File is null ? "unknown location" : module.File;
        throw Errors.New(ExceptionTypes.ImportError, $"cannot import name '{name}' from '{module.Name}' ({where})");
    }

    /// <summary>Resolves a relative import's module name against the importing package.</summary>
    public static string ResolveRelative(string package, int level, string? name)
    {
        string basePkg = package;
        for (int i = 1; i < level; i++)
        {
            int dot = basePkg.LastIndexOf('.');
            if (dot < 0)
                throw Errors.ImportError("attempted relative import beyond top-level package");
            basePkg = basePkg.Substring(0, dot);
        }
        if (basePkg.Length == 0)
            throw Errors.ImportError("attempted relative import with no known parent package");
        return string.IsNullOrEmpty(name) ? basePkg : basePkg + "." + name;
    }
}
