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

    /// <summary>A bare <c>raise</c> outside an except clause of its own function: re-raises the
    /// exception the thread is handling (a caller's except clause), else RuntimeError.</summary>
    public static PyException NoActive() => t_handled ?? Errors.RuntimeError("No active exception to reraise");

    // The exception the current thread's innermost running except clause handles (sys.exc_info()).
    [ThreadStatic]
    private static PyException? t_handled;

    /// <summary>The exception being handled on this thread, or null.</summary>
    public static PyException? Handled => t_handled;

    /// <summary>An except clause of <paramref name="function"/> caught <paramref name="e"/>: records
    /// the catching frame in the traceback and enters the handler (see <see cref="Enter(PyException)"/>).</summary>
    public static PyException? Enter(PyException e, string file, int line, string function)
    {
        e.Value.AddCatchingFrame(new TracebackEntry(file, line, function));
        return Enter(e);
    }

    /// <summary>Starts handling <paramref name="e"/>: it becomes sys.exc_info(), and its
    /// <c>__context__</c> is the exception handled when it was raised (the try statement runs
    /// inside the same handlers as its body, so that is the one handled now). Returns the
    /// previously handled exception, for <see cref="Exit"/>.</summary>
    public static PyException? Enter(PyException e)
    {
        var previous = t_handled;
        if (previous is not null)
            LinkContext(e.Value, previous.Value);
        t_handled = e;
        return previous;
    }

    /// <summary>Makes <paramref name="e"/> the handled exception without linking contexts (an
    /// except* clause handling its part of the group); returns the previous one, for <see cref="Exit"/>.</summary>
    public static PyException? Swap(PyException e)
    {
        var previous = t_handled;
        t_handled = e;
        return previous;
    }

    /// <summary>Leaves an except clause: the previously handled exception is current again.</summary>
    public static void Exit(PyException? previous) => t_handled = previous;

    /// <summary>Exception filter run when an exception leaves an except block: links it to the
    /// exception being handled (<c>__context__</c>). Always false.</summary>
    public static bool SetContext(PyException raised, PyException handled)
    {
        LinkContext(raised.Value, handled.Value);
        return false;
    }

    /// <summary>Exception filter of a try/finally: remembers the exception leaving the try body,
    /// so that one raised by the finally body gets it as <c>__context__</c>. Always false.</summary>
    public static bool Pending(PyException e, ref PyException? pending)
    {
        pending = e;
        return false;
    }

    private static void LinkContext(PyBaseException v, PyBaseException h)
    {
        if (!ReferenceEquals(v, h) && v.Context is null)
        {
            // Avoid cycles, as CPython does.
            for (var c = h.Context; c is not null; c = c.Context)
                if (ReferenceEquals(c, v))
                    return;
            v.Context = h;
        }
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
