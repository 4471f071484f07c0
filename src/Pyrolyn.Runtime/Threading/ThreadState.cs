using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace Pyrolyn.Runtime.Threading;

/// <summary>
/// Per-thread interpreter state. The static part (call depth for RecursionError) is what emitted
/// code touches at every call and stays a [ThreadStatic] int; the rest lives in a
/// <see cref="PyThreadState"/> created on demand by <see cref="Current"/>.
/// </summary>
public static class ThreadState
{
    [ThreadStatic] private static int _depth;
    [ThreadStatic] private static PyThreadState? _current;

    /// <summary>CPython's default recursion limit; <c>sys.setrecursionlimit</c> changes it.</summary>
    public static int RecursionLimit { get; set; } = 1000;

    public static int Depth => _depth;

    /// <summary>This thread's state, created on first use.</summary>
    public static PyThreadState Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _current ?? CreateCurrent();
    }

    /// <summary>This thread's state if it has one (no allocation).</summary>
    public static PyThreadState? CurrentOrNull => _current;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyThreadState CreateCurrent() => _current = new PyThreadState();

    /// <summary>Forgets this thread's state (the outermost <see cref="Gil.Ensure"/> scope of a
    /// host thread ends, or a Python thread finishes).</summary>
    internal static void ClearCurrent() => _current = null;

    /// <summary>Called at every function entry; raises RecursionError past the limit. Returns
    /// the thread's depth counter so that the function's exit decrements it through the same
    /// reference (one thread-local address computation per call instead of two).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref int Enter()
    {
        ref int depth = ref _depth;
        int d = ++depth;
        // The stack probe is a safety net for deep C# frames; checking every 32 levels is enough.
        if (d > RecursionLimit || (d & 31) == 0)
            EnterSlow(d);
        return ref depth;
    }

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

/// <summary>
/// One thread's GIL bookkeeping: identity (for diagnostics and <c>threading</c>), whether and how
/// often it holds the GIL, its <see cref="Gil.Ensure"/> nesting, and the semaphore it parks on
/// while waiting for the GIL. Only the owning thread mutates the fields, except
/// <see cref="Wake"/> (any thread) and <see cref="Location"/> (read by stuck-GIL diagnostics).
/// </summary>
public sealed class PyThreadState
{
    private static long _nextSerial;

    internal PyThreadState()
    {
        ManagedThreadId = Environment.CurrentManagedThreadId;
        NativeId = NativeThreadId.Get();
        Serial = Interlocked.Increment(ref _nextSerial);
        var t = Thread.CurrentThread;
        Name = t.Name ?? (t.IsThreadPoolThread ? $"thread-pool-{ManagedThreadId}" : $"Dummy-{Serial}");
    }

    public int ManagedThreadId { get; }
    public long NativeId { get; }
    public long Serial { get; }

    /// <summary>The Python-visible thread name (<c>threading.Thread.name</c> once set).</summary>
    public string Name { get; set; }

    /// <summary>True while this thread holds the GIL.</summary>
    public bool HoldsGil { get; internal set; }

    /// <summary>Nesting of <see cref="Gil.Acquire"/> calls on this thread.</summary>
    internal int AcquireDepth;

    /// <summary>Nesting of <see cref="Gil.Ensure"/> scopes on this thread.</summary>
    internal int EnsureDepth;

    /// <summary>Set while the thread is parked in a blocking call with the GIL released; its
    /// next acquisition gets priority (the anti-convoy rule).</summary>
    internal bool ReleasedVoluntarily;

    /// <summary>Where the thread took the GIL (host code: caller info), or where it was when it
    /// last answered a diagnostic request (script code: a stack trace). Read by other threads.</summary>
    public volatile string? Location;

    /// <summary>True when the thread took the GIL on its return from a blocking call (a priority
    /// waiter): its slice is then the whole switch interval (Gil.RequestDropAfterSlice).</summary>
    internal bool PriorityHold;

    /// <summary>Monitors to pulse (Monitor.PulseAll) when the thread next releases the GIL
    /// (Gil.PulseAllWhenReleased), and when the first was recorded.</summary>
    internal readonly object?[] DeferredPulses = new object?[4];
    internal int DeferredPulseCount;
    internal long DeferredSince;

    /// <summary>Set while the holder defers a drop request until its slice ends, and the count of
    /// safepoints since (the clock is read at one in 64).</summary>
    internal bool DeferringDrop;
    internal int DeferredSafepoints;

    /// <summary>True while the thread spins for the GIL (a releaser need not signal it).</summary>
    internal volatile bool Spinning;

    /// <summary>Stopwatch timestamp of the moment the thread took the GIL.</summary>
    internal long AcquiredAt;

    /// <summary>The <c>threading.Thread</c> object of this thread, if the threading module made one.</summary>
    public PyObject? PythonThread { get; set; }

    // Parking: a waiter blocks on this semaphore; the releaser of the GIL signals it. Stale
    // signals only cause a spurious wake-up, which the wait loop tolerates. The semaphore is
    // never disposed: a releaser picks the waiter to wake under the GIL's mutex but signals it
    // after leaving the mutex, by which time the waiter may have taken the GIL, finished and
    // dropped its state (Release on a disposed SemaphoreSlim would throw in the releaser).
    // Without AvailableWaitHandle it holds no OS resource.
    private readonly SemaphoreSlim _park = new(0, int.MaxValue);

    internal bool Park(int milliseconds) => _park.Wait(milliseconds);

    internal void Wake() => _park.Release();

    public override string ToString() => $"{Name} (managed id {ManagedThreadId}, native id {NativeId})";
}

/// <summary>The OS thread id (<c>threading.get_native_id()</c>).</summary>
internal static partial class NativeThreadId
{
    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int LinuxGetTid();

    [DllImport("kernel32", EntryPoint = "GetCurrentThreadId")]
    private static extern uint WindowsGetCurrentThreadId();

    public static long Get()
    {
        try
        {
            if (OperatingSystem.IsLinux())
                return LinuxGetTid();
            if (OperatingSystem.IsWindows())
                return WindowsGetCurrentThreadId();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
        return Environment.CurrentManagedThreadId;
    }
}
