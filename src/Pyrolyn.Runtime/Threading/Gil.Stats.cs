using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Pyrolyn.Runtime.Threading;

public static partial class Gil
{
    /// <summary>Counters of the GIL's slow paths, printed to stderr at exit when the environment
    /// variable <c>PYROLYN_GIL_STATS=1</c> is set (for tuning and for the benchmark notes). Off,
    /// a count is one test of a read-only static.</summary>
    internal static class Stats
    {
        internal static readonly bool Enabled = Environment.GetEnvironmentVariable("PYROLYN_GIL_STATS") == "1";
        internal static long Takes, ForcedSwitches, HandBacks, StarvingTurns, SpinTakes, PauseTakes, ShortSleeps, Parks, SpinBackoffs, ForcedOffTicks;
        // A forced switch's off-GIL time in three parts: the priority thread picking the GIL up
        // after the drop, holding it, and the dropper taking it back after the release.
        internal static long DroppedAt, PickUpTicks, PriorityHoldTicks, PriorityHolds, ReleasedForReturnAt, ReturnTicks, Returns;
        // The hand-over's timing against the holder's slice: from the waiter's request to the
        // drop, from the slice's end to the drop, and when the waiter's short sleep ended.
        internal static long AskedAt, AskToDropTicks, Asks, DropLateTicks, SleepLateTicks;

        /// <summary>A forced switch drops the GIL at <paramref name="droppedAt"/>; the holder's
        /// slice ended at <paramref name="sliceEnd"/> (-1 for a priority holder).</summary>
        internal static void OnForcedDrop(long droppedAt, long sliceEnd)
        {
            Volatile.Write(ref DroppedAt, droppedAt);
            if (sliceEnd >= 0)
            {
                Interlocked.Add(ref DropLateTicks, Math.Max(0, droppedAt - sliceEnd));
                Histogram(DropLateHist, droppedAt - sliceEnd);
            }
            long asked = Interlocked.Exchange(ref AskedAt, 0);
            if (asked != 0)
            {
                Interlocked.Add(ref AskToDropTicks, droppedAt - asked);
                Histogram(AskToDropHist, droppedAt - asked);
                Interlocked.Increment(ref Asks);
            }
        }

        internal static void OnTaken(PyThreadState ts, bool priority)
        {
            long now = Stopwatch.GetTimestamp();
            long dropped = Interlocked.Exchange(ref DroppedAt, 0);
            if (priority && dropped != 0)
                Interlocked.Add(ref PickUpTicks, now - dropped);
            long released = Interlocked.Exchange(ref ReleasedForReturnAt, 0);
            if (!priority && released != 0)
            {
                Interlocked.Add(ref ReturnTicks, now - released);
                Interlocked.Increment(ref Returns);
            }
        }

        internal static void OnUnlock(PyThreadState ts, bool handingBack)
        {
            if (!ts.PriorityHold)
                return;
            long now = Stopwatch.GetTimestamp();
            Interlocked.Add(ref PriorityHoldTicks, now - ts.AcquiredAt);
            Interlocked.Increment(ref PriorityHolds);
            if (handingBack)
                Volatile.Write(ref ReleasedForReturnAt, now);
        }

        // Microsecond histograms (-20..+80 us) of the hand-over's timing, for percentiles.
        internal static readonly long[] AskToDropHist = new long[101], DropLateHist = new long[101], SleepWokeHist = new long[101];

        internal static void Histogram(long[] h, long ticks)
        {
            long us = ticks * 1_000_000 / Stopwatch.Frequency + 20;
            Interlocked.Increment(ref h[Math.Clamp(us, 0, 100)]);
        }

        private static string Percentiles(long[] h)
        {
            long total = 0;
            foreach (long c in h) total += c;
            if (total == 0) return "-";
            var sb = new System.Text.StringBuilder();
            foreach (double q in new[] { 0.1, 0.5, 0.9 })
            {
                long seen = 0;
                for (int i = 0; i < h.Length; i++)
                {
                    seen += h[i];
                    if (seen >= q * total) { sb.Append(i - 20).Append('/'); break; }
                }
            }
            return sb.ToString().TrimEnd('/');
        }

        private static string Us(long ticks, long count) => count == 0 ? "-" : (ticks * 1e6 / Stopwatch.Frequency / count).ToString("0.00");

        static Stats()
        {
            if (Enabled)
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Console.Error.WriteLine(
                    $"pyrolyn gil stats: takes={Takes} forced_switches={ForcedSwitches} hand_backs={HandBacks} " +
                    $"starving_turns={StarvingTurns} spin_takes={SpinTakes} pause_takes={PauseTakes} short_sleeps={ShortSleeps} parks={Parks} spin_backoffs={SpinBackoffs} " +
                    $"forced_off_ms={ForcedOffTicks * 1000.0 / Stopwatch.Frequency:0.0} " +
                    $"pick_up_us={Us(PickUpTicks, ForcedSwitches)} priority_hold_us={Us(PriorityHoldTicks, PriorityHolds)} return_us={Us(ReturnTicks, Returns)} " +
                    $"drop_after_slice_us={Us(DropLateTicks, ForcedSwitches)} ask_to_drop_us={Us(AskToDropTicks, Asks)} asks={Asks} " +
                    $"sleep_woke_vs_ask_us={Us(SleepLateTicks, ShortSleeps)} sleep_overshoot_us={ShortSleep.OvershootTicks * 1e6 / Stopwatch.Frequency:0.0} " +
                    $"p10/50/90_us: ask_to_drop={Percentiles(AskToDropHist)} drop_after_slice={Percentiles(DropLateHist)} sleep_woke_vs_ask={Percentiles(SleepWokeHist)} " +
                    $"gc0={GC.CollectionCount(0)} gc1={GC.CollectionCount(1)} gc2={GC.CollectionCount(2)} " +
                    $"gc_pause_ms={GC.GetTotalPauseDuration().TotalMilliseconds:0.0}");
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static void Count(ref long counter)
        {
            if (Enabled)
                Interlocked.Increment(ref counter);
        }
    }
}
