using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>Name-resolution failures and class-namespace lookups for compiled code.</summary>
public static class Names
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject Undefined(string name) => throw Errors.NameError(name);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject UnboundLocal(string name) => throw Errors.UnboundLocal(name);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject UnboundFree(string name) =>
        throw Errors.New(ExceptionTypes.NameError, $"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");

    /// <summary>A global that may be unbound falls back to the builtin of the same name.</summary>
    public static PyObject GlobalOrBuiltin(PyObject? value, string name) =>
        value ?? Builtins.Lookup(name) ?? throw Errors.NameError(name);

    /// <summary>Class bodies: the class namespace, or null to fall back to globals.</summary>
    public static PyObject? ClassLocal(Dictionary<string, PyObject> ns, string name) =>
        ns.TryGetValue(name, out var v) ? v : null;

    public static void DeleteClassLocal(Dictionary<string, PyObject> ns, string name)
    {
        if (!ns.Remove(name))
            throw Errors.NameError(name);
    }
}
