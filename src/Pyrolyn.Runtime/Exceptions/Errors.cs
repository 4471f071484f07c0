namespace Pyrolyn.Runtime;

/// <summary>
/// Builds the exceptions the runtime raises, with CPython's messages. Each returns the CLR
/// carrier, so call sites read <c>throw Errors.TypeError("...")</c>.
/// </summary>
public static class Errors
{
    public static PyException New(PyType type, string message) => new(new PyBaseException(type, message));

    public static PyException TypeError(string message) => New(ExceptionTypes.TypeError, message);
    public static PyException ValueError(string message) => New(ExceptionTypes.ValueError, message);
    public static PyException AttributeError(string message) => New(ExceptionTypes.AttributeError, message);
    public static PyException NameError(string name) => New(ExceptionTypes.NameError, $"name '{name}' is not defined");
    public static PyException UnboundLocal(string name) =>
        New(ExceptionTypes.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");
    public static PyException IndexError(string message) => New(ExceptionTypes.IndexError, message);
    public static PyException KeyError(PyObject key) => new(new PyBaseException(ExceptionTypes.KeyError, new[] { key }));
    public static PyException ZeroDivisionError(string message) => New(ExceptionTypes.ZeroDivisionError, message);
    public static PyException OverflowError(string message) => New(ExceptionTypes.OverflowError, message);
    public static PyException RecursionError() => New(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
    public static PyException StopIteration() => new(new PyBaseException(ExceptionTypes.StopIteration, System.Array.Empty<PyObject>()));
    public static PyException NotImplementedError(string message) => New(ExceptionTypes.NotImplementedError, message);
    public static PyException AssertionError(PyObject? message) =>
        new(new PyBaseException(ExceptionTypes.AssertionError, message is null ? System.Array.Empty<PyObject>() : new[] { message }));
    public static PyException RuntimeError(string message) => New(ExceptionTypes.RuntimeError, message);
    public static PyException ImportError(string message) => New(ExceptionTypes.ImportError, message);
    public static PyException ModuleNotFoundError(string name) => New(ExceptionTypes.ModuleNotFoundError, $"No module named '{name}'");
    public static PyException OSError(string message) => New(ExceptionTypes.OSError, message);
    public static PyException UnicodeDecodeError(string message) => New(ExceptionTypes.UnicodeDecodeError, message);
}
