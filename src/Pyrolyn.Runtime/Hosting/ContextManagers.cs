namespace Pyrolyn.Runtime;

/// <summary>The with statement (PEP 343): __enter__/__exit__ looked up on the type.</summary>
public static class ContextManagers
{
    public static PyObject Exit(PyObject manager)
    {
        if (manager.Type.Lookup("__enter__") is null && manager is PyInstance)
            throw Errors.TypeError($"'{manager.Type.Name}' object does not support the context manager protocol");
        if (manager is PyInstance && manager.Type.Lookup("__exit__") is null)
            throw Errors.TypeError($"'{manager.Type.Name}' object does not support the context manager protocol (missed __exit__ method)");
        try
        {
            return manager.GetAttr("__exit__");
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            throw Errors.TypeError($"'{manager.Type.Name}' object does not support the context manager protocol");
        }
    }

    public static PyObject Enter(PyObject manager) => Calls.Method0(manager, "__enter__");

    /// <summary>__exit__ runs like an except clause: the exception is sys.exc_info() meanwhile.</summary>
    public static bool ExitWithException(PyObject exit, PyException e)
    {
        var previous = Raise.Enter(e);
        try
        {
            return Ops.IsTrue(Calls.Call3(exit, e.Value.Type, e.Value, e.Value.GetAttr("__traceback__")));
        }
        catch (PyException inner) when (Raise.SetContext(inner, e))
        {
            throw;
        }
        finally
        {
            Raise.Exit(previous);
        }
    }

    public static void ExitNormally(PyObject exit) =>
        Calls.Call3(exit, PyNone.Instance, PyNone.Instance, PyNone.Instance);
}
