using System;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;

namespace Pyrolyn.Runtime.Threading;

/// <summary>
/// Sleeps for tens of microseconds, which <c>Thread.Sleep</c> (milliseconds) cannot. A thread back
/// from a blocking call that must wait for the GIL holder's slice to end sleeps rather than spins:
/// on a machine whose cores share a physical core (as this project's 2-vCPU machines do), any
/// activity on the other core, even a <c>sched_yield</c> or <c>pause</c> loop, slowed a CPU-bound
/// script loop from 61 to 35 million iterations/s. Linux only (<c>nanosleep</c> with the thread's
/// timer slack lowered from the default 50 us to 1 us, so that the sleep ends on time). A short
/// sleep still ends tens of microseconds late, so <see cref="Until"/> measures by how much and
/// asks for that much less.
/// </summary>
internal static unsafe class ShortSleep
{
    public static readonly bool Supported = OperatingSystem.IsLinux();

    private const int PR_SET_TIMERSLACK = 29;

    [ThreadStatic]
    private static bool _slackSet;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "nanosleep")]
    private static extern int NanoSleep(Timespec* request, Timespec* remaining);

    [DllImport("libc", EntryPoint = "prctl")]
    private static extern int Prctl(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);

    /// <summary>How much later than asked a short sleep ends, in Stopwatch ticks: a moving average
    /// over this process's sleeps, seeded with 50 us. It moves with the machine: on this project's
    /// VMs a 10 us nanosleep took a median 61 us on 2026-12-02 and 35 us on 2026-12-03.</summary>
    private static long _overshootTicks = Stopwatch.Frequency / 20_000;

    /// <summary>The current estimate of a short sleep's overshoot (ticks).</summary>
    public static long OvershootTicks => Volatile.Read(ref _overshootTicks);

    /// <summary>The shortest sleep asked for (ticks): a sleep that wakes late anyway.</summary>
    private static readonly long MinRequestTicks = Stopwatch.Frequency / 1_000_000; // 1 us

    /// <summary>Sleeps so as to wake at about <paramref name="wakeAt"/> (a Stopwatch timestamp),
    /// asking for the time left minus the measured overshoot; when that is less than nothing, sleeps
    /// the shortest time (and wakes late). Returns the timestamp on waking.</summary>
    public static long Until(long wakeAt)
    {
        long before = Stopwatch.GetTimestamp();
        long request = Math.Max(MinRequestTicks, wakeAt - before - OvershootTicks);
        For(request);
        long after = Stopwatch.GetTimestamp();
        // One preempted sleep must not throw the estimate off: samples are capped at 200 us, and
        // the average moves by an eighth of the difference.
        long sample = Math.Clamp(after - before - request, 0, Stopwatch.Frequency / 5_000);
        long estimate = Volatile.Read(ref _overshootTicks);
        Volatile.Write(ref _overshootTicks, estimate + (sample - estimate) / 8);
        return after;
    }

    /// <summary>Sleeps about <paramref name="ticks"/> Stopwatch ticks (less than a second).</summary>
    public static void For(long ticks)
    {
        if (!_slackSet)
        {
            _slackSet = true;
            Prctl(PR_SET_TIMERSLACK, 1000, 0, 0, 0);
        }
        long ns = ticks * 1_000_000_000 / Stopwatch.Frequency;
        var request = new Timespec { Seconds = ns / 1_000_000_000, Nanoseconds = ns % 1_000_000_000 };
        NanoSleep(&request, null);
    }
}
