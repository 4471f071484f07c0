using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// A minimal <c>typing</c>: the common names exist and can be subscripted so annotated programs
/// run (no static checking happens at run time). <c>Generic</c> and <c>Protocol</c> are real
/// base classes; <c>NamedTuple</c> class syntax builds a namedtuple class.
/// </summary>
public static class TypingModule
{
    private static readonly Dictionary<string, PyObject> Builtins = new(StringComparer.Ordinal)
    {
        ["List"] = BuiltinTypes.List, ["Dict"] = BuiltinTypes.Dict, ["Set"] = BuiltinTypes.Set,
        ["FrozenSet"] = BuiltinTypes.FrozenSet, ["Tuple"] = BuiltinTypes.Tuple, ["Type"] = BuiltinTypes.Type,
    };

    private static readonly string[] AbstractNames =
    {
        "Iterable", "Iterator", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "AbstractSet", "MutableSet",
        "Collection", "Container", "Hashable", "Sized", "Reversible", "Generator", "Awaitable", "Coroutine",
        "AsyncIterator", "AsyncIterable", "AsyncGenerator", "KeysView", "ItemsView", "ValuesView", "ContextManager",
        "DefaultDict", "OrderedDict", "Counter", "Deque", "ChainMap", "Pattern", "Match", "SupportsInt", "SupportsFloat",
        "SupportsAbs", "SupportsIndex", "SupportsRound", "IO", "TextIO", "BinaryIO",
    };

    private static readonly string[] SpecialNames =
    {
        "Any", "Union", "Optional", "Callable", "ClassVar", "Final", "Literal", "Annotated", "NoReturn", "Never",
        "Self", "LiteralString", "TypeAlias", "Required", "NotRequired", "Concatenate", "TypeGuard", "Unpack",
    };

    public static PyModule Create()
    {
        ObjectProtocol.EnsureInitialized();
        var m = new PyModule("typing");
        var d = m.Dict;
        foreach (var kv in Builtins)
            d[kv.Key] = new TypingAlias(kv.Key, kv.Value);
        foreach (var n in AbstractNames)
            d[n] = new TypingAlias(n, null);
        foreach (var n in SpecialNames)
            d[n] = new TypingSpecialForm(n);
        d["Text"] = BuiltinTypes.Str;
        d["TYPE_CHECKING"] = PyBool.False;
        d["TypeVar"] = new PyBuiltinFunction("TypeVar", (a, k) => new TypeVariable(a, k), "typing");
        d["AnyStr"] = new TypeVariable(new PyObject[] { new PyStr("AnyStr") }, null);
        d["Generic"] = GenericClass;
        d["Protocol"] = ProtocolClass;
        d["NamedTuple"] = NamedTupleBase;
        d["cast"] = new PyBuiltinFunction("cast", (a, k) => { ArgCheck.Range(a, k, "cast", 2, 2); return a[1]; }, "typing");
        foreach (var name in new[] { "overload", "final", "runtime_checkable", "no_type_check" })
            d[name] = PyBuiltinFunction.One(name, f => f, "typing");
        d["NewType"] = new PyBuiltinFunction("NewType", (a, k) =>
        {
            ArgCheck.Range(a, k, "NewType", 2, 2);
            return new PyBuiltinFunction(Ops.Str(a[0]), (x, kk) => ArgCheck.One(x, kk, Ops.Str(a[0])), "__main__");
        }, "typing");
        d["get_type_hints"] = PyBuiltinFunction.One("get_type_hints", GetTypeHints, "typing");
        d["get_origin"] = PyBuiltinFunction.One("get_origin", o => o is GenericAlias g ? g.Origin : PyNone.Instance, "typing");
        d["get_args"] = PyBuiltinFunction.One("get_args", o => o is GenericAlias g ? new PyTuple(g.Args) : o is UnionType u ? new PyTuple(u.Args) : PyTuple.Empty, "typing");
        return m;
    }

    /// <summary><c>ClassVar</c> and <c>ClassVar[...]</c> (dataclasses skip such fields).</summary>
    public static bool IsClassVar(PyObject annotation) =>
        annotation is TypingSpecialForm { Name: "ClassVar" } || annotation is GenericAlias { DisplayName: "typing.ClassVar" };

    private static PyObject GetTypeHints(PyObject o)
    {
        var result = new PyDict();
        if (o is PyType t)
        {
            for (int i = t.Mro.Length - 1; i >= 0; i--)
                if (t.Mro[i].Dict.TryGetValue("__annotations__", out var a) && a is PyDict ad)
                    result.Update(ad);
            return result;
        }
        var ann = o.GetAttr("__annotations__");
        if (ann is PyDict d)
            result.Update(d);
        return result;
    }

    private static PyType MakeGenericBase(string name, PyType[] bases)
    {
        var ns = new PyDict();
        ns.SetItem(new PyStr("__module__"), new PyStr("typing"));
        ns.SetItem(new PyStr("__class_getitem__"), new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, k) => new GenericAlias(a[0], a[1]), "typing")));
        var basesTuple = new PyTuple(Array.ConvertAll(bases, b => (PyObject)b));
        return (PyType)ClassBuilder.TypeNew(BuiltinTypes.Type, new PyObject[] { new PyStr(name), basesTuple, ns }, null);
    }

    public static readonly PyType GenericClass = MakeGenericBase("Generic", Array.Empty<PyType>());
    public static readonly PyType ProtocolClass = MakeGenericBase("Protocol", new[] { GenericClass });

    /// <summary>Metaclass of <c>NamedTuple</c>: <c>class P(NamedTuple): x: int</c> makes a namedtuple.</summary>
    private static readonly PyType NamedTupleMeta = new("NamedTupleMeta", new[] { BuiltinTypes.Type }, "typing", BuildNamedTuple);

    private static readonly PyType NamedTupleBase = MakeNamedTupleBase();

    private static PyType MakeNamedTupleBase()
    {
        var t = new PyType("NamedTuple", new[] { BuiltinTypes.Object }, "typing", FunctionalNamedTuple);
        t.SetMetatype(NamedTupleMeta);
        return t;
    }

    private static PyObject FunctionalNamedTuple(PyType type, PyObject[] args, string[]? kwnames)
    {
        ArgCheck.Range(args, kwnames, "NamedTuple", 2, 2);
        var names = new List<PyObject>();
        foreach (var pair in Ops.ToArray(args[1]))
            names.Add(Ops.ToArray(pair)[0]);
        return NamedTupleClass.Create(new PyObject[] { args[0], new PyList(names.ToArray()), new PyStr("__main__") }, new[] { "module" });
    }

    private static PyObject BuildNamedTuple(PyType meta, PyObject[] args, string[]? kwnames)
    {
        if (args.Length != 3 || args[2] is not PyDict ns)
            throw Errors.TypeError("NamedTuple class construction expects (name, bases, namespace)");
        var fields = new List<PyObject>();
        var defaults = new List<PyObject>();
        string? firstDefault = null;
        if (ns.TryGetValue(new PyStr("__annotations__"), out var ann) && ann is PyDict annotations)
        {
            foreach (var (k, _) in annotations.Pairs())
            {
                fields.Add(k);
                if (ns.TryGetValue(k, out var dflt))
                {
                    defaults.Add(dflt);
                    firstDefault ??= Ops.Str(k);
                }
                else if (firstDefault is not null)
                    throw Errors.TypeError($"Non-default namedtuple field {Ops.Str(k)} cannot follow default field {firstDefault}");
            }
        }
        var module = ns.TryGetValue(new PyStr("__module__"), out var mod) ? mod : new PyStr("__main__");
        var type = (PyType)NamedTupleClass.Create(new PyObject[] { args[0], new PyList(fields.ToArray()), new PyTuple(defaults.ToArray()), module },
            new[] { "defaults", "module" });
        foreach (var (k, v) in ns.Pairs())
        {
            string name = Ops.Str(k);
            if (name is "__module__" or "__qualname__" || fields.Exists(f => Ops.Str(f) == name))
                continue;
            type.Dict[name] = v;
        }
        if (ns.TryGetValue(new PyStr("__qualname__"), out var q) && q is PyStr qs)
            type.QualName = qs.Value;
        return type;
    }
}

/// <summary><c>typing.List</c>, <c>typing.Iterable</c>...: prints as <c>typing.Name</c>; subscripting gives an alias.</summary>
public sealed class TypingAlias : PyObject
{
    public TypingAlias(string name, PyObject? origin)
    {
        Name = name;
        Origin = origin;
    }

    public string Name { get; }
    public PyObject? Origin { get; }

    public override PyType Type => GenericAlias.AliasType;
    public override string Repr() => "typing." + Name;
    public override PyObject GetItem(PyObject key) => new GenericAlias(Origin ?? this, key, "typing." + Name);

    public override PyObject Call(PyObject[] args, string[]? kwnames = null) =>
        throw Errors.TypeError($"Type {Name} cannot be instantiated; use {(Origin as PyType)?.Name ?? Name.ToLowerInvariant()}() instead");

    public override PyObject GetAttr(string name) => name switch
    {
        "__origin__" => Origin ?? PyNone.Instance,
        "_name" or "__name__" => new PyStr(Name),
        _ => base.GetAttr(name),
    };

    public override PyObject? BinaryOp(BinaryOp op, PyObject other) =>
        op == Runtime.BinaryOp.Or ? new GenericAlias(new TypingSpecialForm("Union"), new PyTuple(new[] { this, other }), "typing.Union") : null;
}

/// <summary><c>typing.Any</c>, <c>Optional</c>, <c>Union</c>, <c>Callable</c>, <c>ClassVar</c>...</summary>
public sealed class TypingSpecialForm : PyObject
{
    private static readonly PyType SpecialFormType = new("_SpecialForm", new[] { BuiltinTypes.Object }, "typing");

    public TypingSpecialForm(string name) => Name = name;

    public string Name { get; }

    public override PyType Type => SpecialFormType;
    public override string Repr() => "typing." + Name;

    public override PyObject GetItem(PyObject key)
    {
        var args = key is PyTuple t ? t.Items : new[] { key };
        switch (Name)
        {
            case "Optional":
                if (args.Length != 1)
                    throw Errors.TypeError("typing.Optional requires a single type.");
                return new GenericAlias(this, new PyTuple(new[] { args[0], (PyObject)BuiltinTypes.NoneType }), "typing.Optional");
            case "Union":
            {
                var items = new List<PyObject>();
                foreach (var a in args)
                {
                    var x = a is PyNone ? BuiltinTypes.NoneType : a;
                    if (!items.Contains(x)) items.Add(x);
                }
                if (items.Count == 1)
                    return items[0];
                if (items.Count == 2 && ReferenceEquals(items[1], BuiltinTypes.NoneType))
                    return new GenericAlias(this, new PyTuple(items.ToArray()), "typing.Optional");
                return new GenericAlias(this, new PyTuple(items.ToArray()), "typing.Union");
            }
        }
        return new GenericAlias(this, key, "typing." + Name);
    }

    public override PyObject Call(PyObject[] args, string[]? kwnames = null) =>
        throw Errors.TypeError($"Cannot instantiate typing.{Name}");
}

/// <summary><c>TypeVar('T', bound=..., covariant=...)</c>: prints as <c>~T</c>.</summary>
public sealed class TypeVariable : PyObject
{
    private static readonly PyType TypeVarType = new("TypeVar", new[] { BuiltinTypes.Object }, "typing");

    public TypeVariable(PyObject[] args, string[]? kwnames)
    {
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (npos < 1 || args[0] is not PyStr name)
            throw Errors.TypeError("TypeVar() missing required argument 'name'");
        Name = name.Value;
        if (kwnames is not null)
            for (int i = 0; i < kwnames.Length; i++)
            {
                if (kwnames[i] == "covariant" && Ops.IsTrue(args[npos + i])) Prefix = "+";
                if (kwnames[i] == "contravariant" && Ops.IsTrue(args[npos + i])) Prefix = "-";
            }
    }

    public string Name { get; }
    private string Prefix { get; } = "~";

    public override PyType Type => TypeVarType;
    public override string Repr() => Prefix + Name;

    public override PyObject GetAttr(string name) => name == "__name__" ? new PyStr(Name) : base.GetAttr(name);
}
