using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Pyrolyn.Runtime.Threading;

/// <summary>
/// Sleeps for tens of microseconds, which <c>Thread.Sleep</c> (milliseconds) cannot. A thread back
/// from a blocking call that must wait for the GIL holder's slice to end sleeps rather than spins:
/// on a machine whose cores share a physical core (as this project's 2-vCPU machines do), any
/// activity on the other core, even a <c>sched_yield</c> or <c>pause</c> loop, slowed a CPU-bound
/// script loop from 61 to 35 million iterations/s. Linux only (<c>nanosleep</c> with the thread's
/// timer slack lowered from the default 50 us to 1 us, so that the sleep ends on time).
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
