using System;

namespace Pyrolyn.Runtime;

/// <summary>Dispatches a builtin method by name; returns null for names the type lacks.
/// One switch per type serves both the descriptors and the fast <c>CallMethod</c> path.</summary>
public delegate PyObject? BuiltinDispatcher(PyObject self, string name, PyObject[] args, string[]? kwnames);

/// <summary>A builtin method stored in a builtin type's dict (<c>str.upper</c>,
/// <c>list.append</c>): CPython's <c>method_descriptor</c>.</summary>
public sealed class PyMethodDescriptor : PyObject
{
    public PyMethodDescriptor(PyType owner, string name, BuiltinDispatcher dispatcher)
    {
        Owner = owner;
        Name = name;
        Dispatcher = dispatcher;
    }

    public PyType Owner { get; }
    public string Name { get; }
    public BuiltinDispatcher Dispatcher { get; }

    public override PyType Type => BuiltinTypes.MethodDescriptor;

    public override string Repr() => $"<method '{Name}' of '{Owner.Name}' objects>";

    /// <summary>Binds to an instance (what attribute access on the instance returns).</summary>
    public PyObject BindTo(PyObject instance) => new PyBuiltinMethod(instance, this);

    public PyObject Invoke(PyObject self, PyObject[] args, string[]? kwnames)
    {
        if (!self.Type.IsSubtypeOf(Owner))
            throw Errors.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{self.Type.Name}' object");
        return Dispatcher(self, Name, args, kwnames)
            ?? throw Errors.AttributeError($"'{Owner.Name}' object has no attribute '{Name}'");
    }

    /// <summary><c>str.upper(s)</c>: the first positional argument is self.</summary>
    public override PyObject Call(PyObject[] args, string[]? kwnames = null)
    {
        int npos = kwnames is null ? args.Length : args.Length - kwnames.Length;
        if (npos < 1)
            throw Errors.TypeError($"unbound method {Owner.Name}.{Name}() needs an argument");
        var rest = new PyObject[args.Length - 1];
        Array.Copy(args, 1, rest, 0, rest.Length);
        return Invoke(args[0], rest, kwnames);
    }

    public override PyObject GetAttr(string name) => name switch
    {
        "__name__" => new PyStr(Name),
        "__qualname__" => new PyStr(Owner.Name + "." + Name),
        "__objclass__" => Owner,
        _ => throw Errors.AttributeError($"'method_descriptor' object has no attribute '{name}'"),
    };
}

/// <summary>A builtin method bound to its instance: <c>[].append</c>.</summary>
public sealed class PyBuiltinMethod : PyObject
{
    public PyBuiltinMethod(PyObject self, PyMethodDescriptor descriptor)
    {
        Self = self;
        Descriptor = descriptor;
    }

    public PyObject Self { get; }
    public PyMethodDescriptor Descriptor { get; }

    public override PyType Type => BuiltinTypes.BuiltinFunction;

    public override string Repr() =>
        $"<built-in method {Descriptor.Name} of {Self.Type.Name} object at 0x{Identity.Of(Self):x}>";

    public override PyObject Call(PyObject[] args, string[]? kwnames = null) =>
        Descriptor.Dispatcher(Self, Descriptor.Name, args, kwnames)!;

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (op is CompareOp.Eq or CompareOp.Ne && other is PyBuiltinMethod m)
        {
            bool eq = ReferenceEquals(Self, m.Self) && ReferenceEquals(Descriptor, m.Descriptor);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        }
        return base.RichCompare(other, op);
    }

    public override long Hash() => Identity.Of(Self) >> 4 ^ Descriptor.Name.Length;

    public override PyObject GetAttr(string name) => name switch
    {
        "__name__" => new PyStr(Descriptor.Name),
        "__qualname__" => new PyStr(Descriptor.Owner.Name + "." + Descriptor.Name),
        "__self__" => Self,
        _ => throw Errors.AttributeError($"'builtin_function_or_method' object has no attribute '{name}'"),
    };
}

/// <summary>Attribute lookup for instances of builtin types (no instance dict): methods from
/// the type's dict become bound builtin methods.</summary>
public static class BuiltinAttr
{
    public static void Register(PyType type, BuiltinDispatcher dispatcher, params string[] names)
    {
        foreach (var n in names)
            type.Dict[n] = new PyMethodDescriptor(type, n, dispatcher);
    }

    public static PyObject Get(PyObject self, string name)
    {
        if (name == "__class__")
            return self.Type;
        var attr = self.Type.Lookup(name);
        if (attr is PyMethodDescriptor d)
            return d.BindTo(self);
        if (attr is not null)
            return attr;
        throw Errors.AttributeError($"'{self.Type.Name}' object has no attribute '{name}'");
    }

    public static void Set(PyObject self, string name)
    {
        if (self.Type.Lookup(name) is not null)
            throw Errors.AttributeError($"'{self.Type.Name}' object attribute '{name}' is read-only");
        throw Errors.AttributeError($"'{self.Type.Name}' object has no attribute '{name}'");
    }
}
