using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace Pyrolyn.Runtime.Threading;

// =====================================================================================
// The global interpreter lock (GIL)
// =====================================================================================
//
// State
//   _locked          0/1, the lock word. Taking the GIL is one CAS 0 -> 1 (uncontended fast path).
//   _holder          the PyThreadState holding it (slices and diagnostics; null when free).
//   _switchNumber    incremented every time any thread takes the GIL.
//   _waiters         the threads waiting for the GIL, in two FIFO lists: "priority" (threads that
//                    come back from a blocking call) and "normal" (everyone else). Guarded by
//                    _mutex, as is _waiterCount (also read without the mutex as a hint).
//   _starving        a normal waiter that has waited a whole switch interval: the next turn is
//                    its (nobody else may take the GIL), or null.
//   _returnTo        the thread the GIL is reserved for (see hand-back below), or null.
//   _evalBreaker     ONE volatile int polled by Safepoint() (one load, one branch). Bits:
//                    DropRequest (a waiter wants the GIL), SignalPending (SIGINT arrived),
//                    DiagnoseRequest (a stuck waiter asks the holder where it is),
//                    PulsePending (the holder has deferred wake-ups, see below).
//
// Protocol
//   Acquire: CAS, unless the GIL is reserved for another thread. On failure the thread
//     enqueues itself (under _mutex), then loops: CAS again if eligible; spin or park; re-check.
//     * A normal waiter that has waited a whole switch interval (default 5 ms) during which no
//       switch happened (same _switchNumber) sets DropRequest (CPython's rule). One that has
//       waited a whole interval since it queued, however often the GIL changed hands, becomes
//       _starving: it asks for the GIL and the next release is its (fairness: threads handing
//       the GIL back and forth cannot keep a CPU-bound thread out).
//     * A priority waiter (it released the GIL voluntarily for a blocking call: sleep, lock
//       wait, queue get, I/O) sets DropRequest 4 us before the holder's slice ends, and the
//       holder drops the GIL when it has ended (it defers an early request): 1/80 of the
//       interval (62.5 us) for a CPU-bound holder, the whole interval for a holder that is
//       itself a priority thread. This removes the convoy effect (bpo-7946): an I/O thread
//       gets the GIL back within ~60 us instead of 5 ms, and message ping-pong cannot take
//       more than a few percent from a CPU-bound thread.
//     * Hand-back: a CPU-bound holder forced out for a priority waiter gets the GIL back as soon
//       as that thread releases it again (_returnTo: nobody else may take it meanwhile), so
//       that a second returning thread cannot take the CPU-bound thread's slice without asking.
//       A forced switch cancels the reservation, and a starving waiter comes first.
//     * Spinning: on a multicore machine priority waiters and forced droppers spin for the GIL,
//       yielding the core with sched_yield, for up to 1/25 of the interval before they park
//       on their semaphore. Hand-overs then cost microseconds, not a futex wake-up each; a
//       spinner is never signalled (Spinning), and re-checks the lock word before it parks.
//       A priority waiter whose turn (the end of the holder's slice) is tens of microseconds
//       off sleeps until it (ShortSleep, which measures how late its sleeps end and asks for
//       that much less) instead: a busy sibling core slows the CPU-bound holder. A spinner
//       whose drop request is pending pauses rather than yields (yielding every few us). A
//       forced dropper whose GIL was picked up at once (the priority thread runs on another
//       core) waits for its hand-back in a pause loop, without entering the kernel. Spinning stops for 100 ms when a sched_yield takes over 200 us while other
//       processes' threads are runnable beyond the core count (RunQueue).
//     * Taking the GIL clears a pending DropRequest (it was addressed to the previous holder,
//       which may have released voluntarily before reaching a safepoint); waiters ask again.
//   Release: write _locked = 0 (full fence), then, if _waiterCount > 0, wake ONE waiter: the
//     reserved one, else the first priority waiter, else the first normal one. Then do the
//     deferred wake-ups: Monitor pulses that this thread made while holding the GIL with
//     threads waiting for it (queue put/get), deferred so that the futex calls do not hold up
//     the GIL's hand-over; a safepoint does them anyway 50 us later.
//   Safepoint: if _evalBreaker != 0, HandleEvalBreaker():
//     * SignalPending on the main thread: clear it, raise KeyboardInterrupt. On another thread
//       holding the GIL while threads wait for it: drop it (forced switch) so that the main
//       thread, if it is one of them, delivers the signal without waiting a switch interval.
//     * DropRequest: clear it; if the thread holds the GIL and someone waits, drop the GIL and
//       re-acquire as a *forced* (normal-priority) waiter that may not take the GIL again
//       until _switchNumber has changed (forced switching: on a multicore machine the dropper
//       would otherwise win the CAS straight back) AND it is first in line or the GIL is
//       reserved for it. If it turns out to be the only waiter, it may.
//     * DiagnoseRequest: record the holder's location (a stack trace) for the stuck waiter.
//     * PulsePending: do this thread's deferred wake-ups once they are 50 us old.
//
// Invariants
//   I1  _locked == 1 exactly while one thread is between a successful CAS and its release;
//       that thread's PyThreadState.HoldsGil is true and it is _holder.
//   I2  Every release with _waiterCount > 0 wakes a queued waiter (if any is queued), and every
//       waiter re-tries the CAS after enqueuing, so a wake-up can never be lost: either the
//       waiter's CAS sees the 0 written by the releaser, or the releaser sees the waiter queued.
//   I3  A waiter leaves the queue only by taking the GIL (no timeouts on the GIL itself), so a
//       forced dropper waiting for the switch number to change always has someone to switch to;
//       if not (it is alone in the queue) it takes the GIL back. The GIL is reserved only for a
//       forced dropper, which is queued until it takes it; a waiter that leaves without the GIL
//       (an asynchronous exception) drops its reservation.
//   I4  A set DropRequest with nobody waiting is harmless: the holder clears it and goes on.
//   I5  Every path out of Acquire/Release restores I1 even when an exception (thread abort,
//       KeyboardInterrupt raised at a safepoint, an OutOfMemoryException) interrupts it:
//       queue removal and counters are in finally blocks, and the GIL is taken/released as the
//       last/first step.
//   I6  With the GIL disabled (free-threaded mode) Acquire/Release are no-ops and Safepoint only
//       delivers signals.
// =====================================================================================

/// <summary>The global interpreter lock (see the protocol comment at the top of this file).</summary>
public static partial class Gil
{
    internal const int DropRequest = 1;
    internal const int SignalPending = 2;
    internal const int DiagnoseRequest = 4;
    internal const int PulsePending = 8;

    private static volatile int _evalBreaker;
    private static int _locked;
    private static volatile PyThreadState? _holder;
    private static long _switchNumber;
    private static int _waiterCount;
    private static int _priorityWaiterCount;
    private static readonly object _mutex = new();
    private static volatile PyThreadState? _pendingReturn;
    private static volatile PyThreadState? _returnTo;
    private static PyThreadState? _starving;
    private static readonly LinkedList<PyThreadState> _priorityWaiters = new();
    private static readonly LinkedList<PyThreadState> _normalWaiters = new();

    private static long _intervalTicks = Stopwatch.Frequency / 200; // 5 ms
    private static double _intervalSeconds = 0.005;
    private static bool _enabled = true;
    private static PyThreadState? _main;
    private static long _stuckTicks = ReadStuckThreshold();
    private static int _stuckReported;

    // ---- configuration ------------------------------------------------------------------------

    /// <summary>False in free-threaded mode: then taking and releasing the GIL are no-ops.</summary>
    public static bool Enabled => _enabled;

    /// <summary>Decides <see cref="Enabled"/> with CPython's precedence: <c>-X gil=0|1</c>, then
    /// the environment variable <c>PYTHON_GIL=0|1</c>, then the build-time default (MSBuild
    /// property <c>PyrolynGil</c>). Call once at program entry, before any thread runs script
    /// code. Returns the decision. Invalid values raise ValueError-like errors as CPython does
    /// ("PYTHON_GIL / -X gil must be "0" or "1"" printed by the CLI).</summary>
    public static bool Configure(bool? fromXOption, string? envPythonGil, bool buildDefault = true)
    {
        bool enabled = buildDefault;
        if (fromXOption is bool x)
            enabled = x;
        else if (!string.IsNullOrEmpty(envPythonGil))
            enabled = envPythonGil switch
            {
                "0" => false,
                "1" => true,
                _ => throw new ArgumentException("PYTHON_GIL / -X gil must be \"0\" or \"1\"", nameof(envPythonGil)),
            };
        SetEnabled(enabled);
        return enabled;
    }

    /// <summary>Switches the mode (tests; <see cref="Configure"/> for programs). Must not be
    /// called while any thread holds the GIL.</summary>
    public static void SetEnabled(bool enabled)
    {
        lock (_mutex)
        {
            if (Volatile.Read(ref _locked) != 0)
                throw new InvalidOperationException("Gil.SetEnabled: the GIL is held by " + DescribeHolder());
            _enabled = enabled;
        }
    }

    /// <summary>The switch interval in seconds (<c>sys.getswitchinterval()</c>).</summary>
    public static double SwitchInterval => _intervalSeconds;

    /// <summary>Sets the switch interval; rejects non-positive values as CPython does.</summary>
    public static void SetSwitchInterval(double seconds)
    {
        if (!(seconds > 0))
            throw Errors.ValueError("switch interval must be strictly positive");
        _intervalSeconds = seconds;
        Volatile.Write(ref _intervalTicks, Math.Max(1, (long)(seconds * Stopwatch.Frequency)));
    }

    /// <summary>How long a waiter may wait before the stuck-GIL report (env
    /// <c>PYROLYN_GIL_STUCK_SECONDS</c>, default 5 s; 0 disables it).</summary>
    public static double StuckThresholdSeconds
    {
        get => (double)Volatile.Read(ref _stuckTicks) / Stopwatch.Frequency;
        set
        {
            Volatile.Write(ref _stuckTicks, value <= 0 ? long.MaxValue : (long)(value * Stopwatch.Frequency));
            Volatile.Write(ref _stuckReported, 0);
        }
    }

    /// <summary>Where stuck-GIL reports go (stderr by default; tests redirect it).</summary>
    public static System.IO.TextWriter DiagnosticWriter { get; set; } = Console.Error;

    private static long ReadStuckThreshold()
    {
        var s = Environment.GetEnvironmentVariable("PYROLYN_GIL_STUCK_SECONDS");
        if (s is not null && double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v))
            return v <= 0 ? long.MaxValue : (long)(v * Stopwatch.Frequency);
        return 5 * Stopwatch.Frequency;
    }

    // ---- the eval breaker ---------------------------------------------------------------------

    /// <summary>Non-zero when the running thread should call <see cref="HandleEvalBreaker"/>.</summary>
    public static int EvalBreaker => _evalBreaker;

    /// <summary>Emitted at every loop back-edge and function entry: one load, one branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Safepoint()
    {
        if (_evalBreaker != 0)
            HandleEvalBreaker();
    }

    private static void SetBit(int bit) => Interlocked.Or(ref _evalBreaker, bit);

    private static void ClearBit(int bit) => Interlocked.And(ref _evalBreaker, ~bit);

    /// <summary>The slow path of <see cref="Safepoint"/>: signals, drop requests, diagnostics.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void HandleEvalBreaker()
    {
        int bits = _evalBreaker;
        var ts = ThreadState.CurrentOrNull;
        if ((bits & SignalPending) != 0 && ts is not null && ReferenceEquals(ts, _main))
        {
            ClearBit(SignalPending);
            Signals.RaisePending();
        }
        else if ((bits & SignalPending) != 0 && ts is { HoldsGil: true } && _enabled && IsWaiting(_main))
        {
            // Only the main thread can deliver the signal: another holder hands the GIL over
            // at once rather than after the switch interval.
            ForcedSwitch(ts);
            return;
        }
        if ((bits & PulsePending) != 0 && ts is { DeferredPulseCount: > 0 }
            && Stopwatch.GetTimestamp() - ts.DeferredSince >= PulseDelayTicks)
            FlushPulses(ts, holdsGil: true);
        if ((bits & DiagnoseRequest) != 0 && ts is not null && ts.HoldsGil)
        {
            ClearBit(DiagnoseRequest);
            ts.Location = "Python code, stack:\n" + Environment.StackTrace;
        }
        if ((bits & DropRequest) != 0)
        {
            if (ts is null || !ts.HoldsGil || !_enabled)
            {
                // A stale request (I4), or a thread running without the GIL.
                if (ReferenceEquals(_holder, null) || Volatile.Read(ref _waiterCount) == 0)
                    ClearBit(DropRequest);
                return;
            }
            // The holder's slice (RequestDropAfterSlice): a spinning waiter asks only once it has
            // ended, a parked one asks at once and the holder defers until then, reading the
            // clock at one safepoint in 64.
            if (ts.DeferringDrop && (++ts.DeferredSafepoints & 63) != 0)
                return;
            if (Stopwatch.GetTimestamp() < ts.AcquiredAt + SliceOf(ts))
            {
                ts.DeferringDrop = true;
                return;
            }
            ts.DeferringDrop = false;
            ClearBit(DropRequest);
            if (Volatile.Read(ref _waiterCount) == 0)
                return;
            ForcedSwitch(ts);
        }
    }

    /// <summary>Drops the GIL because a waiter asked, then waits for it as a normal waiter that
    /// may only take it after another thread has had it (forced switching).</summary>
    private static void ForcedSwitch(PyThreadState ts)
    {
        Stats.Count(ref Stats.ForcedSwitches);
        long switchBefore = Volatile.Read(ref _switchNumber);
        int depth = ts.AcquireDepth;
        string? location = ts.Location;
        // Dropped for a thread back from a blocking call: once that thread has had the GIL, it
        // comes back to this one (see _returnTo). Not when this thread is itself a priority
        // holder that ran its whole slice, nor when a starving waiter is owed the next turn.
        // A forced switch ends any hand-back the holder was carrying: the reservation only
        // survives a voluntary release.
        _returnTo = null;
        // Only while threads spin for the GIL: a parked thread's wake-up can take milliseconds on
        // a busy machine, and the GIL would wait for it.
        _pendingReturn = !ts.PriorityHold && Volatile.Read(ref _starving) is null && Volatile.Read(ref _priorityWaiterCount) > 0
            && _maxSpinners > 0 && !SpinningDisabled(Stopwatch.GetTimestamp()) ? ts : null;
        long droppedAt = Stats.Enabled ? Stopwatch.GetTimestamp() : 0;
        if (Stats.Enabled)
            Stats.OnForcedDrop(droppedAt, ts.PriorityHold ? -1 : ts.AcquiredAt + SliceOf(ts));
        Unlock(ts);
        TakeSlow(ts, priority: false, notBeforeSwitchAfter: switchBefore);
        if (Stats.Enabled)
            Interlocked.Add(ref Stats.ForcedOffTicks, Stopwatch.GetTimestamp() - droppedAt);
        ts.AcquireDepth = depth;
        ts.Location = location;
    }

    // ---- taking and releasing ----------------------------------------------------------------

    /// <summary>True when the current thread holds the GIL (always false when disabled).</summary>
    public static bool IsHeld => ThreadState.CurrentOrNull is { HoldsGil: true };

    /// <summary>The thread designated as Python's main thread (receives KeyboardInterrupt).</summary>
    public static PyThreadState? MainThread => Volatile.Read(ref _main);

    /// <summary>Makes the calling thread Python's main thread (the host's entry thread).</summary>
    public static void SetMainThread()
    {
        Volatile.Write(ref _main, ThreadState.Current);
        Signals.Install();
    }

    /// <summary>Takes the GIL for the calling thread; nestable (each Acquire needs one
    /// <see cref="ReleaseFully"/> or is undone by the outermost). The first thread ever to call
    /// it becomes the main thread unless <see cref="SetMainThread"/> was called. Caller info
    /// is recorded for the stuck-GIL report.</summary>
    public static void Acquire([CallerMemberName] string member = "", [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var ts = ThreadState.Current;
        if (_main is null)
            SetMainThreadIfFirst(ts);
        if (ts.AcquireDepth++ > 0 || !_enabled)
            return;
        try
        {
            Take(ts);
        }
        catch
        {
            ts.AcquireDepth--;
            throw;
        }
        ts.Location = $"{member} ({System.IO.Path.GetFileName(file)}:{line})";
    }

    private static void SetMainThreadIfFirst(PyThreadState ts)
    {
        if (Interlocked.CompareExchange(ref _main, ts, null) is null)
            Signals.Install();
    }

    /// <summary>Releases the GIL taken with <see cref="Acquire"/>, whatever the nesting, and
    /// returns the nesting depth that was held (0 if the thread did not hold it).</summary>
    public static int ReleaseFully()
    {
        var ts = ThreadState.CurrentOrNull;
        if (ts is null || ts.AcquireDepth == 0)
            return 0;
        int depth = ts.AcquireDepth;
        ts.AcquireDepth = 0;
        if (ts.HoldsGil)
            Unlock(ts);
        return depth;
    }

    /// <summary><c>Py_BEGIN_ALLOW_THREADS</c>: releases the GIL until the scope is disposed
    /// (<c>using (Gil.Release()) { blocking call }</c>); re-acquires on Dispose, with priority,
    /// even when the blocking call throws. A no-op scope if the thread does not hold the GIL.</summary>
    public static ReleaseScope Release()
    {
        var ts = ThreadState.CurrentOrNull;
        if (ts is null || ts.AcquireDepth == 0)
            return default;
        int depth = ts.AcquireDepth;
        ts.AcquireDepth = 0;
        if (ts.HoldsGil)
        {
            ts.ReleasedVoluntarily = true;
            Unlock(ts);
        }
        return new ReleaseScope(ts, depth);
    }

    /// <summary>Re-acquires after <see cref="Release"/>.</summary>
    public readonly struct ReleaseScope : IDisposable
    {
        private readonly PyThreadState? _ts;
        private readonly int _depth;

        internal ReleaseScope(PyThreadState ts, int depth)
        {
            _ts = ts;
            _depth = depth;
        }

        public void Dispose()
        {
            var ts = _ts;
            if (ts is null)
                return;
            if (_enabled && !ts.HoldsGil)
                Take(ts);
            ts.AcquireDepth = _depth;
            ts.ReleasedVoluntarily = false;
        }
    }

    /// <summary><c>PyGILState_Ensure</c>: makes sure the calling thread (any thread, thread-pool
    /// threads included) holds the GIL until the scope is disposed. Nestable; the thread state
    /// created for a foreign thread is discarded when its outermost scope ends.</summary>
    public static EnsureScope Ensure([CallerMemberName] string member = "", [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        bool created = ThreadState.CurrentOrNull is null;
        var ts = ThreadState.Current;
        bool acquired = false;
        if (ts.AcquireDepth == 0)
        {
            try
            {
                Acquire(member, file, line);
            }
            catch
            {
                if (created)
                    ThreadState.ClearCurrent();
                throw;
            }
            acquired = true;
        }
        ts.EnsureDepth++;
        return new EnsureScope(ts, acquired, created);
    }

    /// <summary>Ends an <see cref="Ensure"/>: releases if that Ensure took the GIL.</summary>
    public readonly struct EnsureScope : IDisposable
    {
        private readonly PyThreadState? _ts;
        private readonly bool _acquired;
        private readonly bool _created;

        internal EnsureScope(PyThreadState ts, bool acquired, bool created)
        {
            _ts = ts;
            _acquired = acquired;
            _created = created;
        }

        public void Dispose()
        {
            var ts = _ts;
            if (ts is null)
                return;
            if (!ReferenceEquals(ThreadState.CurrentOrNull, ts))
                throw new InvalidOperationException("Gil.Ensure scope disposed on another thread");
            ts.EnsureDepth--;
            if (_acquired)
                ReleaseFully();
            if (_created && ts.EnsureDepth == 0 && ts.AcquireDepth == 0 && ts.PythonThread is null
                && !ReferenceEquals(ts, _main))
                ThreadState.ClearCurrent();
        }
    }

    /// <summary>Takes the GIL: CAS fast path, else the waiting protocol.</summary>
    private static void Take(PyThreadState ts)
    {
        if (OwedTo is null && Interlocked.CompareExchange(ref _locked, 1, 0) == 0)
        {
            Taken(ts, ts.ReleasedVoluntarily);
            return;
        }
        TakeSlow(ts, ts.ReleasedVoluntarily, -1);
    }

    private static void Taken(PyThreadState ts, bool priority)
    {
        ts.PriorityHold = priority;
        ts.DeferringDrop = false;
        ts.AcquiredAt = Stopwatch.GetTimestamp();
        _holder = ts;
        ts.HoldsGil = true;
        Interlocked.Increment(ref _switchNumber);
        Stats.Count(ref Stats.Takes);
        if (Stats.Enabled)
            Stats.OnTaken(ts, priority);
        if (ReferenceEquals(_returnTo, ts))
            _returnTo = null;
        if (ReferenceEquals(Volatile.Read(ref _starving), ts))
            Volatile.Write(ref _starving, null);
        if (_pendingReturn is { } back)
        {
            // The thread that was dropped for a priority waiter gets the GIL back when this
            // holder releases it, unless it is this holder (nobody else came).
            _pendingReturn = null;
            if (!ReferenceEquals(back, ts))
            {
                _returnTo = back;
                Stats.Count(ref Stats.HandBacks);
            }
        }
        // A drop request is addressed to the holder that was running when it was made. If that
        // holder released the GIL on its own (a blocking call) before reaching a safepoint, the
        // request is stale: left set, the new holder (typically the very priority waiter that
        // asked) would drop the GIL at its first safepoint. So the new holder clears it, as
        // CPython's take_gil does; a waiter that still wants the GIL asks this holder again
        // when its slice ends (RequestDropAfterSlice) or its interval passes.
        if ((_evalBreaker & DropRequest) != 0)
            ClearBit(DropRequest);
    }

    private static void Unlock(PyThreadState ts)
    {
        if (Stats.Enabled)
            Stats.OnUnlock(ts, _returnTo is not null);
        ts.HoldsGil = false;
        _holder = null;
        Interlocked.Exchange(ref _locked, 0);
        if (Volatile.Read(ref _waiterCount) > 0)
            WakeOne();
        if (ts.DeferredPulseCount > 0)
            FlushPulses(ts, holdsGil: false);
    }

    // ---- wake-ups deferred to the release of the GIL ------------------------------------------

    /// <summary>Threads with deferred pulses (PulsePending is set while this is non-zero).</summary>
    private static int _threadsWithPulses;

    /// <summary>How long a deferred pulse may wait for the GIL's release before the holder's
    /// next safepoint does it anyway (a thread that keeps running after a put).</summary>
    private static readonly long PulseDelayTicks = Stopwatch.Frequency / 20_000; // 50 us

    /// <summary><c>Monitor.PulseAll(monitor)</c>, called inside <paramref name="monitor"/>. With
    /// the GIL held, the pulse (a futex wake-up, microseconds) is done when this thread releases
    /// the GIL, typically at its next blocking call, or at a safepoint 50 us later: the waiters
    /// it wakes need the GIL to run anyway, and the threads waiting for the GIL get it sooner.
    /// Only when threads wait for the GIL: otherwise the pulse is done at once.
    /// Waiters must detect the change itself under the monitor (a version counter), not rely on
    /// the pulse.</summary>
    public static void PulseAllWhenReleased(object monitor)
    {
        var ts = ThreadState.CurrentOrNull;
        if (ts is null || !ts.HoldsGil || !_enabled || Volatile.Read(ref _waiterCount) == 0)
        {
            Monitor.PulseAll(monitor);
            return;
        }
        var pending = ts.DeferredPulses;
        int n = ts.DeferredPulseCount;
        for (int i = 0; i < n; i++)
            if (ReferenceEquals(pending[i], monitor))
                return;
        if (n == pending.Length)
        {
            Monitor.PulseAll(monitor);
            return;
        }
        pending[n] = monitor;
        ts.DeferredPulseCount = n + 1;
        if (n == 0)
        {
            ts.DeferredSince = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _threadsWithPulses);
            SetBit(PulsePending);
        }
    }

    /// <summary>Does the deferred pulses. Without the GIL a monitor is simply entered; with it, a
    /// monitor held by another thread is left for later (its owner may be waiting for the GIL).</summary>
    private static void FlushPulses(PyThreadState ts, bool holdsGil)
    {
        var pending = ts.DeferredPulses;
        int n = ts.DeferredPulseCount, kept = 0;
        for (int i = 0; i < n; i++)
        {
            object m = pending[i]!;
            pending[i] = null;
            if (holdsGil)
            {
                if (!Monitor.TryEnter(m))
                {
                    pending[kept++] = m;
                    continue;
                }
            }
            else
                Monitor.Enter(m);
            try
            {
                Monitor.PulseAll(m);
            }
            finally
            {
                Monitor.Exit(m);
            }
        }
        ts.DeferredPulseCount = kept;
        if (kept == 0 && Interlocked.Decrement(ref _threadsWithPulses) == 0)
        {
            ClearBit(PulsePending);
            if (Volatile.Read(ref _threadsWithPulses) > 0)
                SetBit(PulsePending);
        }
    }

    private static void WakeOne()
    {
        PyThreadState? next = OwedTo;
        if (next is not null)
        {
            if (!next.Spinning)
                next.Wake();
            return;
        }
        lock (_mutex)
        {
            if (_priorityWaiters.First is { } p)
                next = p.Value;
            else if (_normalWaiters.First is { } n)
                next = n.Value;
        }
        if (next is { Spinning: false })
            next.Wake();
    }

    /// <summary>True when <paramref name="ts"/> is queued for the GIL.</summary>
    private static bool IsWaiting(PyThreadState? ts)
    {
        if (ts is null || Volatile.Read(ref _waiterCount) == 0)
            return false;
        lock (_mutex)
            return _priorityWaiters.Contains(ts) || _normalWaiters.Contains(ts);
    }

    /// <summary>The thread the next turn is owed to: a starving waiter, else the hand-back.</summary>
    private static PyThreadState? OwedTo => Volatile.Read(ref _starving) ?? _returnTo;

    /// <summary>False while the GIL is owed to another thread.</summary>
    private static bool MayTake(PyThreadState ts) => OwedTo is not { } r || ReferenceEquals(r, ts);

    /// <summary>May this queued waiter take a free GIL now? Not while it is reserved for another
    /// thread; always when reserved for this one; a forced dropper only after another thread
    /// has had it, and then only when first in line (or alone).</summary>
    private static bool IsEligible(PyThreadState ts, LinkedListNode<PyThreadState> node, long notBeforeSwitchAfter)
    {
        if (OwedTo is { } r)
            return ReferenceEquals(r, ts);
        return notBeforeSwitchAfter < 0
            || Volatile.Read(ref _waiterCount) <= 1
            || (Volatile.Read(ref _switchNumber) != notBeforeSwitchAfter && IsFirstInLine(node));
    }

    /// <summary>True when <paramref name="node"/> is the waiter a release would wake.</summary>
    private static bool IsFirstInLine(LinkedListNode<PyThreadState> node)
    {
        lock (_mutex)
            return _priorityWaiters.First is { } p ? p == node : _normalWaiters.First == node;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TakeSlow(PyThreadState ts, bool priority, long notBeforeSwitchAfter)
    {
        // Brief spin: the holder may be about to release (e.g. a short critical section).
        if (notBeforeSwitchAfter < 0)
        {
            var spinner = new SpinWait();
            for (int i = 0; i < 10; i++)
            {
                spinner.SpinOnce(sleep1Threshold: -1);
                if (Volatile.Read(ref _locked) == 0 && MayTake(ts) && Interlocked.CompareExchange(ref _locked, 1, 0) == 0)
                {
                    Taken(ts, priority);
                    return;
                }
            }
        }
        LinkedListNode<PyThreadState> node;
        lock (_mutex)
        {
            node = priority ? _priorityWaiters.AddLast(ts) : _normalWaiters.AddLast(ts);
            Interlocked.Increment(ref _waiterCount);
            if (priority)
                Interlocked.Increment(ref _priorityWaiterCount);
        }
        bool taken = false;
        try
        {
            long start = Stopwatch.GetTimestamp();
            long lastSwitch = Volatile.Read(ref _switchNumber);
            long interval = Volatile.Read(ref _intervalTicks);
            long deadline = start + interval;
            bool reported = false;
            bool spins = _maxSpinners > 0 && (priority || notBeforeSwitchAfter >= 0);
            long spinUntil = start + interval / 25;
            bool pausedOnce = false;
            while (true)
            {
                bool eligible = IsEligible(ts, node, notBeforeSwitchAfter);
                if (eligible && Interlocked.CompareExchange(ref _locked, 1, 0) == 0)
                {
                    taken = true;
                    break;
                }
                long now = Stopwatch.GetTimestamp();
                // Fairness: a normal waiter that has waited a whole interval since it queued
                // (however often the GIL changed hands meanwhile) is owed the next turn.
                if (!priority && now - start >= interval && Volatile.Read(ref _starving) is null
                    && Interlocked.CompareExchange(ref _starving, ts, null) is null)
                {
                    Stats.Count(ref Stats.StarvingTurns);
                    _returnTo = null;
                    _pendingReturn = null;
                    if (Volatile.Read(ref _locked) != 0)
                        SetBit(DropRequest);
                }
                long askAt = long.MaxValue;
                if (priority)
                    askAt = RequestDropAfterSlice(now);
                // Hand-over spin: a priority waiter and a forced dropper (the thread that will
                // get the GIL back as soon as the priority thread blocks again, usually within
                // microseconds) spin, yielding the core, instead of parking: a hand-over then
                // costs no futex wake-up during which nobody runs script code.
                if (spins && now < spinUntil && !SpinningDisabled(now))
                {
                    // A priority waiter whose turn is still tens of microseconds off (the holder's
                    // slice) sleeps until just before it instead of spinning: an idle core does not
                    // slow the holder down, a busy one does (see ShortSleep).
                    if (priority && askAt != long.MaxValue && askAt - now < MaxShortSleepTicks && ShortSleep.Supported
                        && askAt - now > Math.Min(ShortSleep.OvershootTicks, MaxSpinAheadTicks))
                    {
                        long woke = ShortSleep.Until(askAt);
                        spinUntil += woke - now;
                        if (Stats.Enabled)
                        {
                            Interlocked.Add(ref Stats.SleepLateTicks, woke - askAt);
                            Stats.Histogram(Stats.SleepWokeHist, woke - askAt);
                        }
                        Stats.Count(ref Stats.ShortSleeps);
                        continue;
                    }
                    // A forced dropper expecting the GIL back first waits without entering the kernel.
                    bool pauseFirst = !pausedOnce && notBeforeSwitchAfter >= 0
                        && (ReferenceEquals(_pendingReturn, ts) || ReferenceEquals(_returnTo, ts));
                    pausedOnce = true;
                    var spun = SpinForGil(ts, node, notBeforeSwitchAfter, Math.Min(spinUntil, Math.Min(askAt, now + SpinChunkTicks)), pauseFirst);
                    if (spun == SpinResult.Took)
                    {
                        taken = true;
                        break;
                    }
                    if (spun == SpinResult.Spun)
                        continue;
                }
                if (priority)
                    RequestDropNow();
                long waitTicks = Math.Max(0, deadline - now);
                long stuckTicks = Volatile.Read(ref _stuckTicks);
                if (!reported && stuckTicks != long.MaxValue)
                    waitTicks = Math.Min(waitTicks, Math.Max(0, start + stuckTicks - now));
                int ms = (int)Math.Clamp((waitTicks * 1000 + Stopwatch.Frequency - 1) / Stopwatch.Frequency, 1, 1000);
                if (!eligible)
                    ms = Math.Min(ms, 5);
                Stats.Count(ref Stats.Parks);
                if (ts.Park(ms))
                    continue;
                now = Stopwatch.GetTimestamp();
                long sw = Volatile.Read(ref _switchNumber);
                if (sw != lastSwitch)
                {
                    // Someone else got the GIL meanwhile: restart the interval (CPython's rule).
                    lastSwitch = sw;
                    deadline = now + Volatile.Read(ref _intervalTicks);
                }
                else if (now >= deadline)
                {
                    if (Volatile.Read(ref _locked) != 0)
                        SetBit(DropRequest);
                    deadline = now + Volatile.Read(ref _intervalTicks);
                }
                if (!reported && now - start >= stuckTicks)
                {
                    reported = true;
                    ReportStuck(ts, now - start);
                }
            }
        }
        finally
        {
            lock (_mutex)
            {
                node.List!.Remove(node);
                Interlocked.Decrement(ref _waiterCount);
                if (priority)
                    Interlocked.Decrement(ref _priorityWaiterCount);
            }
            if (taken)
                Taken(ts, priority);
            else
            {
                // Interrupted (an asynchronous exception): give up any reservation.
                if (ReferenceEquals(_pendingReturn, ts))
                    _pendingReturn = null;
                Interlocked.CompareExchange(ref _starving, null, ts);
                if (ReferenceEquals(_returnTo, ts))
                {
                    _returnTo = null;
                    if (Volatile.Read(ref _locked) == 0 && Volatile.Read(ref _waiterCount) > 0)
                        WakeOne();
                }
            }
        }
    }

    /// <summary>A priority waiter asks the holder to drop the GIL this long before the holder's
    /// slice ends, and the holder drops it when the slice ends (HandleEvalBreaker defers it): the
    /// hand-over then happens on time, not one wake-up and one sched_yield later. The waiter
    /// sleeps until then (ShortSleep.Until subtracts the overshoot it measured, so it wakes about
    /// on time whatever the machine's timer latency is today) and spins the rest.</summary>
    private static readonly long AskAheadTicks = Stopwatch.Frequency / 250_000; // 4 us

    /// <summary>A priority waiter whose turn is nearer than the sleep overshoot spins, up to this
    /// long; further off, it sleeps even though it will wake late (spinning on a sibling
    /// hyperthread costs the CPU-bound holder up to 40% of its speed meanwhile). With a fixed
    /// 10 us instead of this rule the ping-pong lost a third of its rate (2026-12-02).</summary>
    private static readonly long MaxSpinAheadTicks = Stopwatch.Frequency / 25_000; // 40 us

    /// <summary>Longer waits than this park (futex) rather than sleep.</summary>
    private static readonly long MaxShortSleepTicks = Stopwatch.Frequency / 5_000; // 200 us

    /// <summary>How long one spin round lasts before the waiter re-evaluates its drop request.</summary>
    private static readonly long SpinChunkTicks = Stopwatch.Frequency / 50_000; // 20 us

    /// <summary>A CPU-bound holder's slice against priority waiters: 1/80 of the switch interval
    /// (62.5 us by default). It trades the two convoy targets against each other: a longer slice
    /// costs a CPU-bound thread fewer hand-overs and a message ping-pong more of its rate (on
    /// 2026-12-02: 17.5% loss at 18.5% of the uncontended rate, tests/Benchmarks/README.md).</summary>
    private const int SliceDivisor = 80;

    private static long SliceOf(PyThreadState h)
    {
        long interval = Volatile.Read(ref _intervalTicks);
        return h.PriorityHold ? interval : interval / SliceDivisor;
    }

    /// <summary>A parked priority waiter asks at once; the holder honours the request when its
    /// slice ends (HandleEvalBreaker).</summary>
    private static void RequestDropNow()
    {
        if (Volatile.Read(ref _locked) != 0 && (_evalBreaker & DropRequest) == 0)
            SetBit(DropRequest);
    }

    /// <summary>A spinning priority waiter asks the holder to drop the GIL shortly before the
    /// holder's slice ends (SliceOf: short for a CPU-bound holder, so message ping-pong cannot
    /// starve it; the whole interval for a holder that itself came back from a blocking call,
    /// which will block again soon; AskAheadTicks). Returns when to ask, if not yet.</summary>
    private static long RequestDropAfterSlice(long now)
    {
        var h = _holder;
        if (h is null || (_evalBreaker & DropRequest) != 0 || Volatile.Read(ref _locked) == 0)
            return long.MaxValue;
        long askAt = h.AcquiredAt + SliceOf(h) - AskAheadTicks;
        if (now < askAt)
            return askAt;
        SetBit(DropRequest);
        if (Stats.Enabled)
            Volatile.Write(ref Stats.AskedAt, Stopwatch.GetTimestamp());
        return long.MaxValue;
    }

    private enum SpinResult
    {
        Took,
        Spun,
        NoSlot,
    }

    /// <summary>At most this many waiters spin at once (none on a single core: spinning there
    /// only delays the holder).</summary>
    private static int _maxSpinners = Environment.ProcessorCount > 1 ? Environment.ProcessorCount : 0;

    /// <summary>False only in tests that need the spinning policy fixed whatever the load.</summary>
    private static bool _adaptiveSpinning = true;
    private static int _spinners;
    private static long _spinDisabledUntil;
    private static readonly long OversubscribedYieldTicks = Stopwatch.Frequency / 5_000; // 200 us
    private static readonly long SpinBackoffTicks = Stopwatch.Frequency / 10;           // 100 ms

    private static bool SpinningDisabled(long now) => now < Volatile.Read(ref _spinDisabledUntil);

    /// <summary>Spins, yielding the core to any thread the OS has ready, until the GIL is free and
    /// this waiter may take it (Took: the caller finishes with Taken) or until
    /// <paramref name="spinUntil"/> (Spun). NoSlot when enough threads spin already.</summary>
    private static SpinResult SpinForGil(PyThreadState ts, LinkedListNode<PyThreadState> node, long notBeforeSwitchAfter, long spinUntil,
        bool pauseFirst = false)
    {
        if (Interlocked.Increment(ref _spinners) > _maxSpinners)
        {
            Interlocked.Decrement(ref _spinners);
            return SpinResult.NoSlot;
        }
        ts.Spinning = true;
        try
        {
            long t = Stopwatch.GetTimestamp();
            if (pauseFirst && PauseForHandBack(ts, node, notBeforeSwitchAfter, Math.Min(spinUntil, t + HandBackPauseTicks)))
            {
                Stats.Count(ref Stats.PauseTakes);
                return SpinResult.Took;
            }
            t = Stopwatch.GetTimestamp();
            int pauses = 0;
            while (t < spinUntil)
            {
                // Once the holder has been asked to drop the GIL, it will within microseconds: wait
                // for that with pause instructions, without the system call; but yield every few
                // microseconds all the same, in case the holder waits for this very core.
                if ((_evalBreaker & DropRequest) != 0 && (++pauses & 7) != 0)
                    Thread.SpinWait(16);
                else
                    Thread.Yield();
                long after = Stopwatch.GetTimestamp();
                if (after - t > OversubscribedYieldTicks && _adaptiveSpinning && RunQueue.IsOversubscribed())
                {
                    // sched_yield gave the core away for long, and more threads are runnable than
                    // there are cores: other processes want the CPUs, and a spinner that is not
                    // running holds up every hand-over. Park instead for a while (parked threads
                    // are woken promptly; spinning ones are not). A long yield on an otherwise idle
                    // machine only means this waiter shared a core with the holder: keep spinning.
                    Volatile.Write(ref _spinDisabledUntil, after + SpinBackoffTicks);
                    Stats.Count(ref Stats.SpinBackoffs);
                    return SpinResult.NoSlot;
                }
                t = after;
                if (Volatile.Read(ref _locked) != 0)
                    continue;
                if (IsEligible(ts, node, notBeforeSwitchAfter) && Interlocked.CompareExchange(ref _locked, 1, 0) == 0)
                {
                    Stats.Count(ref Stats.SpinTakes);
                    return SpinResult.Took;
                }
            }
            return SpinResult.Spun;
        }
        finally
        {
            // A releaser that saw Spinning skipped the wake-up: the caller re-checks the lock
            // word after this fence before it parks (Dekker with Unlock's exchange).
            ts.Spinning = false;
            Interlocked.Decrement(ref _spinners);
        }
    }

    /// <summary>How long the thread it dropped for may take to pick the GIL up for a forced dropper
    /// to conclude that thread runs on another core (a spinning waiter's sched_yield loop takes it
    /// within a microsecond or two).</summary>
    private static readonly long PickUpTicks = Stopwatch.Frequency / 200_000; // 5 us

    /// <summary>How long a forced dropper waits for its hand-back in a pause loop before it falls
    /// back to yielding (a message thread's turn typically lasts a few microseconds).</summary>
    private static readonly long HandBackPauseTicks = Stopwatch.Frequency / 25_000; // 40 us

    /// <summary>A forced dropper that will get the GIL back (hand-back) waits for it with pause
    /// instructions rather than sched_yield, when the thread it dropped for picked the GIL up at
    /// once, i.e. runs on another core: the wait is then a few microseconds, and each
    /// sched_yield would enter the kernel (on a VM with page-table isolation and no PCID, that
    /// also flushes the TLB of the CPU-bound thread that is about to run again). If nobody picks
    /// the GIL up within 5 us, that thread is not running (perhaps it waits for this very core),
    /// and the caller yields instead. True when this thread took the GIL.</summary>
    private static bool PauseForHandBack(PyThreadState ts, LinkedListNode<PyThreadState> node, long notBeforeSwitchAfter, long until)
    {
        long now = Stopwatch.GetTimestamp();
        long pickUpBy = now + PickUpTicks;
        while (Volatile.Read(ref _switchNumber) == notBeforeSwitchAfter)
        {
            if (now >= pickUpBy)
                return false;
            Thread.SpinWait(4);
            now = Stopwatch.GetTimestamp();
        }
        while (now < until)
        {
            if (Volatile.Read(ref _locked) == 0 && IsEligible(ts, node, notBeforeSwitchAfter)
                && Interlocked.CompareExchange(ref _locked, 1, 0) == 0)
                return true;
            Thread.SpinWait(8);
            now = Stopwatch.GetTimestamp();
        }
        return false;
    }

    // ---- stuck-GIL diagnostics ----------------------------------------------------------------

    /// <summary>Which thread holds the GIL, since when, and where (best effort).</summary>
    public static string DescribeHolder()
    {
        var h = _holder;
        if (h is null)
            return _enabled ? "nobody (the GIL is free)" : "nobody (the GIL is disabled: free-threaded mode)";
        double held = (double)(Stopwatch.GetTimestamp() - h.AcquiredAt) / Stopwatch.Frequency;
        string where = h.Location is { } l ? l : "unknown";
        return $"thread '{h.Name}' (managed id {h.ManagedThreadId}, native id {h.NativeId}), held for {held:F1} s, at {where}";
    }

    private static void ReportStuck(PyThreadState waiter, long waitedTicks)
    {
        // Ask the holder to record its location at its next safepoint (script code), then
        // give it a moment; host code that never reaches a safepoint keeps its Acquire site.
        if (Volatile.Read(ref _locked) != 0)
        {
            SetBit(DiagnoseRequest);
            Thread.Sleep(50);
        }
        if (Interlocked.Exchange(ref _stuckReported, 1) != 0)
            return;
        double waited = (double)waitedTicks / Stopwatch.Frequency;
        string msg = $"Pyrolyn: thread '{waiter.Name}' (managed id {waiter.ManagedThreadId}) has waited {waited:F1} s for the GIL, "
            + $"which is held by {DescribeHolder()}\n"
            + "  Hint: C# code that blocks while holding the GIL must release it (using (Gil.Release()) { ... }).\n";
        try
        {
            DiagnosticWriter.Write(msg);
            DiagnosticWriter.Flush();
        }
        catch (System.IO.IOException)
        {
        }
    }

    // ---- signals ------------------------------------------------------------------------------

    /// <summary>Ctrl+C: records a pending SIGINT and wakes the main thread's interruptible waits.</summary>
    public static void RaiseSignal()
    {
        SetBit(SignalPending);
        Signals.WakeMain();
    }

    /// <summary>True when a signal is waiting to be delivered to the main thread.</summary>
    public static bool IsSignalPending => (_evalBreaker & SignalPending) != 0;

    /// <summary>Delivers a pending signal if the caller is the main thread (blocking waits call
    /// this after re-acquiring the GIL).</summary>
    public static void CheckSignals()
    {
        if ((_evalBreaker & SignalPending) != 0 && ReferenceEquals(ThreadState.CurrentOrNull, _main))
        {
            ClearBit(SignalPending);
            Signals.RaisePending();
        }
    }

    internal static bool IsMainThread(PyThreadState ts) => ReferenceEquals(ts, _main);

    /// <summary>Test hook: resets the waiting statistics (stuck report once-flag).</summary>
    internal static void ResetDiagnostics() => Volatile.Write(ref _stuckReported, 0);

    private static class Signals
    {
        private static int _installed;
        private static PosixSignalRegistration? _registration;

        /// <summary>Signalled on SIGINT so that the main thread's waits wake up.</summary>
        internal static readonly ManualResetEventSlim MainWake = new(false);

        internal static void Install()
        {
            if (Interlocked.Exchange(ref _installed, 1) != 0)
                return;
            try
            {
                _registration = PosixSignalRegistration.Create(PosixSignal.SIGINT, ctx =>
                {
                    ctx.Cancel = true;
                    RaiseSignal();
                });
            }
            catch (Exception e) when (e is PlatformNotSupportedException or System.IO.IOException or UnauthorizedAccessException)
            {
                Console.CancelKeyPress += (_, e) =>
                {
                    e.Cancel = true;
                    RaiseSignal();
                };
            }
        }

        internal static void WakeMain() => MainWake.Set();

        internal static void RaisePending()
        {
            MainWake.Reset();
            throw new PyException(new PyBaseException(ExceptionTypes.KeyboardInterrupt, Array.Empty<PyObject>()));
        }
    }

    /// <summary>The handle main-thread waits also watch, so Ctrl+C interrupts them.</summary>
    public static WaitHandle SignalWaitHandle => Signals.MainWake.WaitHandle;
}
