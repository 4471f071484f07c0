namespace Pyrolyn.Runtime;

/// <summary>object.__format__ and format() entry points.</summary>
public static class Formatting
{
    /// <summary><c>object.__format__</c>: str(self) when the spec is empty, else TypeError.</summary>
    public static string DefaultFormat(PyObject value, string spec)
    {
        if (spec.Length == 0) return Ops.Str(value);
        throw Errors.TypeError($"unsupported format string passed to {value.Type.Name}.__format__");
    }
}
