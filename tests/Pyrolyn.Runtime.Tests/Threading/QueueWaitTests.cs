using System.Diagnostics;
using System.Reflection;
using Pyrolyn.Runtime.Modules;
using Pyrolyn.Runtime.Threading;
using Xunit;

namespace Pyrolyn.Runtime.Tests.Threading;

[Collection("GIL")]
public sealed class QueueWaitTests
{
    /// <summary>Regression (threading/queues_and_futures.py hung once, the stuck-GIL report named
    /// an executor worker "at Bootstrap"): a thread in MonitorGil.Enter's slow path holds the
    /// queue's monitor while it waits for the GIL; the GIL holder's first check of a queue wait
    /// used to lock that monitor with the GIL held, and both waited for ever. The interleaving is
    /// set up directly (the waiting step is private, hence reflection).</summary>
    [Fact]
    public void QueueWait_FirstCheck_DoesNotBlockOnTheMonitorWithTheGilHeld()
    {
        var q = (PyQueue)PyQueue.QueueType.Call(Array.Empty<PyObject>());
        const BindingFlags flags = BindingFlags.NonPublic | BindingFlags.Instance;
        object sync = typeof(PyQueue).GetField("_sync", flags)!.GetValue(q)!;
        MethodInfo waitForChange = typeof(PyQueue).GetMethod("WaitForChange", flags)!;
        var monitorHeld = new ManualResetEventSlim();
        bool? changed = null;
        Thread? other = null;
        var holder = new Thread(() =>
        {
            Gil.Acquire();
            try
            {
                other = new Thread(() =>
                {
                    // What MonitorGil.Enter does when the monitor was busy: monitor first
                    // (GIL released), then the GIL back while holding the monitor.
                    lock (sync)
                    {
                        monitorHeld.Set();
                        Gil.Acquire();
                        Gil.ReleaseFully();
                    }
                }) { IsBackground = true };
                other.Start();
                monitorHeld.Wait();
                long deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 5;
                changed = (bool)waitForChange.Invoke(q, new object[] { 0L, deadline })!;
            }
            finally
            {
                Gil.ReleaseFully();
            }
        }) { IsBackground = true };
        holder.Start();
        Assert.True(holder.Join(TimeSpan.FromSeconds(20)), "the queue wait deadlocked with a GIL waiter holding the monitor");
        Assert.True(other!.Join(TimeSpan.FromSeconds(20)));
        Assert.False(changed);
        Assert.False(Gil.IsHeld);
    }
}
