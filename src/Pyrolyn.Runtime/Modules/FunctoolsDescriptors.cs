using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime.Modules;

/// <summary>functools.cached_property: computes the value on first access through an instance
/// and stores it in the instance's __dict__, which later lookups find first.</summary>
public sealed class PyCachedProperty : PyObject, IInstanceBinder
{
    public static readonly PyType TypeObject = new("cached_property", new[] { BuiltinTypes.Object }, FunctoolsModule.Mod,
        static (t, a, k) => new PyCachedProperty(ArgCheck.One(a, k, "cached_property")));

    private readonly PyObject _func;
    private string _name;

    public PyCachedProperty(PyObject func)
    {
        _func = func;
        _name = func.GetAttr("__name__") is PyStr s ? s.Value : "";
    }

    public override PyType Type => TypeObject;

    public PyObject BindTo(PyObject instance)
    {
        var value = _func.Call(new[] { instance });
        instance.SetAttr(_name, value);
        return value;
    }

    public override PyObject GetAttr(string name) => name switch
    {
        "func" => _func,
        "attrname" => new PyStr(_name),
        "__doc__" => _func.GetAttr("__doc__"),
        "__set_name__" => new PyBuiltinFunction("__set_name__", (a, k) =>
        {
            if (a.Length == 2 && a[1] is PyStr n)
                _name = n.Value;
            return PyNone.Instance;
        }),
        _ => base.GetAttr(name),
    };
}

/// <summary>functools.partialmethod: bound through an instance it becomes
/// <c>partial(func, instance, *args, **keywords)</c>.</summary>
public sealed class PyPartialMethod : PyObject, IInstanceBinder
{
    public static readonly PyType TypeObject = new("partialmethod", new[] { BuiltinTypes.Object }, FunctoolsModule.Mod, Construct);

    private readonly PyObject _func;
    private readonly PyObject[] _args;
    private readonly string[] _kwnames;

    private PyPartialMethod(PyObject func, PyObject[] args, string[] kwnames)
    {
        _func = func;
        _args = args;
        _kwnames = kwnames;
    }

    public override PyType Type => TypeObject;

    private static PyObject Construct(PyType type, PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        if (npos < 1)
            throw Errors.TypeError("partialmethod() missing 1 required positional argument: 'func'");
        return new PyPartialMethod(args[0], args[1..], kw ?? Array.Empty<string>());
    }

    public PyObject BindTo(PyObject instance)
    {
        var all = new PyObject[_args.Length + 2];
        all[0] = _func;
        all[1] = instance;
        Array.Copy(_args, 0, all, 2, _args.Length);
        return PyPartial.Construct(PyPartial.TypeObject, all, _kwnames.Length == 0 ? null : _kwnames);
    }

    public override PyObject GetAttr(string name) => name switch
    {
        "func" => _func,
        _ => base.GetAttr(name),
    };
}

/// <summary>functools.singledispatch: calls the implementation registered for the most specific
/// class in the MRO of the first argument's type.</summary>
public sealed class PySingleDispatch : PyObject
{
    public static readonly PyType TypeObject = new("singledispatch", new[] { BuiltinTypes.Object }, FunctoolsModule.Mod, null);

    private readonly PyObject _default;
    private readonly List<(PyType Type, PyObject Func)> _registry = new();
    private readonly Dictionary<string, PyObject> _attrs = new(StringComparer.Ordinal);

    public PySingleDispatch(PyObject func)
    {
        _default = func;
        _registry.Add((BuiltinTypes.Object, func));
        foreach (var n in new[] { "__module__", "__name__", "__qualname__", "__doc__" })
        {
            try { _attrs[n] = func.GetAttr(n); }
            catch (PyException) { }
        }
        _attrs["__wrapped__"] = func;
    }

    public override PyType Type => BuiltinTypes.Function;

    public override string Repr() => _default.Repr();

    public PyObject Dispatch(PyType type)
    {
        foreach (var t in type.Mro)
            foreach (var (rt, f) in _registry)
                if (ReferenceEquals(rt, t))
                    return f;
        return _default;
    }

    public override PyObject Call(PyObject[] args, string[]? kwnames = null)
    {
        if (ArgCheck.PositionalCount(args, kwnames) < 1)
            throw Errors.TypeError($"{Ops.Str(_attrs.GetValueOrDefault("__name__") ?? new PyStr("singledispatch function"))} requires at least 1 positional argument");
        return Dispatch(args[0].Type).Call(args, kwnames);
    }

    private void Add(PyType type, PyObject func)
    {
        _registry.RemoveAll(e => ReferenceEquals(e.Type, type));
        _registry.Add((type, func));
    }

    private PyObject Register(PyObject[] a, string[]? k)
    {
        ArgCheck.Range(a, k, "register", 1, 2);
        if (a[0] is PyType type)
        {
            if (a.Length == 2)
            {
                Add(type, a[1]);
                return a[1];
            }
            return new PyBuiltinFunction("register", (a2, k2) =>
            {
                var f = ArgCheck.One(a2, k2, "register");
                Add(type, f);
                return f;
            }, FunctoolsModule.Mod);
        }
        // register(func): the class is the annotation of the first parameter.
        var func = a[0];
        var annotations = func.GetAttr("__annotations__");
        foreach (var key in Ops.ToArray(annotations))
        {
            if (Ops.Str(key) == "return")
                continue;
            if (annotations.GetItem(key) is PyType annotated)
            {
                Add(annotated, func);
                return func;
            }
            throw Errors.TypeError($"Invalid annotation for {Ops.Repr(key)}. {Ops.Repr(annotations.GetItem(key))} is not a class.");
        }
        throw Errors.TypeError($"Invalid first argument to `register()`: {Ops.Repr(func)}. Use either `@register(some_class)` or plain `@register` on an annotated function.");
    }

    public override PyObject GetAttr(string name)
    {
        switch (name)
        {
            case "register":
                return new PyBuiltinFunction("register", Register, FunctoolsModule.Mod);
            case "dispatch":
                return new PyBuiltinFunction("dispatch", (a, k) =>
                    ArgCheck.One(a, k, "dispatch") is PyType t ? Dispatch(t) : throw Errors.TypeError("dispatch() argument must be a class"), FunctoolsModule.Mod);
            case "registry":
            {
                var d = new PyDict();
                foreach (var (t, f) in _registry)
                    d.SetItem(t, f);
                return d;
            }
        }
        if (_attrs.TryGetValue(name, out var v))
            return v;
        return base.GetAttr(name);
    }

    public override void SetAttr(string name, PyObject value) => _attrs[name] = value;
}
