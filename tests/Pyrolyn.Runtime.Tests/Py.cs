using Pyrolyn.Runtime;

namespace Pyrolyn.Runtime.Tests;

/// <summary>Small helpers to build Python values in tests.</summary>
internal static class Py
{
    public static PyObject I(long v) => PyInt.From(v);
    public static PyObject F(double v) => new PyFloat(v);
    public static PyObject S(string v) => new PyStr(v);
    public static PyList L(params long[] v) => new(Array.ConvertAll(v, x => (PyObject)PyInt.From(x)));
    public static PySet Set(params long[] v) => new(Array.ConvertAll(v, x => (PyObject)PyInt.From(x)));
    public static PyObject Call(string builtin, params PyObject[] args) => Builtins.Lookup(builtin)!.Call(args);
    public static PyObject Method(PyObject o, string name, params PyObject[] args) => o.CallMethod(name, args);
    public static string R(PyObject o) => o.Repr();

    public static PyException Raises(Action a)
    {
        try { a(); }
        catch (PyException e) { return e; }
        throw new Xunit.Sdk.XunitException("expected a Python exception");
    }

    public static string Message(Action a)
    {
        var e = Raises(a);
        return e.Value.Type.Name + ": " + e.Value.Str();
    }
}
