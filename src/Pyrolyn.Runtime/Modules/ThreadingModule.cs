using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Pyrolyn.Runtime.Hosting;
using Pyrolyn.Runtime.Threading;
using ThreadState = Pyrolyn.Runtime.Threading.ThreadState;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// The <c>threading</c> module. <c>Thread</c> is a heap type (like CPython's pure-Python class),
/// so <c>class Worker(threading.Thread)</c> works through the ordinary object protocol: instances
/// are <see cref="PyInstance"/> objects, Thread's methods are method descriptors in its dict, and
/// the native state (target, OS thread, finished event) hangs off the instance in a weak table.
///
/// Thread lifecycle protocol: start() creates a CLR background thread and waits (GIL released)
/// until the new thread has taken the GIL and registered itself in <c>_active</c>; the thread
/// runs <c>self.run()</c>, reports uncaught exceptions through <c>threading.excepthook</c>,
/// unregisters, sets its finished event, and drops the GIL. join() waits on the finished event
/// with the GIL released. Program exit waits for every non-daemon thread
/// (<see cref="WaitForNonDaemonThreads"/>).
/// </summary>
public static class ThreadingModule
{
    /// <summary>Stack of threads started from Python (frames of compiled code are large).</summary>
    public const int ThreadStackSize = 64 * 1024 * 1024;

    internal sealed class ThreadInfo
    {
        public PyObject? Target;
        public PyObject Args = PyTuple.Empty;
        public PyObject? Kwargs;
        public string Name = "";
        public bool Daemon;
        public bool Started;
        public bool IsMainOrDummy;
        public long? Ident;
        public long? NativeId;
        public readonly ManualResetEventSlim StartedEvent = new(false);
        public readonly ManualResetEventSlim Finished = new(false);
        // Timer only.
        public double Interval;
        public PyEvent? TimerCancelled;
        public PyThreadState? State;
    }

    private static readonly ConditionalWeakTable<PyObject, ThreadInfo> Infos = new();
    private static readonly object ActiveLock = new();
    private static readonly List<PyObject> Active = new();
    private static int _counter;
    private static PyModule? _module;

    public static readonly PyType ThreadType = MakeThreadType();
    public static readonly PyType MainThreadType = new("_MainThread", new[] { ThreadType }, "threading", null, isHeapType: true);
    public static readonly PyType DummyThreadType = new("_DummyThread", new[] { ThreadType }, "threading", null, isHeapType: true);
    public static readonly PyType TimerType = MakeTimerType();
    public static readonly PyType ExceptHookArgsType = new("ExceptHookArgs", new[] { BuiltinTypes.Object }, "threading");

    private static PyType MakeThreadType()
    {
        var t = new PyType("Thread", new[] { BuiltinTypes.Object }, "threading", null, isHeapType: true);
        BuiltinAttr.Register(t, ThreadDispatch, "__init__", "start", "run", "join", "is_alive", "__repr__",
            "getName", "setName", "isDaemon", "setDaemon", "_bootstrap");
        t.Dict["name"] = Property("name", static (self) => new PyStr(Info(self).Name), static (self, v) =>
        {
            var info = Info(self);
            info.Name = Ops.Str(v);
            if (info.Started && ThreadStateOf(self) is { } ts)
                ts.Name = info.Name;
        });
        t.Dict["daemon"] = Property("daemon", static (self) => PyBool.From(Info(self).Daemon), static (self, v) =>
        {
            var info = Info(self);
            if (info.Started)
                throw Errors.RuntimeError("cannot set daemon status of active thread");
            info.Daemon = Ops.IsTrue(v);
        });
        t.Dict["ident"] = Property("ident", static (self) => Info(self).Ident is long i ? PyInt.From(i) : PyNone.Instance, null);
        t.Dict["native_id"] = Property("native_id", static (self) => Info(self).NativeId is long i ? PyInt.From(i) : PyNone.Instance, null);
        return t;
    }

    private static PyType MakeTimerType()
    {
        var t = new PyType("Timer", new[] { ThreadType }, "threading", null, isHeapType: true);
        BuiltinAttr.Register(t, TimerDispatch, "__init__", "run", "cancel");
        t.Dict["interval"] = Property("interval", static (self) => new PyFloat(Info(self).Interval), null);
        t.Dict["function"] = Property("function", static (self) => Info(self).Target ?? PyNone.Instance, null);
        t.Dict["finished"] = Property("finished", static (self) => (PyObject?)Info(self).TimerCancelled ?? PyNone.Instance, null);
        return t;
    }

    private static PyProperty Property(string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject>? set)
    {
        var getter = new PyBuiltinFunction(name, (a, k) => get(a[0]), "threading");
        PyBuiltinFunction? setter = set is null ? null : new PyBuiltinFunction(name, (a, k) =>
        {
            set(a[0], a[1]);
            return PyNone.Instance;
        }, "threading");
        return new PyProperty(getter, setter, null, null) { Name = name };
    }

    private static ThreadInfo Info(PyObject self) =>
        Infos.TryGetValue(self, out var info) ? info : throw Errors.RuntimeError("thread.__init__() not called");

    private static PyThreadState? ThreadStateOf(PyObject self) => Info(self).State;

    private static string NewName(string template) => string.Format(template, Interlocked.Increment(ref _counter));

    public static PyModule Create()
    {
        if (_module is not null)
            return _module;
        var m = new PyModule("threading");
        var d = m.Dict;
        d["Thread"] = ThreadType;
        d["Timer"] = TimerType;
        d["_MainThread"] = MainThreadType;
        d["_DummyThread"] = DummyThreadType;
        d["Lock"] = new PyBuiltinFunction("allocate_lock", (a, k) =>
        {
            ArgCheck.None(a, k, "allocate_lock");
            return new PyLock();
        }, "_thread");
        d["_allocate_lock"] = d["Lock"];
        d["RLock"] = new PyBuiltinFunction("RLock", (a, k) =>
        {
            ArgCheck.None(a, k, "RLock");
            return new PyRLock();
        }, "threading");
        d["Condition"] = PyCondition.TypeObject;
        d["Semaphore"] = PySemaphore.SemaphoreType;
        d["BoundedSemaphore"] = PySemaphore.BoundedType;
        d["Event"] = PyEvent.TypeObject;
        d["Barrier"] = PyBarrier.TypeObject;
        d["BrokenBarrierError"] = PyBarrier.BrokenBarrierError;
        d["ThreadError"] = ExceptionTypes.RuntimeError;
        d["TIMEOUT_MAX"] = new PyFloat(4294967.0);
        d["local"] = PyThreadLocal.TypeObject;
        d["current_thread"] = Fn0("current_thread", CurrentThread);
        d["currentThread"] = d["current_thread"];
        d["main_thread"] = Fn0("main_thread", MainThreadObject);
        d["get_ident"] = Fn0("get_ident", () => PyInt.From(ThreadState.Current.ManagedThreadId));
        d["get_native_id"] = Fn0("get_native_id", () => PyInt.From(ThreadState.Current.NativeId));
        d["active_count"] = Fn0("active_count", () => PyInt.From(Snapshot().Length));
        d["activeCount"] = d["active_count"];
        d["enumerate"] = Fn0("enumerate", () => new PyList(Snapshot()));
        d["excepthook"] = new PyBuiltinFunction("excepthook", (a, k) =>
        {
            DefaultExceptHook(ArgCheck.One(a, k, "excepthook"));
            return PyNone.Instance;
        }, "threading");
        d["__excepthook__"] = d["excepthook"];
        _module = m;
        return m;
    }

    private static PyBuiltinFunction Fn0(string name, Func<PyObject> f) =>
        new(name, (a, k) =>
        {
            ArgCheck.None(a, k, name);
            return f();
        }, "threading");

    // ---- thread objects --------------------------------------------------------------------

    private static PyObject[] Snapshot()
    {
        var main = MainThreadObject();
        lock (ActiveLock)
        {
            var list = new List<PyObject>(Active.Count + 1);
            if (!Active.Contains(main))
                list.Add(main);
            list.AddRange(Active);
            return list.ToArray();
        }
    }

    /// <summary><c>threading.current_thread()</c>: the Thread object of the calling thread
    /// (a <c>_MainThread</c> or a <c>_DummyThread</c> for threads not started by threading).</summary>
    public static PyObject CurrentThread()
    {
        var ts = ThreadState.Current;
        if (ts.PythonThread is { } t)
            return t;
        if (Gil.MainThread is null || ReferenceEquals(Gil.MainThread, ts))
            return MainThreadObject();
        var dummy = new PyInstance(DummyThreadType);
        var info = new ThreadInfo
        {
            Name = NewName("Dummy-{0}"), Daemon = true, Started = true, IsMainOrDummy = true,
            Ident = ts.ManagedThreadId, NativeId = ts.NativeId,
        };
        info.StartedEvent.Set();
        Infos.Add(dummy, info);
        ts.PythonThread = dummy;
        ts.Name = info.Name;
        lock (ActiveLock)
            Active.Add(dummy);
        return dummy;
    }

    private static PyObject? _mainThreadObject;

    private static PyObject MainThreadObject()
    {
        if (_mainThreadObject is { } existing)
            return existing;
        var ts = Gil.MainThread ?? ThreadState.Current;
        var main = new PyInstance(MainThreadType);
        var info = new ThreadInfo
        {
            Name = "MainThread", Started = true, IsMainOrDummy = true, Ident = ts.ManagedThreadId, NativeId = ts.NativeId,
        };
        info.StartedEvent.Set();
        Infos.Add(main, info);
        if (Interlocked.CompareExchange(ref _mainThreadObject, main, null) is { } raced)
            return raced;
        ts.PythonThread = main;
        ts.Name = "MainThread";
        return main;
    }

    private static PyObject? ThreadDispatch(PyObject self, string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "__init__":
                Init(self, args, kw);
                return PyNone.Instance;
            case "start":
                ArgCheck.None(args, kw, "start");
                Start(self);
                return PyNone.Instance;
            case "run":
            {
                ArgCheck.None(args, kw, "run");
                var info = Info(self);
                if (info.Target is { } target)
                    Calls.CallEx(target, info.Args, info.Kwargs);
                return PyNone.Instance;
            }
            case "join":
                Join(self, new Args(args, kw, "join", "timeout").Timeout(0));
                return PyNone.Instance;
            case "is_alive":
            {
                var info = Info(self);
                return PyBool.From(info.Started && !info.Finished.IsSet);
            }
            case "__repr__":
                return new PyStr(Repr(self));
            case "getName":
                return new PyStr(Info(self).Name);
            case "setName":
                self.SetAttr("name", ArgCheck.One(args, kw, "setName"));
                return PyNone.Instance;
            case "isDaemon":
                return PyBool.From(Info(self).Daemon);
            case "setDaemon":
                self.SetAttr("daemon", ArgCheck.One(args, kw, "setDaemon"));
                return PyNone.Instance;
            case "_bootstrap":
                return PyNone.Instance;
        }
        return null;
    }

    private static void Init(PyObject self, PyObject[] args, string[]? kw)
    {
        var p = new Args(args, kw, "Thread.__init__", "group", "target", "name", "args", "kwargs", "daemon");
        if (p[0] is { } g and not PyNone)
            throw Errors.AssertionError(new PyStr("group argument must be None for now"));
        var info = new ThreadInfo();
        info.Target = p[1] is { } t and not PyNone ? t : null;
        if (p[2] is { } n and not PyNone)
            info.Name = Ops.Str(n);
        else
        {
            info.Name = NewName("Thread-{0}");
            if (info.Target is { } target)
            {
                try
                {
                    info.Name += " (" + Ops.Str(target.GetAttr("__name__")) + ")";
                }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
                {
                }
            }
        }
        info.Args = p[3] ?? PyTuple.Empty;
        info.Kwargs = p[4] is { } k and not PyNone ? k : null;
        if (p[5] is { } dm and not PyNone)
            info.Daemon = Ops.IsTrue(dm);
        else
            info.Daemon = Infos.TryGetValue(CurrentThread(), out var cur) && cur.Daemon;
        Infos.AddOrUpdate(self, info);
    }

    private static string Repr(PyObject self)
    {
        var info = Info(self);
        string status = "initial";
        if (info.StartedEvent.IsSet)
            status = "started";
        if (info.Finished.IsSet)
            status = "stopped";
        if (info.Daemon)
            status += " daemon";
        if (info.Ident is long id)
            status += " " + id;
        return $"<{self.Type.Name}({info.Name}, {status})>";
    }

    private static void Start(PyObject self)
    {
        var info = Info(self);
        if (info.Started)
            throw Errors.RuntimeError("threads can only be started once");
        info.Started = true;
        lock (ActiveLock)
            Active.Add(self);
        var thread = new Thread(() => Bootstrap(self, info), ThreadStackSize) { IsBackground = true, Name = info.Name };
        try
        {
            thread.Start();
        }
        catch (OutOfMemoryException)
        {
            lock (ActiveLock)
                Active.Remove(self);
            throw Errors.RuntimeError("can't start new thread");
        }
        Blocking.Wait(ms => info.StartedEvent.Wait(ms), -1);
    }

    private static void Bootstrap(PyObject self, ThreadInfo info)
    {
        var ts = ThreadState.Current;
        ts.Name = info.Name;
        ts.PythonThread = self;
        info.State = ts;
        info.Ident = ts.ManagedThreadId;
        info.NativeId = ts.NativeId;
        Gil.Acquire();
        try
        {
            info.StartedEvent.Set();
            try
            {
                self.CallMethod("run", Array.Empty<PyObject>());
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.SystemExit))
            {
            }
            catch (PyException e)
            {
                InvokeExceptHook(self, e.Value);
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or DivideByZeroException)
            {
                InvokeExceptHook(self, Raise.Translate(e).Value);
            }
        }
        finally
        {
            lock (ActiveLock)
                Active.Remove(self);
            info.Finished.Set();
            Gil.ReleaseFully();
            ThreadState.ClearCurrent();
        }
    }

    private static void InvokeExceptHook(PyObject thread, PyBaseException exc)
    {
        var hookArgs = new ExceptHookArgs(exc, thread);
        try
        {
            var hook = _module?.TryGet("excepthook");
            if (hook is null)
                DefaultExceptHook(hookArgs);
            else
                hook.Call(new PyObject[] { hookArgs });
        }
        catch (PyException e2)
        {
            // CPython falls back to sys.excepthook for errors in the hook itself.
            WriteStderr("Exception in threading.excepthook:\n" + TracebackPrinter.Format(e2.Value));
        }
    }

    private static void DefaultExceptHook(PyObject args)
    {
        if (args is not ExceptHookArgs a)
            throw Errors.TypeError("_thread._excepthook argument type must be ExceptHookArgs");
        if (a.Exception.Type.IsSubtypeOf(ExceptionTypes.SystemExit))
            return;
        string name = Infos.TryGetValue(a.Thread, out var info) ? info.Name : Ops.Str(a.Thread);
        WriteStderr($"Exception in thread {name}:\n" + TracebackPrinter.Format(a.Exception));
    }

    private static void WriteStderr(string text)
    {
        try
        {
            StandardStreams.Out.Flush();
            StandardStreams.Error.Write(text);
            StandardStreams.Error.Flush();
        }
        catch (System.IO.IOException)
        {
        }
    }

    private sealed class ExceptHookArgs : PyObject
    {
        public ExceptHookArgs(PyBaseException exc, PyObject thread)
        {
            Exception = exc;
            Thread = thread;
        }

        public PyBaseException Exception { get; }
        public PyObject Thread { get; }
        public override PyType Type => ExceptHookArgsType;

        public override PyObject GetAttr(string name) => name switch
        {
            "exc_type" => Exception.Type,
            "exc_value" => Exception,
            "exc_traceback" => PyNone.Instance,
            "thread" => Thread,
            _ => base.GetAttr(name),
        };

        public override PyObject GetIter() =>
            new PyTuple(new PyObject[] { Exception.Type, Exception, PyNone.Instance, Thread }).GetIter();
    }

    private static void Join(PyObject self, double timeout)
    {
        var info = Info(self);
        if (!info.Started)
            throw Errors.RuntimeError("cannot join thread before it is started");
        if (ReferenceEquals(self, ThreadState.Current.PythonThread))
            throw Errors.RuntimeError("cannot join current thread");
        if (info.IsMainOrDummy)
            return;
        Blocking.Wait(ms => info.Finished.Wait(ms), timeout);
    }

    /// <summary>Called by the host when the main module finishes (normally or not): waits,
    /// with the GIL released, until every non-daemon thread has finished (CPython's
    /// <c>threading._shutdown</c>). Cheap when threading was never used.</summary>
    public static void WaitForNonDaemonThreads()
    {
        while (true)
        {
            ThreadInfo? pending = null;
            lock (ActiveLock)
            {
                foreach (var t in Active)
                    if (Infos.TryGetValue(t, out var info) && !info.Daemon && !info.IsMainOrDummy && !info.Finished.IsSet)
                    {
                        pending = info;
                        break;
                    }
            }
            if (pending is null)
                return;
            if (Gil.IsHeld)
                Blocking.Wait(ms => pending.Finished.Wait(ms), -1);
            else
                pending.Finished.Wait();
        }
    }

    // ---- Timer ------------------------------------------------------------------------------

    private static PyObject? TimerDispatch(PyObject self, string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "__init__":
            {
                var p = new Args(args, kw, "Timer.__init__", "interval", "function", "args", "kwargs");
                Init(self, Array.Empty<PyObject>(), null);
                var info = Info(self);
                info.Interval = Args.Seconds(p.Required(0));
                info.Target = p.Required(1);
                info.Args = p[2] is { } a and not PyNone ? a : new PyList(Array.Empty<PyObject>());
                info.Kwargs = p[3] is { } k and not PyNone ? k : null;
                info.TimerCancelled = new PyEvent();
                return PyNone.Instance;
            }
            case "cancel":
                Info(self).TimerCancelled?.Set();
                return PyNone.Instance;
            case "run":
            {
                var info = Info(self);
                var ev = info.TimerCancelled!;
                ev.Wait(info.Interval);
                if (!ev.IsSet)
                    Calls.CallEx(info.Target!, info.Args, info.Kwargs);
                ev.Set();
                return PyNone.Instance;
            }
        }
        return null;
    }
}

/// <summary><c>threading.local</c>: attributes are per thread.</summary>
public sealed class PyThreadLocal : PyObject
{
    public static readonly PyType TypeObject = new("_local", new[] { BuiltinTypes.Object }, "_thread",
        static (t, a, k) => new PyThreadLocal());

    private readonly ThreadLocal<Dictionary<string, PyObject>> _values = new(() => new Dictionary<string, PyObject>(StringComparer.Ordinal));

    public override PyType Type => TypeObject;

    public override PyObject GetAttr(string name)
    {
        if (_values.Value!.TryGetValue(name, out var v))
            return v;
        if (name == "__dict__")
        {
            var d = new PyDict();
            foreach (var kv in _values.Value)
                d.SetItem(new PyStr(kv.Key), kv.Value);
            return d;
        }
        if (name == "__class__")
            return TypeObject;
        throw Errors.AttributeError($"'_thread._local' object has no attribute '{name}'");
    }

    public override void SetAttr(string name, PyObject value) => _values.Value![name] = value;

    public override void DelAttr(string name)
    {
        if (!_values.Value!.Remove(name))
            throw Errors.AttributeError(name);
    }
}

/// <summary>The thread-related functions of <c>sys</c>: switch interval and GIL state.</summary>
public static class SysThreading
{
    public static readonly PyBuiltinFunction SetSwitchIntervalFunction = new("setswitchinterval", (a, k) =>
    {
        var v = ArgCheck.One(a, k, "sys.setswitchinterval");
        double s = MathModule.ToDouble(v);
        Gil.SetSwitchInterval(s);
        return PyNone.Instance;
    }, "sys");

    public static readonly PyBuiltinFunction GetSwitchIntervalFunction = new("getswitchinterval", (a, k) =>
    {
        ArgCheck.None(a, k, "getswitchinterval");
        return new PyFloat(Gil.SwitchInterval);
    }, "sys");

    public static readonly PyBuiltinFunction IsGilEnabledFunction = new("_is_gil_enabled", (a, k) =>
    {
        ArgCheck.None(a, k, "_is_gil_enabled");
        return PyBool.From(Gil.Enabled);
    }, "sys");

    /// <summary>Adds setswitchinterval/getswitchinterval/_is_gil_enabled to sys's dict.</summary>
    public static void AddTo(System.Collections.Generic.Dictionary<string, PyObject> sysDict)
    {
        sysDict["setswitchinterval"] = SetSwitchIntervalFunction;
        sysDict["getswitchinterval"] = GetSwitchIntervalFunction;
        sysDict["_is_gil_enabled"] = IsGilEnabledFunction;
    }
}
