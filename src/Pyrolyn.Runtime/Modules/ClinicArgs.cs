using System;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// Argument parsing for C-implemented stdlib callables that accept keywords (Argument Clinic
/// and PyArg_ParseTupleAndKeywords), with their messages: too many positional first, then a
/// missing required argument, then an unknown keyword.
/// </summary>
internal static class ClinicArgs
{
    /// <summary>Slots by parameter; null = not passed.</summary>
    public static PyObject?[] Parse(string func, PyObject[] args, string[]? kwnames, string[] names, int required, int maxPositional = -1)
    {
        if (maxPositional < 0)
            maxPositional = names.Length;
        int npos = ArgCheck.PositionalCount(args, kwnames);
        if (npos > maxPositional)
        {
            if (maxPositional < names.Length)
                throw Errors.TypeError($"{func}() takes at most {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({npos} given)");
            throw Errors.TypeError($"{func}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({npos} given)");
        }
        var slots = new PyObject?[names.Length];
        Array.Copy(args, slots, npos);
        string? unknown = null;
        if (kwnames is not null)
        {
            for (int k = 0; k < kwnames.Length; k++)
            {
                int i = Array.IndexOf(names, kwnames[k]);
                if (i < 0)
                {
                    unknown ??= kwnames[k];
                    continue;
                }
                if (slots[i] is not null)
                    throw Errors.TypeError($"argument for {func}() given by name ('{names[i]}') and position ({i + 1})");
                slots[i] = args[npos + k];
            }
        }
        for (int i = 0; i < required; i++)
            if (slots[i] is null)
                throw Errors.TypeError($"{func}() missing required argument '{names[i]}' (pos {i + 1})");
        if (unknown is not null)
            throw Errors.TypeError($"'{unknown}' is an invalid keyword argument for {func}()");
        return slots;
    }

    /// <summary>A Py_ssize_t argument via __index__.</summary>
    public static long Index(PyObject o)
    {
        if (o is PyInt i)
            return i.IsSmall ? i.Small : throw Errors.OverflowError("Python int too large to convert to C ssize_t");
        if (o.Type.Lookup("__index__") is not null && o.CallMethod("__index__", Array.Empty<PyObject>()) is PyInt r)
            return Index(r);
        throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }
}
