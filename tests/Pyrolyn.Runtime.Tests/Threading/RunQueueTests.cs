using System.Reflection;
using Pyrolyn.Runtime.Threading;
using Xunit;

namespace Pyrolyn.Runtime.Tests.Threading;

/// <summary>The run-queue reading that tells the GIL's spinners real oversubscription from a
/// waiter that merely shares a core with the GIL holder.</summary>
public sealed class RunQueueTests
{
    private static readonly Type RunQueue = typeof(Gil).Assembly.GetType("Pyrolyn.Runtime.Threading.RunQueue", throwOnError: true)!;

    private static int ReadRunnable() =>
        (int)RunQueue.GetMethod("ReadRunnable", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!;

    private static int CountOwnRunnable() =>
        (int)RunQueue.GetMethod("CountOwnRunnable", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!;

    [Fact]
    public void RunnableCounts_SeeBusyThreads_InTheMachineAndInThisProcess()
    {
        if (!OperatingSystem.IsLinux())
            return;
        // The reading thread is running, so the kernel counts at least one.
        Assert.True(ReadRunnable() >= 1);

        int busy = Environment.ProcessorCount + 1;
        int started = 0, stop = 0;
        var threads = Enumerable.Range(0, busy).Select(_ => new Thread(() =>
        {
            Interlocked.Increment(ref started);
            while (Volatile.Read(ref stop) == 0)
            {
            }
        }) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        try
        {
            while (Volatile.Read(ref started) < busy)
                Thread.Yield();
            // Busy threads are runnable whether or not a core runs them right now.
            Assert.True(ReadRunnable() >= busy + 1, $"runnable {ReadRunnable()} with {busy} busy threads");
            // They are this process's own: competition only if other processes add to them.
            Assert.True(CountOwnRunnable() >= busy + 1, $"own runnable {CountOwnRunnable()} with {busy} busy threads");
        }
        finally
        {
            Volatile.Write(ref stop, 1);
            threads.ForEach(t => t.Join());
        }
    }
}
