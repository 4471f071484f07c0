using System;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>Argument-count checks for builtin methods, with CPython's exact messages
/// (which differ between METH_O, METH_NOARGS and Argument Clinic functions).</summary>
public static class ArgCheck
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void NoKw(string[]? kwnames, string qualName)
    {
        if (kwnames is { Length: > 0 })
            throw Errors.TypeError($"{qualName}() takes no keyword arguments");
    }

    /// <summary>METH_O: "list.append() takes exactly one argument (0 given)".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject One(PyObject[] args, string[]? kwnames, string qualName)
    {
        if (kwnames is { Length: > 0 })
            throw Errors.TypeError($"{qualName}() takes no keyword arguments");
        if (args.Length != 1)
            throw Errors.TypeError($"{qualName}() takes exactly one argument ({args.Length} given)");
        return args[0];
    }

    /// <summary>METH_NOARGS: "list.copy() takes no arguments (1 given)".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void None(PyObject[] args, string[]? kwnames, string qualName)
    {
        if (kwnames is { Length: > 0 })
            throw Errors.TypeError($"{qualName}() takes no keyword arguments");
        if (args.Length != 0)
            throw Errors.TypeError($"{qualName}() takes no arguments ({args.Length} given)");
    }

    /// <summary>Argument Clinic positional-only: "pop expected at most 1 argument, got 2".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Range(PyObject[] args, string[]? kwnames, string name, int min, int max)
    {
        if (kwnames is { Length: > 0 })
            throw Errors.TypeError($"{name}() takes no keyword arguments");
        if (args.Length < min || args.Length > max)
            throw RangeError(args.Length, name, min, max);
    }

    private static PyException RangeError(int n, string name, int min, int max)
    {
        if (min == max)
            return Errors.TypeError($"{name} expected {min} argument{(min == 1 ? "" : "s")}, got {n}");
        if (n < min)
            return Errors.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}");
        return Errors.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>Old-style "split() takes at most 2 arguments (3 given)".</summary>
    public static PyException TakesAtMost(string name, int max, int given) =>
        Errors.TypeError($"{name}() takes at most {max} argument{(max == 1 ? "" : "s")} ({given} given)");

    public static PyException TakesAtLeast(string name, int min, int given) =>
        Errors.TypeError($"{name}() takes at least {min} argument{(min == 1 ? "" : "s")} ({given} given)");

    /// <summary>Splits vectorcall arguments into positional and a keyword lookup.</summary>
    public static int PositionalCount(PyObject[] args, string[]? kwnames) =>
        kwnames is null ? args.Length : args.Length - kwnames.Length;

    /// <summary>Finds keyword <paramref name="name"/>, or null.</summary>
    public static PyObject? Kw(PyObject[] args, string[]? kwnames, string name)
    {
        if (kwnames is null)
            return null;
        int start = args.Length - kwnames.Length;
        for (int i = 0; i < kwnames.Length; i++)
            if (kwnames[i] == name)
                return args[start + i];
        return null;
    }

    /// <summary>Rejects keywords not in <paramref name="allowed"/> with CPython's message.</summary>
    public static void OnlyKw(string[]? kwnames, string funcName, params string[] allowed)
    {
        if (kwnames is null)
            return;
        foreach (var k in kwnames)
            if (Array.IndexOf(allowed, k) < 0)
                throw Errors.TypeError($"{funcName}() got an unexpected keyword argument '{k}'");
    }

    /// <summary>Like <see cref="OnlyKw"/> with the message of Argument Clinic functions
    /// ("'x' is an invalid keyword argument for split()").</summary>
    public static void OnlyKwClinic(string[]? kwnames, string funcName, params string[] allowed)
    {
        if (kwnames is null)
            return;
        foreach (var k in kwnames)
            if (Array.IndexOf(allowed, k) < 0)
                throw Errors.TypeError($"'{k}' is an invalid keyword argument for {funcName}()");
    }

    /// <summary>Converts an index-like argument (int or __index__) to long.</summary>
    public static long ToLong(PyObject o)
    {
        if (o is PyInt i)
        {
            if (i.IsSmall) return i.Small;
            throw Errors.OverflowError("Python int too large to convert to C ssize_t");
        }
        if (SequenceHelpers.AsIndex(o) is { } index)
            return ToLong(index);
        throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    /// <summary>Index conversion clamped to int (for sizes and positions in CLR arrays).</summary>
    public static long ToIndex(PyObject o)
    {
        if (o is PyInt i)
        {
            if (i.IsSmall) return i.Small;
            return i.ToBigInteger().Sign < 0 ? long.MinValue : long.MaxValue;
        }
        if (SequenceHelpers.AsIndex(o) is { } index)
            return ToIndex(index);
        throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    public static string ToStr(PyObject o, string context)
    {
        if (o is PyStr s) return s.Value;
        throw Errors.TypeError($"{context} must be str, not {o.Type.Name}");
    }
}
