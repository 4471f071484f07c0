using System.Runtime.CompilerServices;

using Pyrolyn.Runtime.Threading;

namespace Pyrolyn.Runtime;

/// <summary>The builtin methods that method call sites call directly on exact builtin receivers.</summary>
internal enum BuiltinMethod : byte
{
    None,
    Append,
    Pop,
    Add,
    Remove,
    Discard,
    Get,
    SetDefault,
    Join,
    Send,
}

/// <summary>
/// <c>o.m(a, b)</c> on an exact list, dict, set or str (or a generator's send) with 0-2 positional arguments: the typed
/// method runs directly, with no argument array and no name switch. Exact types only: a builtin
/// type's methods cannot be replaced and its instances have no attributes to shadow them, while
/// subclasses (Python classes, defaultdict, Counter, ...) keep the general path. Each helper
/// returns null when it does not apply; results and errors match the general dispatch.
/// </summary>
internal static class BuiltinMethods
{
    internal static BuiltinMethod IdOf(string name) => name switch
    {
        "append" => BuiltinMethod.Append,
        "pop" => BuiltinMethod.Pop,
        "add" => BuiltinMethod.Add,
        "remove" => BuiltinMethod.Remove,
        "discard" => BuiltinMethod.Discard,
        "get" => BuiltinMethod.Get,
        "setdefault" => BuiltinMethod.SetDefault,
        "join" => BuiltinMethod.Join,
        "send" => BuiltinMethod.Send,
        _ => BuiltinMethod.None,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject? Call0(PyObject o, BuiltinMethod m)
    {
        if (m == BuiltinMethod.Pop && o is PyList list)
            return list.Pop(-1);
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject? Call1(PyObject o, BuiltinMethod m, PyObject a)
    {
        switch (m)
        {
            case BuiltinMethod.Append when o is PyList list:
                list.Append(a);
                return PyNone.Instance;
            case BuiltinMethod.Pop when o is PyList list && a.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(a).IsSmall:
                return list.Pop(Unsafe.As<PyInt>(a).Small);
            case BuiltinMethod.Send when o is PyGenerator g:
                return g.Send(a);
            case BuiltinMethod.Add when o is PySet set:
                set.AddKey(a);
                return PyNone.Instance;
            case BuiltinMethod.Remove when o is PySet set:
                if (!set.Discard(a)) throw Errors.KeyError(a);
                return PyNone.Instance;
            case BuiltinMethod.Discard when o is PySet set:
                set.Discard(a);
                return PyNone.Instance;
            case BuiltinMethod.Get when o.GetType() == typeof(PyDict):
                return Unsafe.As<PyDict>(o).TryGetValue(a, out var v) ? v : PyNone.Instance;
            case BuiltinMethod.Join when o.GetType() == typeof(PyStr):
                return PyStr.Join(Unsafe.As<PyStr>(o), a);
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject? Call2(PyObject o, BuiltinMethod m, PyObject a, PyObject b)
    {
        if (o.GetType() != typeof(PyDict))
            return null;
        var d = Unsafe.As<PyDict>(o);
        switch (m)
        {
            case BuiltinMethod.Get:
                return d.TryGetValue(a, out var v) ? v : b;
            case BuiltinMethod.SetDefault when Gil.Enabled:
                if (d.TryGetValue(a, out var s)) return s;
                d.SetItem(a, b);
                return b;
        }
        return null;
    }
}
