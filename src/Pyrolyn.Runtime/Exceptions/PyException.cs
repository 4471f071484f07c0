using System;

namespace Pyrolyn.Runtime;

/// <summary>
/// The CLR exception that carries a Python exception object up the .NET stack. Python code
/// raises with <c>throw new PyException(value)</c>; <c>except</c> clauses catch PyException and
/// test <see cref="Value"/>'s type.
/// </summary>
public sealed class PyException : Exception
{
    public PyException(PyBaseException value)
        : base(null)
    {
        Value = value;
        value.Carrier = this;
    }

    public PyBaseException Value { get; }

    public override string Message => Value.Type.Name + ": " + Value.Str();

    /// <summary>Records one frame of the Python traceback while the exception passes through a
    /// compiled function. Called from an exception filter, so it runs before unwinding and
    /// costs nothing on the normal path. Always returns false (the filter never catches).</summary>
    public bool AddFrame(string file, int line, string function)
    {
        Value.AddLeavingFrame(new TracebackEntry(file, line, function));
        return false;
    }

    /// <summary>Wraps a Python exception value or class for raising (<c>raise X</c>).</summary>
    public static PyException FromRaise(PyObject excOrType)
    {
        if (excOrType is PyBaseException e)
            return e.Carrier ?? new PyException(e);
        if (excOrType is PyType t && t.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            var instance = t.Call(Array.Empty<PyObject>());
            if (instance is PyBaseException created)
                return created.Carrier ?? new PyException(created);
        }
        return Errors.TypeError("exceptions must derive from BaseException");
    }
}
