using System.Runtime.CompilerServices;
using System.Threading;

namespace Pyrolyn.Runtime.Threading;

// Protocol: a thread runs Python code only while it holds the GIL (Acquire/Release around the
// whole run; PyrolynHost.RunMain takes it for the main module). Compiled code calls Safepoint()
// at every function entry and loop back-edge; it only reads one volatile int, the "eval
// breaker". Whoever wants the running thread to stop (a thread wanting the GIL, a signal, a
// pending async call) sets EvalBreaker to non-zero; the next safepoint enters SlowPath, which
// handles the request (for now: yield the GIL to a waiting thread) and clears the breaker.

/// <summary>The global interpreter lock: a simple lock plus the eval-breaker flag.</summary>
public static class Gil
{
    private static readonly object Lock = new();
    private static volatile int _evalBreaker;
    private static int _waiters;

    /// <summary>Non-zero when the running thread should call <see cref="SlowPath"/>.</summary>
    public static int EvalBreaker => _evalBreaker;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Safepoint()
    {
        if (_evalBreaker != 0)
            SlowPath();
    }

    public static void Acquire()
    {
        if (Monitor.IsEntered(Lock))
        {
            Monitor.Enter(Lock);
            return;
        }
        Interlocked.Increment(ref _waiters);
        _evalBreaker = 1;
        Monitor.Enter(Lock);
        if (Interlocked.Decrement(ref _waiters) == 0)
            _evalBreaker = 0;
    }

    public static void Release() => Monitor.Exit(Lock);

    /// <summary>Requests that the running thread reach a safepoint soon.</summary>
    public static void RequestBreak() => _evalBreaker = 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SlowPath()
    {
        if (Volatile.Read(ref _waiters) == 0)
        {
            _evalBreaker = 0;
            return;
        }
        // Let a waiting thread run: release fully, then take the lock back.
        if (!Monitor.IsEntered(Lock))
            return;
        Monitor.Exit(Lock);
        Thread.Yield();
        Acquire();
    }
}
