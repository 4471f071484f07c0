using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime;

/// <summary>
/// The object protocol shared by all types: generic attribute lookup with descriptors (CPython's
/// <c>PyObject_GenericGetAttr</c>), binding of functions to instances, and instantiation of
/// classes defined in Python (<c>__new__</c> then <c>__init__</c>).
/// </summary>
public static class ObjectProtocol
{
    private static bool _initialized;
    private static readonly object InitLock = new();

    /// <summary>Adds the methods of <c>object</c> and <c>BaseException</c> that Python code can
    /// reach through <c>super()</c> (<c>__init__</c>, <c>__new__</c>, <c>__repr__</c>...).</summary>
    public static void EnsureInitialized()
    {
        if (_initialized)
            return;
        lock (InitLock)
        {
            if (_initialized)
                return;
            var o = BuiltinTypes.Object.Dict;
            Add(o, "__init__", (a, k) => PyNone.Instance);
            Add(o, "__new__", (a, k) =>
            {
                if (a.Length == 0 || a[0] is not PyType t)
                    throw Errors.TypeError("object.__new__(X): X is not a type object");
                return CreateRaw(t, Array.Empty<PyObject>());
            });
            Add(o, "__repr__", (a, k) => new PyStr(DefaultRepr(a[0])));
            Add(o, "__str__", (a, k) => new PyStr(a[0].Repr()));
            Add(o, "__eq__", (a, k) => ReferenceEquals(a[0], a[1]) ? PyBool.True : Ops.NotImplemented);
            Add(o, "__ne__", (a, k) => ReferenceEquals(a[0], a[1]) ? PyBool.False : Ops.NotImplemented);
            Add(o, "__hash__", (a, k) => PyInt.From(Identity.Of(a[0]) >> 4));
            Add(o, "__setattr__", (a, k) => { SetAttrRaw(a[0], Ops.Str(a[1]), a[2]); return PyNone.Instance; });
            Add(o, "__getattribute__", (a, k) => GetAttrRaw(a[0], Ops.Str(a[1])));
            Add(o, "__delattr__", (a, k) => { GenericDelAttr(a[0], Ops.Str(a[1])); return PyNone.Instance; });
            Add(o, "__format__", (a, k) => new PyStr(Formatting.DefaultFormat(a[0], Ops.Str(a[1]))));
            var e = ExceptionTypes.BaseException.Dict;
            Add(e, "__init__", (a, k) =>
            {
                if (a[0] is PyBaseException ex)
                    ex.Args = new PyTuple(a.AsSpan(1).ToArray());
                return PyNone.Instance;
            });
            Add(e, "__str__", (a, k) => new PyStr(a[0] is PyBaseException ex ? ex.DefaultStr() : a[0].Str()));
            ClassBuilder.AddTypeMethods();
            _initialized = true;
        }
    }

    private static void Add(TypeNamespace dict, string name, Func<PyObject[], string[]?, PyObject> f)
    {
        if (dict.ContainsKey(name))
            return;
        // __new__ is a static method (cls is passed explicitly); the others bind to self.
        var owner = ReferenceEquals(dict, BuiltinTypes.Object.Dict) ? BuiltinTypes.Object : ExceptionTypes.BaseException;
        dict[name] = name == "__new__" ? new PyBuiltinFunction(name, f) : new PySlotWrapper(owner, name, f);
    }

    public static string DefaultRepr(PyObject o) => $"<{o.Type.QualifiedName} object at 0x{Identity.Of(o):x}>";

    /// <summary>Looks <paramref name="name"/> up on heap types only (a dunder the class defines
    /// in Python), stopping at the first builtin type in the MRO.</summary>
    public static PyObject? LookupUser(PyType type, string name)
    {
        // Served from the type's lookup cache: instances ask this on every attribute access
        // (for __getattribute__/__setattr__ overrides), so it must not walk the MRO each time.
        var entry = type.LookupEntry(name);
        return entry.Owner is { IsHeapType: true } ? entry.Value : null;
    }

    private static bool IsDataDescriptor(PyObject attr) => attr is PyProperty;

    public static PyObject GenericGetAttr(PyObject obj, string name) =>
        TryGenericGetAttr(obj, name) ?? throw NoAttribute(obj, name);

    public static PyException NoAttribute(PyObject obj, string name) =>
        Errors.AttributeError($"'{obj.Type.Name}' object has no attribute '{name}'");

    /// <summary>The generic lookup, or null when the attribute does not exist.</summary>
    public static PyObject? TryGenericGetAttr(PyObject obj, string name)
    {
        var type = obj.Type;
        var attr = type.Lookup(name);
        if (attr is not null && UserDescriptors.IsDataDescriptor(attr))
            return UserDescriptors.Get(attr, obj);
        if (obj is PyInstance inst)
        {
            if (inst.TryGetOwn(name, out var v))
                return v;
        }
        else if (obj.InstanceDict is { } dict && dict.Count > 0 && dict.TryGetValue(new PyStr(name), out var dv))
        {
            return dv;
        }
        if (attr is not null)
            return Bind(attr, obj);
        switch (name)
        {
            case "__class__": return type;
            case "__dict__":
                if (obj is PyInstance i2)
                    return i2.Type.InstancesHaveDict ? i2.DictObject() : null;
                if (obj.InstanceDict is { } d2)
                    return d2;
                break;
            case "__doc__": return PyNone.Instance;
        }
        return null;
    }

    /// <summary><c>object.__getattribute__</c>.</summary>
    public static PyObject GetAttrRaw(PyObject obj, string name) => GenericGetAttr(obj, name);

    public static void GenericSetAttr(PyObject obj, string name, PyObject value) => SetAttrRaw(obj, name, value);

    /// <summary><c>object.__setattr__</c>: data descriptors, then the instance dict.</summary>
    public static void SetAttrRaw(PyObject obj, string name, PyObject value)
    {
        var attr = obj.Type.Lookup(name);
        if (attr is not null && UserDescriptors.IsDataDescriptor(attr))
        {
            UserDescriptors.Set(attr, obj, value);
            return;
        }
        if (obj is PyInstance inst)
        {
            switch (name)
            {
                case "__class__":
                    inst.SetClass(value);
                    return;
                case "__dict__" when inst.Type.InstancesHaveDict:
                    inst.ReplaceDict(value);
                    return;
            }
            if (!inst.Type.InstancesHaveDict || !inst.Type.IsHeapType)
                throw attr is null ? NoAttribute(obj, name) : Errors.AttributeError($"'{obj.Type.Name}' object attribute '{name}' is read-only");
            inst.StoreAttr(name, value);
            return;
        }
        if (obj.InstanceDict is { } dict)
        {
            dict.SetItem(new PyStr(name), value);
            return;
        }
        if (attr is null)
            throw Errors.AttributeError($"'{obj.Type.Name}' object has no attribute '{name}'");
        throw Errors.AttributeError($"'{obj.Type.Name}' object attribute '{name}' is read-only");
    }

    public static void GenericDelAttr(PyObject obj, string name)
    {
        var attr = obj.Type.Lookup(name);
        if (attr is not null && UserDescriptors.IsDataDescriptor(attr))
        {
            UserDescriptors.Delete(attr, obj);
            return;
        }
        if (obj is PyInstance inst)
        {
            if (!inst.RemoveAttr(name))
                throw Errors.AttributeError(attr is not null && !inst.Type.InstancesHaveDict
                    ? $"'{obj.Type.Name}' object attribute '{name}' is read-only"
                    : $"'{obj.Type.Name}' object has no attribute '{name}'");
            return;
        }
        if (obj.InstanceDict is { } dict)
        {
            dict.DelItem(new PyStr(name));
            return;
        }
        throw Errors.AttributeError($"'{obj.Type.Name}' object has no attribute '{name}'");
    }

    /// <summary>Binds an attribute found on the type to an instance (functions become methods).</summary>
    public static PyObject Bind(PyObject attr, PyObject instance) => attr switch
    {
        PyFunction or PySlotWrapper => new PyMethod(instance, attr),
        PyMethodDescriptor d => d.BindTo(instance),
        PyClassMethod cm => new PyMethod(instance.Type, cm.Function),
        PyStaticMethod sm => sm.Function,
        PyProperty p => p.Get(instance),
        IInstanceBinder b => b.BindTo(instance),
        PyMemberDescriptor m => m.Get(instance),
        InstanceDictDescriptor dd => dd.Get(instance),
        PyInstance pi when pi.Type.HasUserGet => UserDescriptors.CallGet(pi, instance, instance.Type),
        _ => attr,
    };

    /// <summary>Binds an attribute found on a class when accessed through the class itself.</summary>
    public static PyObject BindForClass(PyObject attr, PyType type) => attr switch
    {
        PyClassMethod cm => new PyMethod(type, cm.Function),
        PyStaticMethod sm => sm.Function,
        PyInstance pi when pi.Type.HasUserGet => UserDescriptors.CallGet(pi, null, type),
        _ => attr,
    };

    /// <summary>Creates an uninitialized instance of a class defined in Python.</summary>
    public static PyObject CreateRaw(PyType type, PyObject[] args)
    {
        if (type.AbstractMethods is { Length: > 0 } abstracts)
            throw AbstractInstantiation(type, abstracts);
        if (ReferenceEquals(type.SolidBase, BuiltinTypes.Object))
            return new PyInstance(type);
        if (type.IsSubtypeOf(BuiltinTypes.Type))
            return ClassBuilder.TypeNew(type, args, null);
        if (type.IsSubtypeOf(ExceptionTypes.BaseException))
            return new PyBaseException(type, args);
        throw Errors.TypeError($"Pyrolyn does not support subclassing '{type.SolidBase.Name}' yet ({type.Name})");
    }

    /// <summary><c>C(*args, **kw)</c> for a class defined in Python.</summary>
    public static PyObject Instantiate(PyType type, PyObject[] args, string[]? kwnames)
    {
        PyObject self;
        var newFn = LookupUser(type, "__new__");
        if (newFn is not null)
        {
            var fn = newFn is PyStaticMethod sm ? sm.Function : newFn;
            var all = new PyObject[args.Length + 1];
            all[0] = type;
            Array.Copy(args, 0, all, 1, args.Length);
            self = fn.Call(all, kwnames);
            if (!self.Type.IsSubtypeOf(type))
                return self;
        }
        else
        {
            if (!ReferenceEquals(type.SolidBase, BuiltinTypes.Object) && !type.IsSubtypeOf(ExceptionTypes.BaseException)
                && !type.IsSubtypeOf(BuiltinTypes.Type) && Modules.NamedTupleClass.Of(type) is { } namedTuple)
                return namedTuple.NewSubclassInstance(type, args, kwnames);
            if (!ReferenceEquals(type.SolidBase, BuiltinTypes.Object) && !type.IsSubtypeOf(ExceptionTypes.BaseException)
                && !type.IsSubtypeOf(BuiltinTypes.Type) && type.SolidBase.FactoryMethod is { } factory)
                throw Errors.TypeError($"Pyrolyn does not support subclassing '{type.SolidBase.Name}' yet ({type.Name})");
            self = type.IsSubtypeOf(BuiltinTypes.Type) ? ClassBuilder.TypeNew(type, args, kwnames) : CreateRaw(type, args);
        }
        var init = LookupUser(type, "__init__");
        if (init is not null)
        {
            PyObject result;
            if (init is PyFunction f && kwnames is null)
            {
                result = args.Length switch
                {
                    0 => f.Call1(self),
                    1 => f.Call2(self, args[0]),
                    2 => f.Call3(self, args[0], args[1]),
                    3 => f.Call4(self, args[0], args[1], args[2]),
                    4 => f.Call5(self, args[0], args[1], args[2], args[3]),
                    _ => CallWithSelf(f, self, args, kwnames),
                };
            }
            else
            {
                result = init is PyFunction ? CallWithSelf(init, self, args, kwnames) : Bind(init, self).Call(args, kwnames);
            }
            if (result is not PyNone)
                throw Errors.TypeError($"__init__() should return None, not '{result.Type.Name}'");
        }
        else if (newFn is null && (args.Length > 0 || kwnames is { Length: > 0 }) && ReferenceEquals(type.SolidBase, BuiltinTypes.Object))
        {
            throw Errors.TypeError($"{type.Name}() takes no arguments");
        }
        return self;
    }

    // ---- C(a, ...) without an argument array --------------------------------------------------
    // The common class: instances are plain PyInstances (object layout, no __new__ in Python)
    // and __init__ is a Python function. Anything else takes Instantiate's general path.

    private static PyInstance? NewPlain(PyType type, out PyFunction? init)
    {
        var entry = type.PlainInit;
        if (entry is null || entry.Version != TypeNamespace.Version)
            type.PlainInit = entry = FindPlainInit(type);
        init = entry.Init;
        return init is null ? null : new PyInstance(type);
    }

    private static PyType.PlainInitEntry FindPlainInit(PyType type)
    {
        int version = TypeNamespace.Version;
        bool plain = ReferenceEquals(type.SolidBase, BuiltinTypes.Object) && ReferenceEquals(type.Type, BuiltinTypes.Type)
            && type.AbstractMethods is null && LookupUser(type, "__new__") is null;
        return new PyType.PlainInitEntry(version, plain ? LookupUser(type, "__init__") as PyFunction : null);
    }

    private static PyObject CheckInitResult(PyObject self, PyObject result) =>
        result is PyNone ? self : throw Errors.TypeError($"__init__() should return None, not '{result.Type.Name}'");

    public static PyObject Instantiate0(PyType type) =>
        NewPlain(type, out var init) is { } self ? CheckInitResult(self, init!.Call1(self)) : type.Call(Array.Empty<PyObject>(), null);

    public static PyObject Instantiate1(PyType type, PyObject a) =>
        NewPlain(type, out var init) is { } self ? CheckInitResult(self, init!.Call2(self, a)) : type.Call(new[] { a }, null);

    public static PyObject Instantiate2(PyType type, PyObject a, PyObject b) =>
        NewPlain(type, out var init) is { } self ? CheckInitResult(self, init!.Call3(self, a, b)) : type.Call(new[] { a, b }, null);

    public static PyObject Instantiate3(PyType type, PyObject a, PyObject b, PyObject c) =>
        NewPlain(type, out var init) is { } self ? CheckInitResult(self, init!.Call4(self, a, b, c)) : type.Call(new[] { a, b, c }, null);

    public static PyObject Instantiate4(PyType type, PyObject a, PyObject b, PyObject c, PyObject d) =>
        NewPlain(type, out var init) is { } self ? CheckInitResult(self, init!.Call5(self, a, b, c, d)) : type.Call(new[] { a, b, c, d }, null);

    /// <summary>"Can't instantiate abstract class C with abstract methods a, b".</summary>
    public static PyException AbstractInstantiation(PyType type, string[] names) =>
        Errors.TypeError($"Can't instantiate abstract class {type.Name} with abstract method{(names.Length == 1 ? "" : "s")} {string.Join(", ", names)}");

    internal static PyObject CallWithSelf(PyObject f, PyObject self, PyObject[] args, string[]? kwnames)
    {
        var all = new PyObject[args.Length + 1];
        all[0] = self;
        Array.Copy(args, 0, all, 1, args.Length);
        return f.Call(all, kwnames);
    }

    /// <summary>Runs a class statement's last step: the namespace becomes a new class (through
    /// the metaclass when the bases have one).</summary>
    public static PyObject BuildClass(string name, string qualName, string module, PyObject[] bases, Dictionary<string, PyObject> ns) =>
        ClassBuilder.ClassStatement(name, qualName, module, bases, ns, null, null);

    public static PyObject NewObject(PyType type, PyObject[] args, string[]? kwnames)
    {
        if (args.Length > 0 || kwnames is { Length: > 0 })
            throw Errors.TypeError("object() takes no arguments");
        return new PyInstance(BuiltinTypes.Object);
    }

    public static PyObject NewType(PyType type, PyObject[] args, string[]? kwnames)
    {
        if (args.Length == 1 && kwnames is null)
            return args[0].Type;
        return ClassBuilder.TypeNew(type, args, kwnames);
    }

    public static PyObject NewSuper(PyType type, PyObject[] args, string[]? kwnames)
    {
        if (args.Length != 2 || args[0] is not PyType start)
            throw Errors.RuntimeError("super(): no arguments");
        return new PySuper(start, args[1]);
    }

    /// <summary>Zero-argument <c>super()</c>: the compiler passes the <c>__class__</c> cell and
    /// the first argument of the enclosing function.</summary>
    public static PyObject Super(PyObject? classCell, PyObject? self)
    {
        if (classCell is not PyType start)
            throw Errors.RuntimeError("super(): __class__ cell not found");
        if (self is null)
            throw Errors.RuntimeError("super(): no arguments");
        return new PySuper(start, self);
    }

    public static PyObject NewProperty(PyType type, PyObject[] args, string[]? kwnames)
    {
        PyObject? Arg(int i, string name)
        {
            if (kwnames is not null)
            {
                int k = Array.IndexOf(kwnames, name);
                if (k >= 0)
                    return NoneToNull(args[args.Length - kwnames.Length + k]);
            }
            int npos = args.Length - (kwnames?.Length ?? 0);
            return i < npos ? NoneToNull(args[i]) : null;
        }
        return new PyProperty(Arg(0, "fget"), Arg(1, "fset"), Arg(2, "fdel"), Arg(3, "doc"));
    }

    private static PyObject? NoneToNull(PyObject o) => o is PyNone ? null : o;

    public static PyObject NewStaticMethod(PyType type, PyObject[] args, string[]? kwnames) =>
        args.Length == 1 ? new PyStaticMethod(args[0]) : throw Errors.TypeError($"staticmethod expected 1 argument, got {args.Length}");

    public static PyObject NewClassMethod(PyType type, PyObject[] args, string[]? kwnames) =>
        args.Length == 1 ? new PyClassMethod(args[0]) : throw Errors.TypeError($"classmethod expected 1 argument, got {args.Length}");
}
