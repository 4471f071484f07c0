using System.Collections.Generic;

namespace Pyrolyn.Compiler.Binding;

/// <summary>
/// The modules Pyrolyn's runtime provides (its builtin module table plus <c>sys</c>). The
/// compiler targets netstandard2.0 and does not reference the runtime, so the names are listed
/// here; a test (Pyrolyn.Audit.Tests) checks that every module of the runtime's table is listed.
/// A name may be listed before its runtime module lands: importing it then fails at run time
/// with ModuleNotFoundError instead of at compile time.
/// </summary>
public static class RuntimeModules
{
    public static IReadOnlyCollection<string> Names => s_names;

    private static readonly HashSet<string> s_names = new(System.StringComparer.Ordinal)
    {
        "__future__",
        "abc",
        "array",
        "bisect",
        "collections",
        "collections.abc",
        "concurrent",
        "concurrent.futures",
        "contextlib",
        "copy",
        "dataclasses",
        "decimal",
        "enum",
        "fractions",
        "functools",
        "heapq",
        "io",
        "itertools",
        "json",
        "json.decoder",
        "math",
        "operator",
        "os",
        "os.path",
        "queue",
        "random",
        "re",
        "statistics",
        "string",
        "struct",
        "sys",
        "textwrap",
        "threading",
        "time",
        "traceback",
        "typing",
    };

    /// <summary>Whether <paramref name="name"/> (dotted) is a runtime module.</summary>
    public static bool Contains(string name) => s_names.Contains(name);
}
