using System;

namespace Pyrolyn.Runtime;

/// <summary>A builtin function object (<c>len</c>, <c>math.sqrt</c>): a name and a delegate
/// taking vectorcall arguments.</summary>
public sealed class PyBuiltinFunction : PyObject
{
    public PyBuiltinFunction(string name, Func<PyObject[], string[]?, PyObject> func, string? module = "builtins")
    {
        Name = name;
        Func = func;
        Module = module;
    }

    public string Name { get; }
    public string? Module { get; }
    public Func<PyObject[], string[]?, PyObject> Func { get; }

    public override PyType Type => BuiltinTypes.BuiltinFunction;
    public override string Repr() => $"<built-in function {Name}>";
    public override PyObject Call(PyObject[] args, string[]? kwnames = null) => Func(args, kwnames);

    public override PyObject GetAttr(string name) => name switch
    {
        "__name__" or "__qualname__" => new PyStr(Name),
        "__module__" => Module is null ? PyNone.Instance : new PyStr(Module),
        "__class__" => Type,
        _ => throw Errors.AttributeError($"'builtin_function_or_method' object has no attribute '{name}'"),
    };

    /// <summary>Wraps a one-argument builtin with CPython's "takes exactly one argument".</summary>
    public static PyBuiltinFunction One(string name, Func<PyObject, PyObject> f, string module = "builtins") =>
        new(name, (a, k) => f(ArgCheck.One(a, k, name)), module);
}
