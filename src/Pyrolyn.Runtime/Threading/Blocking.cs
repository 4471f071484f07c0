using System;
using System.Diagnostics;
using System.Threading;

namespace Pyrolyn.Runtime.Threading;

/// <summary>
/// Blocking waits for the runtime's modules (sleep, lock/condition/queue waits, join): the GIL is
/// released for the wait and re-taken with priority afterwards (see Gil.cs, the anti-convoy
/// rule). On the main thread the wait is cut into short slices so that Ctrl+C interrupts it: the
/// pending KeyboardInterrupt is raised once the GIL is back.
/// </summary>
public static class Blocking
{
    /// <summary>Slice length for interruptible waits on the main thread.</summary>
    private const int MainSliceMs = 20;

    /// <summary>Waits until <paramref name="tryWait"/> (given a timeout in milliseconds, -1 for
    /// infinite) returns true, or until <paramref name="timeoutSeconds"/> elapses (negative:
    /// forever). Returns false on timeout. Raises KeyboardInterrupt on the main thread when
    /// Ctrl+C arrives meanwhile.</summary>
    public static bool Wait(Func<int, bool> tryWait, double timeoutSeconds)
    {
        // Fast path: already satisfied, no need to drop the GIL.
        if (tryWait(0))
            return true;
        if (timeoutSeconds == 0)
            return false;
        var ts = ThreadState.Current;
        bool main = Gil.IsMainThread(ts);
        long deadline = timeoutSeconds < 0 ? long.MaxValue
            : Stopwatch.GetTimestamp() + (long)Math.Min(timeoutSeconds * Stopwatch.Frequency, long.MaxValue / 4);
        bool ok;
        using (Gil.Release())
        {
            while (true)
            {
                int ms;
                if (deadline == long.MaxValue)
                    ms = -1;
                else
                {
                    long left = deadline - Stopwatch.GetTimestamp();
                    if (left <= 0)
                    {
                        ok = false;
                        break;
                    }
                    ms = (int)Math.Min(int.MaxValue - 1, (left * 1000 + Stopwatch.Frequency - 1) / Stopwatch.Frequency);
                }
                if (main)
                {
                    if (Gil.IsSignalPending)
                    {
                        ok = false;
                        break;
                    }
                    ms = ms < 0 ? MainSliceMs : Math.Min(ms, MainSliceMs);
                }
                if (tryWait(ms))
                {
                    ok = true;
                    break;
                }
                if (!main && ms < 0)
                    continue;
            }
        }
        if (main)
            Gil.CheckSignals();
        return ok;
    }

    /// <summary><c>time.sleep</c>: sleeps with the GIL released; interruptible on the main thread.</summary>
    public static void Sleep(double seconds)
    {
        if (seconds <= 0)
        {
            // sleep(0) still yields the GIL, as CPython does.
            using (Gil.Release())
                Thread.Yield();
            Gil.CheckSignals();
            return;
        }
        var ts = ThreadState.Current;
        if (Gil.IsMainThread(ts))
        {
            Wait(ms => ms != 0 && Gil.SignalWaitHandle.WaitOne(ms) && false, seconds);
            return;
        }
        long deadline = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        using (Gil.Release())
        {
            while (true)
            {
                long left = deadline - Stopwatch.GetTimestamp();
                if (left <= 0)
                    break;
                Thread.Sleep((int)Math.Min(int.MaxValue - 1, Math.Max(1, left * 1000 / Stopwatch.Frequency)));
            }
        }
    }

    /// <summary>Converts a Python timeout argument (None, -1 or a number of seconds) to seconds,
    /// negative meaning forever.</summary>
    public static double Timeout(PyObject? timeout)
    {
        if (timeout is null or PyNone)
            return -1;
        return Pyrolyn.Runtime.Modules.MathModule.ToDouble(timeout);
    }
}
