using System;
using System.Collections.Generic;
using System.Threading;
using Pyrolyn.Runtime.Threading;
using ThreadState = Pyrolyn.Runtime.Threading.ThreadState;

namespace Pyrolyn.Runtime.Modules;

// Protocol shared by every primitive in this file:
//   * State changes (lock owner, counters, flags) happen while the caller holds the GIL (or, in
//     free-threaded mode, under the primitive's CLR lock), so they are atomic as in CPython.
//   * Waiting never happens with the GIL held: Blocking.Wait drops it, parks on a CLR primitive
//     (SemaphoreSlim / ManualResetEventSlim) in slices on the main thread (so Ctrl+C interrupts
//     it), and takes the GIL back with priority (Gil.cs, anti-convoy rule).
//   * Invariant: a primitive's CLR state is the truth; no Python code runs while a CLR lock of a
//     primitive is held.

/// <summary><c>_thread.lock</c> (<c>threading.Lock()</c>): any thread may release it.</summary>
public sealed class PyLock : NativeObject
{
    public static readonly PyType TypeObject = MakeType("lock", "_thread", static (t, a, k) => new PyLock(),
        "acquire", "release", "locked", "__enter__", "__exit__", "acquire_lock", "release_lock", "locked_lock", "_at_fork_reinit");

    private readonly SemaphoreSlim _sem = new(1, 1);

    public override PyType Type => TypeObject;

    public bool IsLocked => _sem.CurrentCount == 0;

    public override string Repr() => $"<{(IsLocked ? "locked" : "unlocked")} _thread.lock object at 0x{Identity.Of(this):x}>";

    /// <summary>Python's acquire(blocking, timeout) validation, shared with RLock.</summary>
    internal static double ParseAcquire(PyObject[] args, string[]? kw)
    {
        var p = new Args(args, kw, "acquire", "blocking", "timeout");
        bool blocking = p.Bool(0, true);
        double timeout = p[1] is { } t ? Args.Seconds(t) : -1;
        if (!blocking && timeout != -1)
            throw Errors.ValueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1)
            throw Errors.ValueError("timeout value must be positive");
        return blocking ? timeout : 0;
    }

    public bool Acquire(double timeout) => Blocking.Wait(ms => _sem.Wait(ms), timeout);

    public void Release()
    {
        try
        {
            if (_sem.CurrentCount != 0)
                throw Errors.RuntimeError("release unlocked lock");
            _sem.Release();
        }
        catch (SemaphoreFullException)
        {
            throw Errors.RuntimeError("release unlocked lock");
        }
    }

    protected override PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "acquire":
            case "acquire_lock":
            case "__enter__":
                return PyBool.From(Acquire(ParseAcquire(args, kw)));
            case "release":
            case "release_lock":
                Release();
                return PyNone.Instance;
            case "__exit__":
                Release();
                return PyBool.False;
            case "locked":
            case "locked_lock":
                return PyBool.From(IsLocked);
            case "_at_fork_reinit":
                return PyNone.Instance;
        }
        return null;
    }
}

/// <summary><c>_thread.RLock</c>: reentrant, owned by the acquiring thread.</summary>
public sealed class PyRLock : NativeObject
{
    public static readonly PyType TypeObject = MakeType("RLock", "_thread", static (t, a, k) => new PyRLock(),
        "acquire", "release", "__enter__", "__exit__", "_is_owned", "_release_save", "_acquire_restore", "locked");

    private readonly SemaphoreSlim _sem = new(1, 1);
    private PyThreadState? _owner;
    private int _count;

    public override PyType Type => TypeObject;

    public override string Repr() =>
        $"<{(_owner is null ? "unlocked" : "locked")} _thread.RLock object owner={_owner?.ManagedThreadId ?? 0} count={_count} at 0x{Identity.Of(this):x}>";

    public bool IsOwned => ReferenceEquals(_owner, ThreadState.Current);

    public bool Acquire(double timeout)
    {
        var me = ThreadState.Current;
        if (ReferenceEquals(_owner, me))
        {
            _count++;
            return true;
        }
        if (!Blocking.Wait(ms => _sem.Wait(ms), timeout))
            return false;
        _owner = me;
        _count = 1;
        return true;
    }

    public void Release()
    {
        if (!ReferenceEquals(_owner, ThreadState.Current))
            throw Errors.RuntimeError("cannot release un-acquired lock");
        if (--_count == 0)
        {
            _owner = null;
            _sem.Release();
        }
    }

    /// <summary>Releases all levels (Condition.wait); returns the count to restore.</summary>
    public int ReleaseSave()
    {
        if (_count == 0)
            throw Errors.RuntimeError("cannot release un-acquired lock");
        int c = _count;
        _count = 0;
        _owner = null;
        _sem.Release();
        return c;
    }

    public void AcquireRestore(int count)
    {
        Blocking.Wait(ms => _sem.Wait(ms), -1);
        _owner = ThreadState.Current;
        _count = count;
    }

    protected override PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "acquire":
            case "__enter__":
                return PyBool.From(Acquire(PyLock.ParseAcquire(args, kw)));
            case "release":
                Release();
                return PyNone.Instance;
            case "__exit__":
                Release();
                return PyBool.False;
            case "_is_owned":
                return PyBool.From(IsOwned);
            case "locked":
                return PyBool.From(_owner is not null);
            case "_release_save":
                return PyInt.From(ReleaseSave());
            case "_acquire_restore":
                AcquireRestore(args.Length > 0 && args[0] is PyInt i ? (int)i.Small : 1);
                return PyNone.Instance;
        }
        return null;
    }
}

/// <summary><c>threading.Condition</c>, as CPython's: a waiter lock per wait.</summary>
public sealed class PyCondition : NativeObject
{
    public static readonly PyType TypeObject = MakeType("Condition", "threading", static (t, a, k) =>
        {
            var p = new Args(a, k, "Condition", "lock");
            return new PyCondition(p[0] is { } l and not PyNone ? l : new PyRLock());
        },
        "acquire", "release", "__enter__", "__exit__", "wait", "wait_for", "notify", "notify_all", "notifyAll", "_is_owned");

    private readonly PyObject _lock;
    private readonly LinkedList<PyLock> _waiters = new();

    public PyCondition(PyObject lockObject) => _lock = lockObject;

    public override PyType Type => TypeObject;

    public override string Repr() => $"<Condition({_lock.Repr()}, {_waiters.Count})>";

    private bool IsOwned()
    {
        switch (_lock)
        {
            case PyRLock r:
                return r.IsOwned;
            case PyLock l:
                if (l.Acquire(0))
                {
                    l.Release();
                    return false;
                }
                return true;
            default:
                return Ops.IsTrue(_lock.CallMethod("_is_owned", Array.Empty<PyObject>()));
        }
    }

    public bool Wait(double timeout)
    {
        if (!IsOwned())
            throw Errors.RuntimeError("cannot wait on un-acquired lock");
        var waiter = new PyLock();
        waiter.Acquire(-1);
        var node = _waiters.AddLast(waiter);
        int saved = 1;
        if (_lock is PyRLock r)
            saved = r.ReleaseSave();
        else
            _lock.CallMethod("release", Array.Empty<PyObject>());
        bool gotIt = false;
        try
        {
            gotIt = waiter.Acquire(timeout);
            return gotIt;
        }
        finally
        {
            if (_lock is PyRLock r2)
                r2.AcquireRestore(saved);
            else
                _lock.CallMethod("acquire", Array.Empty<PyObject>());
            if (!gotIt && node.List is not null)
                _waiters.Remove(node);
        }
    }

    public void Notify(long n)
    {
        if (!IsOwned())
            throw Errors.RuntimeError("cannot notify on un-acquired lock");
        while (n-- > 0 && _waiters.First is { } first)
        {
            _waiters.RemoveFirst();
            first.Value.Release();
        }
    }

    protected override PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "acquire":
            case "__enter__":
                return _lock.CallMethod(name == "__enter__" ? "__enter__" : "acquire", args, kw);
            case "release":
                return _lock.CallMethod("release", args, kw);
            case "__exit__":
                return _lock.CallMethod("__exit__", args, kw);
            case "_is_owned":
                return PyBool.From(IsOwned());
            case "wait":
                return PyBool.From(Wait(new Args(args, kw, "wait", "timeout").Timeout(0)));
            case "wait_for":
            {
                var p = new Args(args, kw, "wait_for", "predicate", "timeout");
                var pred = p.Required(0);
                double timeout = p.Timeout(1);
                long deadline = timeout < 0 ? long.MaxValue : System.Diagnostics.Stopwatch.GetTimestamp() + (long)(timeout * System.Diagnostics.Stopwatch.Frequency);
                var result = pred.Call(Array.Empty<PyObject>());
                while (!Ops.IsTrue(result))
                {
                    double wait = -1;
                    if (deadline != long.MaxValue)
                    {
                        wait = (double)(deadline - System.Diagnostics.Stopwatch.GetTimestamp()) / System.Diagnostics.Stopwatch.Frequency;
                        if (wait <= 0)
                            break;
                    }
                    Wait(wait);
                    result = pred.Call(Array.Empty<PyObject>());
                }
                return result;
            }
            case "notify":
                Notify(new Args(args, kw, "notify", "n")[0] is PyInt n ? n.Small : 1);
                return PyNone.Instance;
            case "notify_all":
            case "notifyAll":
                ArgCheck.None(args, kw, name);
                Notify(long.MaxValue);
                return PyNone.Instance;
        }
        return null;
    }
}

/// <summary><c>threading.Semaphore</c> and <c>threading.BoundedSemaphore</c>.</summary>
public sealed class PySemaphore : NativeObject
{
    public static readonly PyType SemaphoreType = MakeType("Semaphore", "threading", static (t, a, k) => Create(a, k, false),
        "acquire", "release", "__enter__", "__exit__");
    public static readonly PyType BoundedType = MakeType("BoundedSemaphore", "threading", static (t, a, k) => Create(a, k, true),
        "acquire", "release", "__enter__", "__exit__");

    private readonly SemaphoreSlim _sem;
    private readonly long _initial;
    private readonly bool _bounded;

    private PySemaphore(long value, bool bounded)
    {
        _sem = new SemaphoreSlim((int)value, int.MaxValue);
        _initial = value;
        _bounded = bounded;
    }

    private static PySemaphore Create(PyObject[] a, string[]? k, bool bounded)
    {
        var p = new Args(a, k, bounded ? "BoundedSemaphore" : "Semaphore", "value");
        long v = p[0] is { } x ? ArgCheck.ToLong(x) : 1;
        if (v < 0)
            throw Errors.ValueError("semaphore initial value must be >= 0");
        return new PySemaphore(Math.Min(v, int.MaxValue), bounded);
    }

    public override PyType Type => _bounded ? BoundedType : SemaphoreType;

    public override string Repr() =>
        $"<threading.{Type.Name} at 0x{Identity.Of(this):x}: value={_sem.CurrentCount}{(_bounded ? $"/{_initial}" : "")}>";

    protected override PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "acquire":
            case "__enter__":
            {
                var p = new Args(args, kw, "acquire", "blocking", "timeout");
                bool blocking = p.Bool(0, true);
                double timeout = p.Timeout(1);
                if (!blocking && timeout >= 0)
                    throw Errors.ValueError("can't specify timeout for non-blocking acquire");
                return PyBool.From(Blocking.Wait(ms => _sem.Wait(ms), blocking ? timeout : 0));
            }
            case "release":
            {
                long n = new Args(args, kw, "release", "n")[0] is { } x ? ArgCheck.ToLong(x) : 1;
                if (n < 1)
                    throw Errors.ValueError("n must be one or more");
                if (_bounded && _sem.CurrentCount + n > _initial)
                    throw Errors.ValueError("Semaphore released too many times");
                _sem.Release((int)n);
                return PyNone.Instance;
            }
            case "__exit__":
                _sem.Release();
                return PyBool.False;
        }
        return null;
    }
}

/// <summary><c>threading.Event</c>.</summary>
public sealed class PyEvent : NativeObject
{
    public static readonly PyType TypeObject = MakeType("Event", "threading", static (t, a, k) =>
        {
            ArgCheck.None(a, k, "Event");
            return new PyEvent();
        },
        "set", "clear", "is_set", "isSet", "wait");

    private readonly ManualResetEventSlim _event = new(false, 0);

    public override PyType Type => TypeObject;

    public bool IsSet => _event.IsSet;

    public override string Repr() => $"<threading.Event at 0x{Identity.Of(this):x}: {(IsSet ? "set" : "unset")}>";

    public void Set() => _event.Set();

    public bool Wait(double timeout) => Blocking.Wait(ms => _event.Wait(ms), timeout);

    protected override PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "set":
                _event.Set();
                return PyNone.Instance;
            case "clear":
                _event.Reset();
                return PyNone.Instance;
            case "is_set":
            case "isSet":
                return PyBool.From(IsSet);
            case "wait":
                return PyBool.From(Wait(new Args(args, kw, "wait", "timeout").Timeout(0)));
        }
        return null;
    }
}

/// <summary><c>threading.Barrier</c>: generations; a broken barrier raises BrokenBarrierError.</summary>
public sealed class PyBarrier : NativeObject
{
    public static readonly PyType TypeObject = MakeType("Barrier", "threading", static (t, a, k) =>
        {
            var p = new Args(a, k, "Barrier", "parties", "action", "timeout");
            long parties = ArgCheck.ToLong(p.Required(0));
            if (parties < 1)
                throw Errors.ValueError("parties must be > 0");
            return new PyBarrier((int)parties, p[1] is PyNone ? null : p[1], p.Timeout(2));
        },
        "wait", "reset", "abort");

    public static readonly PyType BrokenBarrierError =
        new("BrokenBarrierError", new[] { ExceptionTypes.RuntimeError }, "threading", ExceptionTypes.RuntimeError.FactoryMethod);

    private sealed class Generation
    {
        public readonly ManualResetEventSlim Done = new(false, 0);
        public bool Broken;
    }

    private readonly int _parties;
    private readonly PyObject? _action;
    private readonly double _timeout;
    private Generation _gen = new();
    private int _count;
    private bool _broken;

    private PyBarrier(int parties, PyObject? action, double timeout)
    {
        _parties = parties;
        _action = action;
        _timeout = timeout;
    }

    public override PyType Type => TypeObject;

    public override string Repr() =>
        _broken ? $"<threading.Barrier at 0x{Identity.Of(this):x}: broken>"
            : $"<threading.Barrier at 0x{Identity.Of(this):x}: waiters={_count}/{_parties}>";

    private static PyException Broken() => new(new PyBaseException(BrokenBarrierError, Array.Empty<PyObject>()));

    private void Break()
    {
        _broken = true;
        _gen.Broken = true;
        _gen.Done.Set();
        _gen = new Generation();
        _count = 0;
    }

    private PyObject Wait(double timeout)
    {
        if (_broken)
            throw Broken();
        if (timeout < 0)
            timeout = _timeout;
        var gen = _gen;
        int index = _count++;
        if (_count == _parties)
        {
            try
            {
                if (_action is not null)
                    _action.Call(Array.Empty<PyObject>());
            }
            catch
            {
                Break();
                throw;
            }
            _count = 0;
            _gen = new Generation();
            gen.Done.Set();
            return PyInt.From(index);
        }
        bool ok;
        try
        {
            ok = Blocking.Wait(ms => gen.Done.Wait(ms), timeout);
        }
        catch
        {
            if (ReferenceEquals(gen, _gen))
                Break();
            throw;
        }
        if (!ok)
        {
            if (ReferenceEquals(gen, _gen))
                Break();
            throw Broken();
        }
        if (gen.Broken)
            throw Broken();
        return PyInt.From(index);
    }

    protected override PyObject? GetData(string name) => name switch
    {
        "parties" => PyInt.From(_parties),
        "n_waiting" => PyInt.From(_count),
        "broken" => PyBool.From(_broken),
        _ => null,
    };

    protected override PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "wait":
                return Wait(new Args(args, kw, "wait", "timeout").Timeout(0));
            case "abort":
                Break();
                return PyNone.Instance;
            case "reset":
                if (_count > 0)
                    Break();
                _broken = false;
                return PyNone.Instance;
        }
        return null;
    }
}
