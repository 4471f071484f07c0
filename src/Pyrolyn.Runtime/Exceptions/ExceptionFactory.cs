namespace Pyrolyn.Runtime;

/// <summary>Creates instances of the builtin exception types (BaseException.__new__ + __init__).</summary>
internal static class ExceptionFactory
{
    public static PyObject Create(PyType type, PyObject[] args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 })
            throw Errors.TypeError($"{type.Name}() takes no keyword arguments");
        return new PyBaseException(OSErrorFields.SubtypeFor(type, args), args);
    }
}
