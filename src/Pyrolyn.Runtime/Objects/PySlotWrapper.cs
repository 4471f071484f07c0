using System;

namespace Pyrolyn.Runtime;

/// <summary>
/// A builtin method of <c>object</c> or <c>BaseException</c> that takes self first
/// (<c>__init__</c>, <c>__str__</c>...): CPython's <c>wrapper_descriptor</c>. Unlike a plain
/// builtin function it binds to the instance, so <c>super().__init__(msg)</c> reaches it with self.
/// </summary>
public sealed class PySlotWrapper : PyObject
{
    public PySlotWrapper(PyType owner, string name, Func<PyObject[], string[]?, PyObject> func)
    {
        Owner = owner;
        Name = name;
        Func = func;
    }

    public PyType Owner { get; }
    public string Name { get; }
    public Func<PyObject[], string[]?, PyObject> Func { get; }

    public override PyType Type => BuiltinTypes.BuiltinFunction;

    public override string Repr() => $"<slot wrapper '{Name}' of '{Owner.Name}' objects>";

    /// <summary>Called unbound (<c>object.__init__(self)</c>): the first argument is self.</summary>
    public override PyObject Call(PyObject[] args, string[]? kwnames = null)
    {
        if (args.Length == 0 || (kwnames is not null && args.Length == kwnames.Length))
            throw Errors.TypeError($"descriptor '{Name}' of '{Owner.Name}' object needs an argument");
        return Func(args, kwnames);
    }

    public override PyObject GetAttr(string name) => name switch
    {
        "__name__" => new PyStr(Name),
        "__qualname__" => new PyStr(Owner.Name + "." + Name),
        "__objclass__" => Owner,
        "__class__" => Type,
        _ => throw Errors.AttributeError($"'wrapper_descriptor' object has no attribute '{name}'"),
    };
}
