using System;

namespace Pyrolyn.Runtime;

/// <summary>The raise statement and exception matching for compiled code.</summary>
public static class Raise
{
    /// <summary><c>raise X</c>.</summary>
    public static PyException Exception(PyObject excOrType)
    {
        var e = PyException.FromRaise(excOrType);
        return e;
    }

    /// <summary><c>raise X from Y</c> (Y may be None).</summary>
    public static PyException From(PyObject excOrType, PyObject cause)
    {
        var e = PyException.FromRaise(excOrType);
        if (cause is PyNone)
        {
            e.Value.Cause = null;
        }
        else
        {
            var c = cause is PyType t && t.IsSubtypeOf(ExceptionTypes.BaseException)
                ? PyException.FromRaise(t).Value
                : cause as PyBaseException ?? throw Errors.TypeError("exception causes must derive from BaseException");
            e.Value.Cause = c;
        }
        e.Value.SuppressContext = true;
        return e;
    }

    /// <summary>A bare <c>raise</c> with no exception being handled.</summary>
    public static PyException NoActive() => Errors.RuntimeError("No active exception to reraise");

    /// <summary>Exception filter run when an exception leaves an except block: links it to the
    /// exception being handled (<c>__context__</c>). Always false.</summary>
    public static bool SetContext(PyException raised, PyException handled)
    {
        var v = raised.Value;
        var h = handled.Value;
        if (!ReferenceEquals(v, h) && v.Context is null)
        {
            // Avoid cycles, as CPython does.
            for (var c = h.Context; c is not null; c = c.Context)
                if (ReferenceEquals(c, v))
                    return false;
            v.Context = h;
        }
        return false;
    }

    /// <summary><c>except T:</c> test; T is a class or a tuple of classes.</summary>
    public static bool Matches(PyException e, PyObject typeOrTuple)
    {
        var type = e.Value.Type;
        if (typeOrTuple is PyType t)
        {
            if (!t.IsSubtypeOf(ExceptionTypes.BaseException))
                throw Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");
            return type.IsSubtypeOf(t);
        }
        if (typeOrTuple is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
                if (Matches(e, item))
                    return true;
            return false;
        }
        throw Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /// <summary>CLR exceptions that escape runtime code become Python exceptions.</summary>
    public static PyException Translate(Exception e) => e switch
    {
        PyException p => p,
        InsufficientExecutionStackException => Errors.RecursionError(),
        DivideByZeroException => Errors.ZeroDivisionError("division by zero"),
        OutOfMemoryException => Errors.New(ExceptionTypes.MemoryError, ""),
        _ => Errors.New(ExceptionTypes.SystemError, e.GetType().Name + ": " + e.Message),
    };
}
