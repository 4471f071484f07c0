using System;
using System.Diagnostics;
using Pyrolyn.Runtime.Threading;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The <c>time</c> module: clocks and <c>sleep</c> (which releases the GIL).</summary>
public static class TimeModule
{
    private static readonly long Origin = Stopwatch.GetTimestamp();

    public static PyModule Create()
    {
        var m = new PyModule("time");
        var d = m.Dict;
        d["sleep"] = PyBuiltinFunction.One("sleep", a =>
        {
            double s = Args.Seconds(a);
            if (double.IsNaN(s))
                throw Errors.ValueError("Invalid value NaN (not a number)");
            if (s < 0)
                throw Errors.ValueError("sleep length must be non-negative");
            Blocking.Sleep(s);
            return PyNone.Instance;
        }, "time");
        d["time"] = NoArgs("time", () => new PyFloat(UnixNanoseconds() / 1e9));
        d["time_ns"] = NoArgs("time_ns", () => PyInt.From(UnixNanoseconds()));
        d["perf_counter"] = NoArgs("perf_counter", () => new PyFloat(MonotonicSeconds()));
        d["perf_counter_ns"] = NoArgs("perf_counter_ns", () => PyInt.From(MonotonicNanoseconds()));
        d["monotonic"] = NoArgs("monotonic", () => new PyFloat(MonotonicSeconds()));
        d["monotonic_ns"] = NoArgs("monotonic_ns", () => PyInt.From(MonotonicNanoseconds()));
        d["process_time"] = NoArgs("process_time", () => new PyFloat(Process.GetCurrentProcess().TotalProcessorTime.Ticks / 1e7));
        d["process_time_ns"] = NoArgs("process_time_ns", () => PyInt.From(Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100));
        d["thread_time"] = NoArgs("thread_time", () => new PyFloat(MonotonicSeconds()));
        return m;
    }

    private static PyBuiltinFunction NoArgs(string name, Func<PyObject> f) =>
        new(name, (a, k) =>
        {
            ArgCheck.None(a, k, name);
            return f();
        }, "time");

    public static long UnixNanoseconds() => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;

    public static double MonotonicSeconds() => (double)(Stopwatch.GetTimestamp() - Origin) / Stopwatch.Frequency + 1.0;

    public static long MonotonicNanoseconds() =>
        (long)((Stopwatch.GetTimestamp() - Origin) * (1e9 / Stopwatch.Frequency)) + 1_000_000_000L;
}
