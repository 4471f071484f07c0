using System;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime.Threading;

/// <summary>Per-thread interpreter state: the Python call depth for RecursionError.</summary>
public static class ThreadState
{
    [ThreadStatic] private static int _depth;

    /// <summary>CPython's default recursion limit; <c>sys.setrecursionlimit</c> changes it.</summary>
    public static int RecursionLimit { get; set; } = 1000;

    public static int Depth => _depth;

    /// <summary>Called at every function entry; raises RecursionError past the limit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter()
    {
        int d = ++_depth;
        // The stack probe is a safety net for deep C# frames; checking every 32 levels is enough.
        if (d > RecursionLimit || (d & 31) == 0)
            EnterSlow(d);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Exit() => _depth--;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EnterSlow(int d)
    {
        if (d > RecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth--;
            throw Errors.RecursionError();
        }
    }
}
