using System.Runtime.InteropServices;

namespace Pyrolyn.Benchmarks;

/// <summary>
/// CPU time (user + system) used by child processes, from getrusage(RUSAGE_CHILDREN). The
/// benchmark machines are shared and often loaded far beyond their 2 cores, where wall time
/// mostly measures the queue for a core; CPU time measures the program. Runs are sequential, so
/// the difference across one run is that child's time (its threads included).
/// </summary>
internal static class ChildCpuTime
{
    private const int RusageChildren = -1;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeVal
    {
        public long Seconds;
        public long Microseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public TimeVal User;
        public TimeVal System;
        // The remaining 14 longs of struct rusage.
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
        public long[] Rest;
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetRUsage(int who, out RUsage usage);

    /// <summary>Total CPU seconds of all children waited for so far, or NaN off Linux.</summary>
    public static double TotalSeconds()
    {
        if (!OperatingSystem.IsLinux() || GetRUsage(RusageChildren, out var u) != 0)
            return double.NaN;
        return u.User.Seconds + u.User.Microseconds / 1e6 + u.System.Seconds + u.System.Microseconds / 1e6;
    }
}
