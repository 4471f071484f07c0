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

/// <summary>Helpers for displays, calls with unpacking and f-strings.</summary>
public static class Build
{
    public static PyObject Builtin(string name) => Builtins.Lookup(name) ?? throw Errors.NameError(name);

    /// <summary>Items where <paramref name="starred"/> marks <c>*iterable</c> entries, as a list.</summary>
    public static PyList List(PyObject[] items, bool[] starred)
    {
        var list = new PyList();
        for (int i = 0; i < items.Length; i++)
        {
            if (starred[i])
                foreach (var x in Ops.ToArray(items[i]))
                    list.Append(x);
            else
                list.Append(items[i]);
        }
        return list;
    }

    public static PyTuple Tuple(PyObject[] items, bool[] starred)
    {
        var list = List(items, starred);
        var arr = new PyObject[list.Count];
        for (int i = 0; i < arr.Length; i++)
            arr[i] = list[i];
        return new PyTuple(arr);
    }

    /// <summary>Positional call arguments with <c>*iterable</c> items; a non-iterable names the
    /// function, as CPython does.</summary>
    public static PyTuple CallArgs(PyObject function, PyObject[] items, bool[] starred)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (starred[i] && items[i] is not (PyTuple or PyList or PyDict or PyStr) && items[i].Type.Lookup("__iter__") is null
                && items[i].Type.Lookup("__getitem__") is null && !IsIterable(items[i]))
                throw Errors.TypeError($"{Calls.FunctionName(function)}() argument after * must be an iterable, not {items[i].Type.Name}");
        }
        return Tuple(items, starred);
    }

    private static bool IsIterable(PyObject o)
    {
        try
        {
            Ops.GetIter(o);
            return true;
        }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError)
        {
            return false;
        }
    }

    /// <summary>Keyword arguments where a null name marks a <c>**mapping</c>.</summary>
    public static PyDict Keywords(PyObject function, string?[] names, PyObject[] values)
    {
        var d = new PyDict();
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i] is { } n)
            {
                var key = new PyStr(n);
                if (d.Contains(key))
                    throw Errors.TypeError($"{Calls.FunctionName(function)}() got multiple values for keyword argument '{n}'");
                d.SetItem(key, values[i]);
            }
            else
            {
                Calls.MergeKeywords(d, values[i], function);
            }
        }
        return d;
    }

    /// <summary>Dict display entries; a null key marks <c>**mapping</c>.</summary>
    public static PyDict Dict(PyObject?[] keys, PyObject[] values)
    {
        var d = new PyDict();
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } k)
                d.SetItem(k, values[i]);
            else
                foreach (var key in Ops.ToArray(values[i]))
                    d.SetItem(key, values[i].GetItem(key));
        }
        return d;
    }

    /// <summary>A set display, as BUILD_SET/SET_ADD/SET_UPDATE build it: items added in order, a
    /// starred iterable merged in (a set or dict source is merged table to table, which decides
    /// the new set's layout and so its iteration order).</summary>
    public static PyObject Set(PyObject[] items, bool[] starred)
    {
        var set = new PySet();
        for (int i = 0; i < items.Length; i++)
        {
            if (starred[i])
                set.UpdateInternal(items[i]);
            else
                set.AddKey(items[i]);
        }
        return set;
    }

    /// <summary>A set display of three or more constants. CPython compiles it to an empty set
    /// updated from a frozenset constant, so the result has the merged layout (and iteration
    /// order), not the one adding the items would give.</summary>
    public static PyObject ConstantSet(PyObject[] items)
    {
        var constant = ConstantFrozenSet(items);
        var set = new PySet();
        set.UpdateInternal(constant);
        return set;
    }

    /// <summary>A frozenset constant as CPython's compiler makes one: built from the items in
    /// order, then rebuilt from its own iteration order when constants are merged, which moves
    /// colliding items (hash(-1) == hash(-2)). Also what a for loop over a set display of
    /// constants iterates.</summary>
    public static PyFrozenSet ConstantFrozenSet(PyObject[] items)
    {
        var first = new PyFrozenSet();
        foreach (var x in items)
            first.AddKey(x);
        var merged = new PyFrozenSet();
        var iterator = Ops.GetIter(first);
        while (iterator.Next() is { } x)
            merged.AddKey(x);
        return merged;
    }

    /// <summary>One f-string replacement field: conversion (-1 none, 's', 'r', 'a') and spec.</summary>
    public static string FormatValue(PyObject value, int conversion, string spec)
    {
        switch (conversion)
        {
            case 's': value = new PyStr(Ops.Str(value)); break;
            case 'r': value = new PyStr(Ops.Repr(value)); break;
            case 'a': value = new PyStr(Ops.Ascii(value)); break;
        }
        if (spec.Length == 0 && value.GetType() == typeof(PyStr))
            return ((PyStr)value).Value;
        return Ops.Format(value, spec);
    }
}
