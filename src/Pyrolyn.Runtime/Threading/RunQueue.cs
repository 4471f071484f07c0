using System;
using System.IO;

namespace Pyrolyn.Runtime.Threading;

/// <summary>
/// Whether the machine has more runnable threads than cores right now. The GIL asks when a
/// spinning waiter's <c>sched_yield</c> gave its core away for long: that happens when other
/// processes want the CPUs (then spinning must stop), but also when the waiter merely shares a
/// core with this program's own GIL holder while the machine is otherwise idle (then spinning
/// is still the fastest hand-over, and stopping it costs every message a futex wake-up).
/// </summary>
internal static class RunQueue
{
    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>True when more threads are runnable than there are cores and some of them belong
    /// to other processes, or when the OS does not say (then the caller assumes the worst, as it
    /// did before asking). This program's own threads do not count as competition: a message
    /// thread just woken beside the GIL holder and a spinner is the ping-pong itself.</summary>
    public static bool IsOversubscribed()
    {
        if (_unavailable)
            return true;
        int runnable = ReadRunnable();
        if (runnable < 0)
        {
            _unavailable = true;
            return true;
        }
        // The reading thread counts itself, and so does the GIL holder it waits for.
        if (runnable <= Environment.ProcessorCount)
            return false;
        int own = CountOwnRunnable();
        return own < 0 || runnable > own;
    }

    /// <summary>How many of this process's threads are runnable (state R in
    /// /proc/self/task/*/stat), or -1.</summary>
    internal static int CountOwnRunnable()
    {
        Span<byte> buffer = stackalloc byte[256];
        int count = 0;
        try
        {
            foreach (string task in Directory.EnumerateDirectories("/proc/self/task"))
            {
                int length;
                try
                {
                    using var file = new FileStream(Path.Combine(task, "stat"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
                    length = file.Read(buffer);
                }
                catch (IOException)
                {
                    continue; // the thread exited meanwhile
                }
                // "tid (comm) S ...": the state follows the last ')' (comm may contain one).
                int close = buffer[..length].LastIndexOf((byte)')');
                if (close >= 0 && close + 2 < length && buffer[close + 2] == (byte)'R')
                    count++;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return -1;
        }
        return count;
    }

    /// <summary>The kernel's count of runnable scheduling entities: the numerator of the fourth
    /// field of /proc/loadavg ("0.27 0.09 0.03 2/123 4567"), or -1.</summary>
    private static int ReadRunnable()
    {
        Span<byte> buffer = stackalloc byte[128];
        int length;
        try
        {
            using var file = new FileStream("/proc/loadavg", FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
            length = file.Read(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return -1;
        }
        int field = 0, i = 0;
        while (i < length && field < 3)
        {
            if (buffer[i++] == (byte)' ')
                field++;
        }
        int value = 0, digits = 0;
        while (i < length && buffer[i] >= (byte)'0' && buffer[i] <= (byte)'9')
        {
            value = value * 10 + (buffer[i++] - '0');
            digits++;
        }
        return digits > 0 && i < length && buffer[i] == (byte)'/' ? value : -1;
    }
}
