using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using Pyrolyn.Runtime.Hosting;
using Pyrolyn.Runtime.Threading;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// <c>concurrent.futures</c>: Future, ThreadPoolExecutor, wait, as_completed.
///
/// Protocol: a Future's state changes (set_result / set_exception / cancel / running) happen with
/// the GIL held (or under <c>_sync</c> in free-threaded mode) and end by setting the CLR event
/// <c>_done</c> and posting the future to every registered completion queue (wait /
/// as_completed); callbacks run after that, in the thread that completed the future. Waiters
/// block on <c>_done</c> or their queue with the GIL released. Workers are real threading
/// threads (named <c>ThreadPoolExecutor-N_M</c>) reading a SimpleQueue; a None item tells one
/// worker to exit.
/// </summary>
public sealed class PyFuture : NativeObject
{
    public static readonly PyType TypeObject = MakeType("Future", "concurrent.futures._base", static (t, a, k) => new PyFuture(),
        "result", "exception", "done", "cancel", "cancelled", "running", "add_done_callback", "set_result", "set_exception",
        "set_running_or_notify_cancel");

    public static readonly PyType CancelledError = new("CancelledError", new[] { ExceptionTypes.Exception }, "concurrent.futures._base",
        ExceptionTypes.Exception.FactoryMethod);

    private enum State { Pending, Running, Cancelled, Finished }

    private readonly object _sync = new();
    private State _state;
    private PyObject? _result;
    private PyBaseException? _exception;
    private readonly ManualResetEventSlim _done = new(false);
    private readonly List<PyObject> _callbacks = new();
    private readonly List<PyQueue> _waiters = new();

    public override PyType Type => TypeObject;

    public bool IsDone => _state is State.Cancelled or State.Finished;

    public override string Repr()
    {
        string addr = $"0x{Identity.Of(this):x}";
        return _state switch
        {
            State.Finished when _exception is not null => $"<Future at {addr} state=finished raised {_exception.Type.Name}>",
            State.Finished => $"<Future at {addr} state=finished returned {_result!.Type.Name}>",
            _ => $"<Future at {addr} state={_state.ToString().ToLowerInvariant()}>",
        };
    }

    internal void AddWaiter(PyQueue q)
    {
        lock (_sync)
        {
            if (!IsDone)
            {
                _waiters.Add(q);
                return;
            }
        }
        q.Put(this, true, null);
    }

    private void Complete()
    {
        PyQueue[] waiters;
        PyObject[] callbacks;
        lock (_sync)
        {
            waiters = _waiters.ToArray();
            _waiters.Clear();
            callbacks = _callbacks.ToArray();
            _done.Set();
        }
        foreach (var q in waiters)
            q.Put(this, true, null);
        foreach (var cb in callbacks)
            InvokeCallback(cb);
    }

    private void InvokeCallback(PyObject cb)
    {
        try
        {
            cb.Call(new PyObject[] { this });
        }
        catch (PyException e)
        {
            StandardStreams.Out.Flush();
            StandardStreams.Error.Write($"exception calling callback for {Repr()}\n" + TracebackPrinter.Format(e.Value));
            StandardStreams.Error.Flush();
        }
    }

    public void SetResult(PyObject value)
    {
        lock (_sync)
        {
            if (IsDone)
                throw Errors.New(InvalidStateError, $"{_state.ToString().ToUpperInvariant()}: {Repr()}");
            _result = value;
            _state = State.Finished;
        }
        Complete();
    }

    public void SetException(PyBaseException exc)
    {
        lock (_sync)
        {
            if (IsDone)
                throw Errors.New(InvalidStateError, $"{_state.ToString().ToUpperInvariant()}: {Repr()}");
            _exception = exc;
            _state = State.Finished;
        }
        Complete();
    }

    public static readonly PyType InvalidStateError = new("InvalidStateError", new[] { ExceptionTypes.Exception },
        "concurrent.futures._base", ExceptionTypes.Exception.FactoryMethod);

    /// <summary>Marks the future running; false if it was cancelled.</summary>
    public bool SetRunning()
    {
        lock (_sync)
        {
            if (_state == State.Cancelled)
                return false;
            _state = State.Running;
            return true;
        }
    }

    public bool Cancel()
    {
        lock (_sync)
        {
            if (_state is State.Running or State.Finished)
                return false;
            if (_state == State.Cancelled)
                return true;
            _state = State.Cancelled;
        }
        Complete();
        return true;
    }

    private void WaitDone(double timeout)
    {
        if (!Blocking.Wait(ms => _done.Wait(ms), timeout))
            throw Errors.New(ExceptionTypes.TimeoutError, "");
    }

    private static PyException Cancelled() => new(new PyBaseException(CancelledError, Array.Empty<PyObject>()));

    public PyObject Result(double timeout)
    {
        WaitDone(timeout);
        if (_state == State.Cancelled)
            throw Cancelled();
        if (_exception is not null)
            throw new PyException(_exception);
        return _result!;
    }

    protected override PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "result":
                return Result(new Args(args, kw, "result", "timeout").Timeout(0));
            case "exception":
                WaitDone(new Args(args, kw, "exception", "timeout").Timeout(0));
                if (_state == State.Cancelled)
                    throw Cancelled();
                return (PyObject?)_exception ?? PyNone.Instance;
            case "done":
                return PyBool.From(IsDone);
            case "cancelled":
                return PyBool.From(_state == State.Cancelled);
            case "running":
                return PyBool.From(_state == State.Running);
            case "cancel":
                return PyBool.From(Cancel());
            case "add_done_callback":
            {
                var fn = ArgCheck.One(args, kw, "add_done_callback");
                lock (_sync)
                {
                    if (!IsDone)
                    {
                        _callbacks.Add(fn);
                        return PyNone.Instance;
                    }
                }
                InvokeCallback(fn);
                return PyNone.Instance;
            }
            case "set_result":
                SetResult(ArgCheck.One(args, kw, "set_result"));
                return PyNone.Instance;
            case "set_exception":
                SetException(ArgCheck.One(args, kw, "set_exception") as PyBaseException
                    ?? throw Errors.TypeError("exceptions must derive from BaseException"));
                return PyNone.Instance;
            case "set_running_or_notify_cancel":
                return PyBool.From(SetRunning());
        }
        return null;
    }
}

/// <summary><c>concurrent.futures.ThreadPoolExecutor</c>.</summary>
public sealed class PyThreadPoolExecutor : NativeObject
{
    public static readonly PyType TypeObject = MakeType("ThreadPoolExecutor", "concurrent.futures.thread", static (t, a, k) => Create(a, k),
        "submit", "map", "shutdown", "__enter__", "__exit__");

    private static int _counter;

    private readonly int _maxWorkers;
    private readonly string _prefix;
    private readonly PyQueue _work = (PyQueue)PyQueue.SimpleType.Call(Array.Empty<PyObject>());
    private readonly List<PyObject> _threads = new();
    private int _idle;
    private bool _shutdown;

    private PyThreadPoolExecutor(int maxWorkers, string prefix)
    {
        _maxWorkers = maxWorkers;
        _prefix = prefix;
    }

    private static PyThreadPoolExecutor Create(PyObject[] a, string[]? k)
    {
        var p = new Args(a, k, "ThreadPoolExecutor", "max_workers", "thread_name_prefix", "initializer", "initargs");
        int max;
        if (p[0] is { } m and not PyNone)
        {
            long v = ArgCheck.ToLong(m);
            if (v <= 0)
                throw Errors.ValueError("max_workers must be greater than 0");
            max = (int)Math.Min(v, 10_000);
        }
        else
        {
            max = Math.Min(32, Environment.ProcessorCount + 4);
        }
        string prefix = p[1] is PyStr s && s.Value.Length > 0 ? s.Value : $"ThreadPoolExecutor-{Interlocked.Increment(ref _counter) - 1}";
        return new PyThreadPoolExecutor(max, prefix);
    }

    public override PyType Type => TypeObject;

    private sealed class WorkItem : PyObject
    {
        public WorkItem(PyFuture f, PyObject fn, PyObject[] args, string[]? kw)
        {
            Future = f;
            Fn = fn;
            Args = args;
            Kw = kw;
        }

        public PyFuture Future { get; }
        public PyObject Fn { get; }
        public PyObject[] Args { get; }
        public string[]? Kw { get; }
        public override PyType Type => BuiltinTypes.Object;
    }

    public PyFuture Submit(PyObject fn, PyObject[] args, string[]? kw)
    {
        if (_shutdown)
            throw Errors.RuntimeError("cannot schedule new futures after shutdown");
        var f = new PyFuture();
        _work.Put(new WorkItem(f, fn, args, kw), true, null);
        AdjustThreads();
        return f;
    }

    private void AdjustThreads()
    {
        if (Volatile.Read(ref _idle) > 0)
        {
            Interlocked.Decrement(ref _idle);
            return;
        }
        if (_threads.Count >= _maxWorkers)
            return;
        var worker = new PyBuiltinFunction("_worker", (a, k) =>
        {
            Worker();
            return PyNone.Instance;
        }, "concurrent.futures.thread");
        string name = $"{_prefix}_{_threads.Count}";
        var t = ThreadingModule.ThreadType.Call(new PyObject[] { worker, new PyStr(name) }, new[] { "target", "name" });
        _threads.Add(t);
        t.CallMethod("start", Array.Empty<PyObject>());
    }

    private void Worker()
    {
        while (true)
        {
            var item = _work.Get(true, null);
            if (item is not WorkItem w)
            {
                _work.Put(PyNone.Instance, true, null); // wake the next worker too
                return;
            }
            if (w.Future.SetRunning())
            {
                try
                {
                    w.Future.SetResult(w.Fn.Call(w.Args, w.Kw));
                }
                catch (PyException e)
                {
                    w.Future.SetException(e.Value);
                }
            }
            if (_shutdown)
                continue;
            Interlocked.Increment(ref _idle);
        }
    }

    public void Shutdown(bool wait, bool cancelFutures)
    {
        _shutdown = true;
        if (cancelFutures)
        {
            while (true)
            {
                PyObject item;
                try
                {
                    item = _work.Get(false, null);
                }
                catch (PyException)
                {
                    break;
                }
                if (item is WorkItem w)
                    w.Future.Cancel();
            }
        }
        _work.Put(PyNone.Instance, true, null);
        if (wait)
            foreach (var t in _threads.ToArray())
                t.CallMethod("join", Array.Empty<PyObject>());
    }

    protected override PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "submit":
            {
                int npos = ArgCheck.PositionalCount(args, kw);
                if (npos < 1)
                    throw Errors.TypeError("submit expected at least 1 argument, got 0");
                var rest = new PyObject[args.Length - 1];
                Array.Copy(args, 1, rest, 0, rest.Length);
                return Submit(args[0], rest, kw);
            }
            case "map":
            {
                double timeout = -1;
                int npos = ArgCheck.PositionalCount(args, kw);
                if (ArgCheck.Kw(args, kw, "timeout") is { } t and not PyNone)
                    timeout = Args.Seconds(t);
                if (npos < 1)
                    throw Errors.TypeError("map() missing 1 required positional argument: 'fn'");
                var fn = args[0];
                var iters = new PyObject[npos - 1];
                for (int i = 1; i < npos; i++)
                    iters[i - 1] = Ops.GetIter(args[i]);
                var futures = new List<PyFuture>();
                while (iters.Length > 0)
                {
                    var call = new PyObject[iters.Length];
                    bool done = false;
                    for (int i = 0; i < iters.Length; i++)
                    {
                        var v = Ops.Next(iters[i]);
                        if (v is null)
                        {
                            done = true;
                            break;
                        }
                        call[i] = v;
                    }
                    if (done)
                        break;
                    futures.Add(Submit(fn, call, null));
                }
                return new ResultIterator(futures, timeout);
            }
            case "shutdown":
            {
                var p = new Args(args, kw, "shutdown", "wait", "cancel_futures");
                Shutdown(p.Bool(0, true), p.Bool(1, false));
                return PyNone.Instance;
            }
            case "__enter__":
                return this;
            case "__exit__":
                Shutdown(true, false);
                return PyBool.False;
        }
        return null;
    }

    private sealed class ResultIterator : PyObject
    {
        private readonly List<PyFuture> _futures;
        private readonly long _deadline;
        private int _index;

        public ResultIterator(List<PyFuture> futures, double timeout)
        {
            _futures = futures;
            _deadline = timeout < 0 ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(timeout * Stopwatch.Frequency);
        }

        public override PyType Type => BuiltinTypes.Iterator;
        public override PyObject GetIter() => this;

        public override PyObject? Next()
        {
            if (_index >= _futures.Count)
                return null;
            var f = _futures[_index++];
            double left = _deadline == long.MaxValue ? -1
                : Math.Max(0, (double)(_deadline - Stopwatch.GetTimestamp()) / Stopwatch.Frequency);
            return f.Result(left);
        }
    }
}

/// <summary>The <c>concurrent.futures</c> module: wait, as_completed and the constants.</summary>
public static class ConcurrentFuturesModule
{
    public static readonly PyType DoneAndNotDoneType = new("DoneAndNotDoneFutures", new[] { BuiltinTypes.Tuple }, "concurrent.futures._base");

    public static PyModule Create()
    {
        var m = new PyModule("concurrent.futures");
        var d = m.Dict;
        d["Future"] = PyFuture.TypeObject;
        d["ThreadPoolExecutor"] = PyThreadPoolExecutor.TypeObject;
        d["CancelledError"] = PyFuture.CancelledError;
        d["InvalidStateError"] = PyFuture.InvalidStateError;
        d["TimeoutError"] = ExceptionTypes.TimeoutError;
        d["FIRST_COMPLETED"] = new PyStr("FIRST_COMPLETED");
        d["FIRST_EXCEPTION"] = new PyStr("FIRST_EXCEPTION");
        d["ALL_COMPLETED"] = new PyStr("ALL_COMPLETED");
        d["wait"] = new PyBuiltinFunction("wait", Wait, "concurrent.futures");
        d["as_completed"] = new PyBuiltinFunction("as_completed", AsCompleted, "concurrent.futures");
        return m;
    }

    private static PyFuture[] Futures(PyObject fs)
    {
        var list = new List<PyFuture>();
        var seen = new HashSet<PyFuture>(ReferenceEqualityComparer.Instance);
        foreach (var o in Ops.ToArray(fs))
            if (o is PyFuture f && seen.Add(f))
                list.Add(f);
        return list.ToArray();
    }

    private static PyObject Wait(PyObject[] a, string[]? k)
    {
        var p = new Args(a, k, "wait", "fs", "timeout", "return_when");
        var fs = Futures(p.Required(0));
        double timeout = p.Timeout(1);
        string when = p[2] is PyStr s ? s.Value : "ALL_COMPLETED";
        var q = (PyQueue)PyQueue.SimpleType.Call(Array.Empty<PyObject>());
        foreach (var f in fs)
            f.AddWaiter(q);
        long deadline = timeout < 0 ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(timeout * Stopwatch.Frequency);
        var done = new HashSet<PyFuture>(ReferenceEqualityComparer.Instance);
        while (done.Count < fs.Length)
        {
            if (done.Count > 0 && when == "FIRST_COMPLETED")
                break;
            if (when == "FIRST_EXCEPTION" && HasException(done))
                break;
            PyObject? next;
            try
            {
                next = deadline == long.MaxValue ? q.Get(true, null)
                    : q.Get(true, new PyFloat(Math.Max(0, (double)(deadline - Stopwatch.GetTimestamp()) / Stopwatch.Frequency)));
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyQueue.Empty))
            {
                break;
            }
            done.Add((PyFuture)next);
        }
        // Anything that finished meanwhile counts as done too.
        foreach (var f in fs)
            if (f.IsDone)
                done.Add(f);
        var doneSet = new PySet();
        var notDone = new PySet();
        foreach (var f in fs)
            (done.Contains(f) ? doneSet : notDone).Add(f);
        return new PyTuple(new PyObject[] { doneSet, notDone });
    }

    private static bool HasException(HashSet<PyFuture> done)
    {
        foreach (var f in done)
            if (f.CallMethod("exception", Array.Empty<PyObject>()) is not PyNone)
                return true;
        return false;
    }

    private static PyObject AsCompleted(PyObject[] a, string[]? k)
    {
        var p = new Args(a, k, "as_completed", "fs", "timeout");
        var fs = Futures(p.Required(0));
        double timeout = p.Timeout(1);
        var q = (PyQueue)PyQueue.SimpleType.Call(Array.Empty<PyObject>());
        foreach (var f in fs)
            f.AddWaiter(q);
        return new AsCompletedIterator(q, fs.Length, timeout);
    }

    private sealed class AsCompletedIterator : PyObject
    {
        private readonly PyQueue _queue;
        private readonly int _total;
        private readonly long _deadline;
        private int _yielded;

        public AsCompletedIterator(PyQueue queue, int total, double timeout)
        {
            _queue = queue;
            _total = total;
            _deadline = timeout < 0 ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(timeout * Stopwatch.Frequency);
        }

        public override PyType Type => BuiltinTypes.Iterator;
        public override PyObject GetIter() => this;

        public override PyObject? Next()
        {
            if (_yielded >= _total)
                return null;
            try
            {
                var f = _deadline == long.MaxValue ? _queue.Get(true, null)
                    : _queue.Get(true, new PyFloat(Math.Max(0, (double)(_deadline - Stopwatch.GetTimestamp()) / Stopwatch.Frequency)));
                _yielded++;
                return f;
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyQueue.Empty))
            {
                throw Errors.New(ExceptionTypes.TimeoutError, $"{_total - _yielded} (of {_total}) futures unfinished");
            }
        }
    }
}
