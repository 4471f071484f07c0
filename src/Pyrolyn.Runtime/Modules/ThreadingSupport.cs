using System;
using System.Threading;
using Pyrolyn.Runtime.Threading;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// Shared plumbing for the thread-related builtin modules (threading, queue, concurrent.futures,
/// time): native object base class, argument parsing, and GIL-aware monitor entry.
/// </summary>
public abstract class NativeObject : PyObject
{
    /// <summary>The method switch of the concrete type; null for unknown names.</summary>
    protected abstract PyObject? Dispatch(string name, PyObject[] args, string[]? kwnames);

    /// <summary>Data attributes (read-only properties); null for unknown names.</summary>
    protected virtual PyObject? GetData(string name) => null;

    public override PyObject GetAttr(string name) => GetData(name) ?? BuiltinAttr.Get(this, name);

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    /// <summary>The dispatcher registered on the type's method descriptors.</summary>
    public static readonly BuiltinDispatcher Dispatcher =
        static (self, name, args, kw) => ((NativeObject)self).Dispatch(name, args, kw);

    public static PyType MakeType(string name, string module, PyType.Factory? factory, params string[] methods)
    {
        var t = new PyType(name, new[] { BuiltinTypes.Object }, module, factory);
        BuiltinAttr.Register(t, Dispatcher, methods);
        return t;
    }
}

/// <summary>Vectorcall argument parsing by position or keyword.</summary>
internal readonly struct Args
{
    private readonly PyObject[] _args;
    private readonly string[]? _kw;
    private readonly int _npos;
    private readonly string _func;

    public Args(PyObject[] args, string[]? kwnames, string func, params string[] names)
    {
        _args = args;
        _kw = kwnames;
        _npos = ArgCheck.PositionalCount(args, kwnames);
        _func = func;
        if (_npos > names.Length)
            throw Errors.TypeError($"{func}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({_npos} given)");
        if (kwnames is not null)
            foreach (var k in kwnames)
                if (Array.IndexOf(names, k) < 0)
                    throw Errors.TypeError($"{func}() got an unexpected keyword argument '{k}'");
        Names = names;
    }

    public string[] Names { get; }

    public PyObject? this[int i]
    {
        get
        {
            if (i < _npos)
                return _args[i];
            return ArgCheck.Kw(_args, _kw, Names[i]);
        }
    }

    public PyObject Required(int i) =>
        this[i] ?? throw Errors.TypeError($"{_func}() missing required argument '{Names[i]}' (pos {i + 1})");

    public bool Bool(int i, bool dflt) => this[i] is { } v ? Ops.IsTrue(v) : dflt;

    /// <summary>A timeout in seconds: None → negative (forever).</summary>
    public double Timeout(int i) => this[i] is { } v and not PyNone ? Seconds(v) : -1;

    public static double Seconds(PyObject v)
    {
        if (v is PyFloat f)
            return f.Value;
        if (v is PyInt n)
            return n.IsSmall ? n.Small : n.ToDouble();
        throw Errors.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer");
    }
}

internal static class MonitorGil
{
    /// <summary>Enters a CLR monitor that other threads may hold while waiting for the GIL:
    /// never block on it while holding the GIL (that would deadlock), release the GIL instead.</summary>
    public static void Enter(object o)
    {
        if (Monitor.TryEnter(o))
            return;
        using (Gil.Release())
            Monitor.Enter(o);
    }
}
