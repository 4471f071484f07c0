using System;

namespace Pyrolyn.Runtime;

// CONTRACT STUB (partial list): the operations emitted code calls. The owner fills the bodies and
// adds the rest of the API described in src/Pyrolyn.Runtime/README.md.
public static partial class Ops
{
    public static bool IsTrue(PyObject value) => value.IsTrue();
    public static string Repr(PyObject value) => value.Repr();
    public static string Str(PyObject value) => value.Str();
    public static PyObject[] ToArray(PyObject iterable) => throw new NotImplementedException();
    public static bool ContainsByIteration(PyObject container, PyObject item) => throw new NotImplementedException();
}
