using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime;

/// <summary>Py_ReprEnter/Py_ReprLeave: detects containers that contain themselves so repr
/// prints <c>[...]</c> instead of recursing forever.</summary>
public static class ReprGuard
{
    [ThreadStatic] private static List<object>? _active;

    /// <summary>Returns false when <paramref name="o"/> is already being repr'd.</summary>
    public static bool Enter(object o)
    {
        var list = _active ??= new List<object>();
        foreach (var x in list)
            if (ReferenceEquals(x, o)) return false;
        list.Add(o);
        return true;
    }

    public static void Leave(object o)
    {
        var list = _active!;
        for (int i = list.Count - 1; i >= 0; i--)
            if (ReferenceEquals(list[i], o)) { list.RemoveAt(i); return; }
    }
}
