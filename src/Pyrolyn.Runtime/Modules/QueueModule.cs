using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using Pyrolyn.Runtime.Threading;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// The <c>queue</c> module: Queue (FIFO), LifoQueue, PriorityQueue (heapq order) and
/// SimpleQueue.
///
/// Protocol: the items live in a CLR structure guarded by the queue's monitor <c>_sync</c>.
/// A thread holding the GIL never blocks on the monitor: it enters it with MonitorGil.Enter
/// (which releases the GIL while it blocks), because a thread inside MonitorGil.Enter may hold the
/// monitor while it waits for the GIL; the first check of a wait reads <c>_version</c> lock-free. Item comparisons of PriorityQueue run Python code, so they happen with the GIL
/// held, inside the monitor. A blocked get/put waits with the GIL released on the monitor
/// (Monitor.Wait) for a change, then retries with the GIL back. Invariant: the structure is only
/// mutated while holding <c>_sync</c>; <c>_version</c> increments on every mutation, and every
/// mutation pulses waiters.
/// </summary>
public sealed class PyQueue : NativeObject
{
    public enum Kind { Fifo, Lifo, Priority, Simple }

    public static readonly PyType QueueType = MakeType("Queue", "queue", static (t, a, k) => Create(Kind.Fifo, a, k), Methods);
    public static readonly PyType LifoType = MakeType("LifoQueue", "queue", static (t, a, k) => Create(Kind.Lifo, a, k), Methods);
    public static readonly PyType PriorityType = MakeType("PriorityQueue", "queue", static (t, a, k) => Create(Kind.Priority, a, k), Methods);
    public static readonly PyType SimpleType = MakeType("SimpleQueue", "_queue", static (t, a, k) => Create(Kind.Simple, a, k),
        "put", "get", "put_nowait", "get_nowait", "qsize", "empty");

    private static string[] Methods => new[] { "put", "get", "put_nowait", "get_nowait", "qsize", "empty", "full", "task_done", "join" };

    public static readonly PyType Empty = new("Empty", new[] { ExceptionTypes.Exception }, "_queue", ExceptionTypes.Exception.FactoryMethod);
    public static readonly PyType Full = new("Full", new[] { ExceptionTypes.Exception }, "queue", ExceptionTypes.Exception.FactoryMethod);

    private readonly Kind _kind;
    private readonly long _maxsize;
    private readonly List<PyObject> _items = new();
    private int _head; // FIFO: index of the first item
    private long _unfinished;
    private long _version;
    private readonly object _sync = new();

    private PyQueue(Kind kind, long maxsize)
    {
        _kind = kind;
        _maxsize = maxsize;
    }

    private static PyQueue Create(Kind kind, PyObject[] a, string[]? k)
    {
        if (kind == Kind.Simple)
        {
            ArgCheck.None(a, k, "SimpleQueue");
            return new PyQueue(kind, 0);
        }
        var p = new Args(a, k, "Queue", "maxsize");
        return new PyQueue(kind, p[0] is { } m ? ArgCheck.ToLong(m) : 0);
    }

    public override PyType Type => _kind switch
    {
        Kind.Fifo => QueueType,
        Kind.Lifo => LifoType,
        Kind.Priority => PriorityType,
        _ => SimpleType,
    };

    public override string Repr() => $"<{Type.QualifiedName} object at 0x{Identity.Of(this):x}>";

    private int Count => _items.Count - _head;

    private bool IsFull => _maxsize > 0 && Count >= _maxsize;

    private static PyException Raise(PyType t) => new(new PyBaseException(t, Array.Empty<PyObject>()));

    private void Changed()
    {
        _version++;
        // Waiters see _version change; waking them is a futex call that need not hold up the
        // threads waiting for the GIL: it happens when this thread releases the GIL.
        Pyrolyn.Runtime.Threading.Gil.PulseAllWhenReleased(_sync);
    }

    /// <summary>Waits, GIL released, until the queue changes or the deadline passes.</summary>
    private bool WaitForChange(long version, long deadline)
    {
        double seconds = deadline == long.MaxValue ? -1 : (double)(deadline - Stopwatch.GetTimestamp()) / Stopwatch.Frequency;
        if (deadline != long.MaxValue && seconds <= 0)
            return false;
        return Blocking.Wait(ms =>
        {
            // ms == 0 is Blocking.Wait's first check, made with the GIL held: it must not block
            // on the monitor, which a thread in MonitorGil.Enter may hold while it waits for the
            // GIL (that was a deadlock). _version only grows, so a lock-free read is enough to
            // see a change; "no change yet" makes Blocking.Wait release the GIL and come back.
            if (ms == 0)
                return Volatile.Read(ref _version) != version;
            lock (_sync)
            {
                if (_version != version)
                    return true;
                Monitor.Wait(_sync, ms);
                return _version != version;
            }
        }, seconds);
    }

    private static long Deadline(bool block, PyObject? timeoutArg)
    {
        if (!block || timeoutArg is null or PyNone)
            return long.MaxValue;
        double t = Args.Seconds(timeoutArg);
        if (t < 0)
            throw Errors.ValueError("'timeout' must be a non-negative number");
        return Stopwatch.GetTimestamp() + (long)(t * Stopwatch.Frequency);
    }

    public void Put(PyObject item, bool block, PyObject? timeout)
    {
        long deadline = Deadline(block, timeout);
        while (true)
        {
            long version;
            MonitorGil.Enter(_sync);
            try
            {
                if (!IsFull)
                {
                    Push(item);
                    if (_kind != Kind.Simple)
                        _unfinished++;
                    Changed();
                    return;
                }
                if (!block)
                    throw Raise(Full);
                version = _version;
            }
            finally
            {
                Monitor.Exit(_sync);
            }
            if (!WaitForChange(version, deadline) && deadline != long.MaxValue && Stopwatch.GetTimestamp() >= deadline)
                throw Raise(Full);
        }
    }

    public PyObject Get(bool block, PyObject? timeout)
    {
        long deadline = Deadline(block, timeout);
        while (true)
        {
            long version;
            MonitorGil.Enter(_sync);
            try
            {
                if (Count > 0)
                {
                    var item = Pop();
                    Changed();
                    return item;
                }
                if (!block)
                    throw Raise(Empty);
                version = _version;
            }
            finally
            {
                Monitor.Exit(_sync);
            }
            if (!WaitForChange(version, deadline) && deadline != long.MaxValue && Stopwatch.GetTimestamp() >= deadline)
                throw Raise(Empty);
        }
    }

    private void Push(PyObject item)
    {
        _items.Add(item);
        if (_kind == Kind.Priority)
            SiftDown(0, _items.Count - 1);
    }

    private PyObject Pop()
    {
        switch (_kind)
        {
            case Kind.Lifo:
            {
                var last = _items[^1];
                _items.RemoveAt(_items.Count - 1);
                return last;
            }
            case Kind.Priority:
            {
                // heapq.heappop
                var last = _items[^1];
                _items.RemoveAt(_items.Count - 1);
                if (_items.Count == 0)
                    return last;
                var ret = _items[0];
                _items[0] = last;
                SiftUp(0);
                return ret;
            }
            default:
            {
                var first = _items[_head];
                _items[_head] = null!;
                _head++;
                if (_head == _items.Count)
                {
                    _items.Clear();
                    _head = 0;
                }
                else if (_head > 64 && _head * 2 > _items.Count)
                {
                    _items.RemoveRange(0, _head);
                    _head = 0;
                }
                return first;
            }
        }
    }

    // heapq's _siftdown / _siftup, so that ties come out in CPython's order.
    private void SiftDown(int startpos, int pos)
    {
        var newitem = _items[pos];
        while (pos > startpos)
        {
            int parentpos = (pos - 1) >> 1;
            var parent = _items[parentpos];
            if (Ops.LtBool(newitem, parent))
            {
                _items[pos] = parent;
                pos = parentpos;
                continue;
            }
            break;
        }
        _items[pos] = newitem;
    }

    private void SiftUp(int pos)
    {
        int endpos = _items.Count;
        int startpos = pos;
        var newitem = _items[pos];
        int childpos = 2 * pos + 1;
        while (childpos < endpos)
        {
            int rightpos = childpos + 1;
            if (rightpos < endpos && !Ops.LtBool(_items[childpos], _items[rightpos]))
                childpos = rightpos;
            _items[pos] = _items[childpos];
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        _items[pos] = newitem;
        SiftDown(startpos, pos);
    }

    public void TaskDone()
    {
        MonitorGil.Enter(_sync);
        try
        {
            if (_unfinished <= 0)
                throw Errors.ValueError("task_done() called too many times");
            _unfinished--;
            Changed();
        }
        finally
        {
            Monitor.Exit(_sync);
        }
    }

    public void Join()
    {
        while (true)
        {
            long version;
            MonitorGil.Enter(_sync);
            try
            {
                if (_unfinished == 0)
                    return;
                version = _version;
            }
            finally
            {
                Monitor.Exit(_sync);
            }
            WaitForChange(version, long.MaxValue);
        }
    }

    protected override PyObject? GetData(string name) => name switch
    {
        "maxsize" when _kind != Kind.Simple => PyInt.From(_maxsize),
        "unfinished_tasks" when _kind != Kind.Simple => PyInt.From(_unfinished),
        _ => null,
    };

    protected override PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "put":
            {
                var p = new Args(args, kw, "put", "item", "block", "timeout");
                Put(p.Required(0), p.Bool(1, true), p[2]);
                return PyNone.Instance;
            }
            case "put_nowait":
                Put(ArgCheck.One(args, kw, "put_nowait"), false, null);
                return PyNone.Instance;
            case "get":
            {
                var p = new Args(args, kw, "get", "block", "timeout");
                return Get(p.Bool(0, true), p[1]);
            }
            case "get_nowait":
                ArgCheck.None(args, kw, "get_nowait");
                return Get(false, null);
            case "qsize":
                return PyInt.From(Count);
            case "empty":
                return PyBool.From(Count == 0);
            case "full":
                return PyBool.From(IsFull);
            case "task_done":
                TaskDone();
                return PyNone.Instance;
            case "join":
                Join();
                return PyNone.Instance;
        }
        return null;
    }
}

/// <summary>The <c>queue</c> module object.</summary>
public static class QueueModule
{
    public static PyModule Create()
    {
        var m = new PyModule("queue");
        m.Dict["Queue"] = PyQueue.QueueType;
        m.Dict["LifoQueue"] = PyQueue.LifoType;
        m.Dict["PriorityQueue"] = PyQueue.PriorityType;
        m.Dict["SimpleQueue"] = PyQueue.SimpleType;
        m.Dict["Empty"] = PyQueue.Empty;
        m.Dict["Full"] = PyQueue.Full;
        return m;
    }
}
