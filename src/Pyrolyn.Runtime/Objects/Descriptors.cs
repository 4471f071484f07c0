using System;

namespace Pyrolyn.Runtime;

/// <summary><c>staticmethod(f)</c>: returns <c>f</c> unbound from instances and classes.</summary>
public sealed class PyStaticMethod : PyObject
{
    public PyStaticMethod(PyObject function) => Function = function;
    public PyObject Function { get; }
    public override PyType Type => BuiltinTypes.StaticMethod;
    public override PyObject Call(PyObject[] args, string[]? kwnames = null) => Function.Call(args, kwnames);
    public override PyObject GetAttr(string name) => name switch
    {
        "__func__" or "__wrapped__" => Function,
        "__isabstractmethod__" => PyBool.From(AbcSupport.IsAbstract(Function)),
        "__get__" => new PyBuiltinFunction("__get__", (a, k) => Function),
        _ => Function.GetAttr(name),
    };
}

/// <summary><c>classmethod(f)</c>: binds to the class.</summary>
public sealed class PyClassMethod : PyObject
{
    public PyClassMethod(PyObject function) => Function = function;
    public PyObject Function { get; }
    public override PyType Type => BuiltinTypes.ClassMethod;
    public override PyObject GetAttr(string name) => name switch
    {
        "__func__" or "__wrapped__" => Function,
        "__isabstractmethod__" => PyBool.From(AbcSupport.IsAbstract(Function)),
        "__get__" => new PyBuiltinFunction("__get__", (a, k) =>
            new PyMethod(a.Length > 1 && a[1] is not PyNone ? a[1] : a[0].Type, Function)),
        _ => Function.GetAttr(name),
    };
}

/// <summary><c>property(fget, fset, fdel, doc)</c>: a data descriptor.</summary>
public sealed class PyProperty : PyObject
{
    public PyProperty(PyObject? fget, PyObject? fset, PyObject? fdel, PyObject? doc)
    {
        Getter = fget;
        Setter = fset;
        Deleter = fdel;
        // Without an explicit doc, the getter's docstring documents the property.
        Doc = doc ?? (fget is PyFunction { Doc: not PyNone } f ? f.Doc : null);
    }

    public PyObject? Getter { get; }
    public PyObject? Setter { get; }
    public PyObject? Deleter { get; }
    public PyObject? Doc { get; }
    /// <summary>The attribute name, for error messages (set by the class statement).</summary>
    public string? Name { get; set; }

    public override PyType Type => BuiltinTypes.Property;

    public PyObject Get(PyObject instance)
    {
        if (Getter is null)
            throw Errors.AttributeError(Name is null ? "unreadable attribute" : $"property '{Name}' of '{instance.Type.Name}' object has no getter");
        return Calls.Call1(Getter, instance);
    }

    public void Set(PyObject instance, PyObject value)
    {
        if (Setter is null)
            throw Errors.AttributeError(Name is null ? "can't set attribute" : $"property '{Name}' of '{instance.Type.Name}' object has no setter");
        Calls.Call2(Setter, instance, value);
    }

    public void Delete(PyObject instance)
    {
        if (Deleter is null)
            throw Errors.AttributeError(Name is null ? "can't delete attribute" : $"property '{Name}' of '{instance.Type.Name}' object has no deleter");
        Calls.Call1(Deleter, instance);
    }

    public override PyObject GetAttr(string name)
    {
        switch (name)
        {
            case "fget": return Getter ?? PyNone.Instance;
            case "fset": return Setter ?? PyNone.Instance;
            case "fdel": return Deleter ?? PyNone.Instance;
            case "__doc__": return Doc ?? PyNone.Instance;
            case "__isabstractmethod__": return PyBool.From(AbcSupport.IsAbstract(this));
            case "__get__": return new PyBuiltinFunction("__get__", (a, k) => a.Length > 0 && a[0] is not PyNone ? Get(a[0]) : this);
            case "__set__": return new PyBuiltinFunction("__set__", (a, k) => { Set(a[0], a[1]); return PyNone.Instance; });
            case "getter": return new PyBuiltinFunction("getter", (a, k) => new PyProperty(a[0], Setter, Deleter, Doc) { Name = Name });
            case "setter": return new PyBuiltinFunction("setter", (a, k) => new PyProperty(Getter, a[0], Deleter, Doc) { Name = Name });
            case "deleter": return new PyBuiltinFunction("deleter", (a, k) => new PyProperty(Getter, Setter, a[0], Doc) { Name = Name });
        }
        return base.GetAttr(name);
    }
}

/// <summary><c>super(type, obj)</c>: attribute lookup starting after <c>type</c> in obj's MRO.</summary>
public sealed class PySuper : PyObject
{
    public PySuper(PyType startAfter, PyObject self)
    {
        StartAfter = startAfter;
        Self = self;
    }

    public PyType StartAfter { get; }
    public PyObject Self { get; }
    public override PyType Type => BuiltinTypes.Super;

    public override string Repr() => $"<super: <class '{StartAfter.Name}'>, <{Self.Type.Name} object>>";

    /// <summary>Finds <paramref name="name"/> after <see cref="StartAfter"/>, unbound.</summary>
    /// <summary>super() in a classmethod (or __new__/__init_subclass__): self is a subclass of
    /// the start class, so the lookup walks its own MRO and binds to the class.</summary>
    private bool ClassLevel => Self is PyType st && st.IsSubtypeOf(StartAfter);

    public PyObject? LookupRaw(string name)
    {
        var mro = (ClassLevel ? (PyType)Self : Self.Type).Mro;
        int i = Array.IndexOf(mro, StartAfter);
        for (int j = i + 1; j < mro.Length; j++)
            if (mro[j].Dict.TryGetValue(name, out var v))
                return v;
        return null;
    }

    public override PyObject GetAttr(string name)
    {
        if (name == "__class__")
            return Type;
        var attr = LookupRaw(name);
        if (attr is null)
            throw Errors.AttributeError($"'super' object has no attribute '{name}'");
        return ClassLevel ? ObjectProtocol.BindForClass(attr, (PyType)Self) : ObjectProtocol.Bind(attr, Self);
    }

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null)
    {
        var attr = LookupRaw(name);
        if (attr is PyFunction f && !ClassLevel)
        {
            var all = new PyObject[args.Length + 1];
            all[0] = Self;
            Array.Copy(args, 0, all, 1, args.Length);
            return f.Call(all, kwnames);
        }
        return GetAttr(name).Call(args, kwnames);
    }
}
