using System;

namespace Pyrolyn.Runtime;

// CONTRACT STUB: the format-spec mini-language; the owner replaces the bodies.
public static class Formatting
{
    /// <summary><c>object.__format__</c>: str(self) when the spec is empty, else TypeError.</summary>
    public static string DefaultFormat(PyObject value, string spec) => throw new NotImplementedException();
}
