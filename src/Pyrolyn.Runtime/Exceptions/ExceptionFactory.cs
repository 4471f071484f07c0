using System;

namespace Pyrolyn.Runtime;

/// <summary>Creates instances of the builtin exception types (BaseException.__new__ + __init__).</summary>
internal static class ExceptionFactory
{
    public static PyObject Create(PyType type, PyObject[] args, string[]? kwnames)
    {
        string[] keywords = Array.Empty<string>();
        if (kwnames is { Length: > 0 })
        {
            keywords = AllowedKeywords(type);
            foreach (string k in kwnames)
            {
                if (Array.IndexOf(keywords, k) < 0)
                {
                    if (keywords.Length == 0)
                        throw Errors.TypeError($"{type.Name}() takes no keyword arguments");
                    throw Errors.TypeError($"'{k}' is an invalid keyword argument for {type.Name}()");
                }
            }
        }
        int positional = args.Length - (kwnames?.Length ?? 0);
        var positionalArgs = positional == args.Length ? args : args.AsSpan(0, positional).ToArray();
        if (type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
            type = CheckGroup(type, positionalArgs);
        var exc = new PyBaseException(OSErrorFields.SubtypeFor(type, positionalArgs), positionalArgs);
        for (int i = 0; i < (kwnames?.Length ?? 0); i++)
            exc.SetAttr(kwnames![i], args[positional + i]);
        return exc;
    }

    private static string[] AllowedKeywords(PyType type)
    {
        if (type.IsSubtypeOf(ExceptionTypes.ImportError))
            return new[] { "name", "path" };
        if (type.IsSubtypeOf(ExceptionTypes.AttributeError))
            return new[] { "name", "obj" };
        if (type.IsSubtypeOf(ExceptionTypes.NameError))
            return new[] { "name" };
        return Array.Empty<string>();
    }

    /// <summary>BaseExceptionGroup(message, exceptions): checks the arguments; a group of
    /// Exception instances only is an ExceptionGroup.</summary>
    private static PyType CheckGroup(PyType type, PyObject[] args)
    {
        if (args.Length != 2)
            throw Errors.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)");
        if (args[0] is not PyStr)
            throw Errors.TypeError($"argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is PySet or PyDict || !(args[1] is PyList or PyTuple or PyStr))
            throw Errors.TypeError("second argument (exceptions) must be a sequence");
        var items = Ops.ToArray(args[1]);
        if (items.Length == 0)
            throw Errors.ValueError("second argument (exceptions) must be a non-empty sequence");
        bool allExceptions = true;
        foreach (var item in items)
        {
            if (item is not PyBaseException e)
                throw Errors.ValueError($"Item {Array.IndexOf(items, item)} of second argument (exceptions) is not an exception");
            allExceptions &= e.Type.IsSubtypeOf(ExceptionTypes.Exception);
        }
        if (ReferenceEquals(type, ExceptionTypes.BaseExceptionGroup) && allExceptions)
            return ExceptionTypes.ExceptionGroup;
        if (type.IsSubtypeOf(ExceptionTypes.Exception) && !allExceptions)
            throw Errors.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
        return type;
    }
}
