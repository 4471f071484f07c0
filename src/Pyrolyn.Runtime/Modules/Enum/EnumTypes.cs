using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// The classes of the <c>enum</c> module: the <c>EnumType</c> metaclass (member lookup by
/// value, name, iteration, <c>len</c>, <c>in</c>, reassignment guards, the functional API) and
/// the base classes Enum, ReprEnum, IntEnum, StrEnum, FlagBoundary, Flag and IntFlag, built by
/// the same class machinery as user enums. Their methods are implemented in C#
/// (<see cref="EnumMethods"/>, <see cref="FlagMethods"/>).
/// </summary>
public static class EnumTypes
{
    private static readonly object Lock = new();
    private static bool _ready;

    public static PyType MetaType { get; private set; } = null!;
    public static PyType EnumType { get; private set; } = null!;
    public static PyType? ReprEnumType { get; private set; }
    public static PyType IntEnumType { get; private set; } = null!;
    public static PyType? StrEnumType { get; private set; }
    public static PyType? FlagType { get; private set; }
    public static PyType IntFlagType { get; private set; } = null!;
    public static PyType FlagBoundaryType { get; private set; } = null!;

    /// <summary>IntEnum/StrEnum's <c>__str__</c> and <c>__format__</c>: the data type's.</summary>
    internal static PyObject DataStr { get; private set; } = null!;
    internal static PyObject DataFormat { get; private set; } = null!;

    public static void EnsureCreated()
    {
        if (_ready)
            return;
        lock (Lock)
        {
            if (_ready)
                return;
            ObjectProtocol.EnsureInitialized();
            Build();
            _ready = true;
        }
    }

    private static PySlotWrapper W(PyType owner, string name, Func<PyObject[], string[]?, PyObject> f) => new(owner, name, f);

    private static void Build()
    {
        var meta = new PyType("EnumType", new[] { BuiltinTypes.Type }, "enum", null, isHeapType: true);
        MetaType = meta;
        EnumMetaMethods.Install(meta);

        DataStr = W(BuiltinTypes.Object, "__str__", (a, k) => a[0] switch
        {
            EnumIntMember i => new PyStr(i.IntRepr()),
            EnumStrMember s => new PyStr(s.Value),
            var o => new PyStr(o.Repr()),
        });
        DataFormat = W(BuiltinTypes.Object, "__format__", (a, k) =>
        {
            var spec = ArgCheck.ToStr(a[1], "format_spec");
            return a[0] switch
            {
                EnumIntMember i => new PyStr(i.IntFormat(spec)),
                EnumStrMember s => new PyStr(s.StrFormat(spec)),
                var o => new PyStr(Formatting.DefaultFormat(o, spec)),
            };
        });

        var enumNs = NewNamespace("Enum", "Create a collection of name/value pairs.");
        EnumMethods.Install(enumNs);
        EnumType = MakeClass("Enum", Array.Empty<PyType>(), enumNs);

        ReprEnumType = MakeClass("ReprEnum", new[] { EnumType },
            NewNamespace("ReprEnum", "Only changes the repr(), leaving str() and format() to the mixed-in type."));
        IntEnumType = MakeClass("IntEnum", new[] { BuiltinTypes.Int, ReprEnumType },
            NewNamespace("IntEnum", "Enum where members are also (and must be) ints"));

        var strNs = NewNamespace("StrEnum", "Enum where members are also (and must be) strings");
        strNs.SetItem("_generate_next_value_", new PyBuiltinFunction("_generate_next_value_", (a, k) =>
        {
            ArgCheck.Range(a, k, "_generate_next_value_", 4, 4);
            return new PyStr(ArgCheck.ToStr(a[0], "name").ToLowerInvariant());
        }, "enum"));
        StrEnumType = MakeClass("StrEnum", new[] { BuiltinTypes.Str, ReprEnumType }, strNs);

        var fbNs = NewNamespace("FlagBoundary", "control how out of range values are handled");
        fbNs.SetItem("STRICT", new PyStr("strict"));
        fbNs.SetItem("CONFORM", new PyStr("conform"));
        fbNs.SetItem("EJECT", new PyStr("eject"));
        fbNs.SetItem("KEEP", new PyStr("keep"));
        FlagBoundaryType = MakeClass("FlagBoundary", new[] { StrEnumType }, fbNs);

        var flagNs = NewNamespace("Flag", "Support for flags");
        FlagMethods.Install(flagNs);
        FlagType = MakeClass("Flag", new[] { EnumType }, flagNs, "strict");
        IntFlagType = MakeClass("IntFlag", new[] { BuiltinTypes.Int, ReprEnumType, FlagType },
            NewNamespace("IntFlag", "Support for integer-based Flags"), "keep");
    }

    private static PyDict NewNamespace(string name, string doc)
    {
        var ns = new PyDict();
        ns.SetItem("__module__", new PyStr("enum"));
        ns.SetItem("__qualname__", new PyStr(name));
        ns.SetItem("__doc__", new PyStr(doc));
        return ns;
    }

    private static PyType MakeClass(string name, PyType[] bases, PyDict ns, string? boundary = null)
    {
        var args = new List<PyObject> { new PyStr(name), new PyTuple(Array.ConvertAll(bases, b => (PyObject)b)), ns };
        string[]? kw = null;
        if (boundary is not null)
        {
            args.Add(BoundaryObject(boundary));
            kw = new[] { "boundary" };
        }
        return EnumClassFactory.Create(MetaType, args.ToArray(), kw);
    }

    /// <summary>The FlagBoundary member for a boundary name (the plain string while the class is built).</summary>
    internal static PyObject BoundaryObject(string boundary)
    {
        if (boundary.Length == 0)
            return PyNone.Instance;
        if (FlagBoundaryType is { } fb && EnumInfo.Of(fb) is { } info && info.MemberMap.TryGetValue(boundary.ToUpperInvariant(), out var m))
            return m;
        return new PyStr(boundary);
    }

    /// <summary><c>cls(value)</c>: the member with that value (Enum.__new__), else <c>_missing_</c>.</summary>
    public static PyObject Lookup(PyType cls, PyObject value)
    {
        if (ReferenceEquals(value.Type, cls))
            return value;
        var info = EnumInfo.Require(cls);
        if (EnumClassFactory.FindByValue(info, value) is { } found)
            return found;
        if (info.MemberMap.Count == 0)
            throw Errors.TypeError($"{cls.Repr()} has no members defined");
        PyException? exc = null;
        PyObject? result = null;
        try
        {
            result = Ops.Call(cls.GetAttr("_missing_"), value);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.Exception))
        {
            exc = e;
        }
        if (result is not null && result.Type.IsSubtypeOf(cls))
            return result;
        if (info.IsFlag && info.Boundary == "eject" && result is PyInt)
            return result;
        if (exc is not null)
            throw exc;
        if (result is null or PyNone)
            throw Errors.ValueError($"{Ops.Repr(value)} is not a valid {cls.QualName}");
        throw Errors.TypeError($"error in {cls.Name}._missing_: returned {Ops.Repr(result)} instead of None or a valid member");
    }

    /// <summary>The functional API: <c>Enum('Name', 'A B C')</c>.</summary>
    internal static PyObject CreateFunctional(PyType cls, PyObject className, PyObject names, PyObject? module, PyObject? qualname,
        PyObject? mixin, PyObject? start, PyObject? boundary)
    {
        var bases = mixin is null or PyNone ? new PyObject[] { cls } : new PyObject[] { mixin, cls };
        var classdict = new PyDict();
        var pairs = new List<(PyObject Name, PyObject Value)>();
        PyObject[] items;
        if (names is PyStr s)
            items = Array.ConvertAll(s.Value.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries), n => (PyObject)new PyStr(n));
        else if (names is PyDict d)
        {
            foreach (var (k, v) in d.Pairs())
                pairs.Add((k, v));
            items = Array.Empty<PyObject>();
        }
        else
            items = Ops.ToArray(names);
        if (items.Length > 0 && items[0] is PyStr)
        {
            var gen = cls.Lookup("_generate_next_value_");
            if (gen is PyStaticMethod sm)
                gen = sm.Function;
            var last = new List<PyObject>();
            for (int i = 0; i < items.Length; i++)
            {
                var v = Ops.Call(gen!, new PyObject[] { items[i], start ?? PyInt.One, PyInt.From(i), new PyList(last.ToArray()) });
                last.Add(v);
                pairs.Add((items[i], v));
            }
        }
        else
        {
            foreach (var item in items)
            {
                var kv = Ops.Unpack(item, 2);
                pairs.Add((kv[0], kv[1]));
            }
        }
        foreach (var (n, v) in pairs)
            classdict.SetItem(n, v);
        classdict.SetItem("__module__", module is null or PyNone ? new PyStr("__main__") : module);
        if (qualname is not null and not PyNone)
            classdict.SetItem("__qualname__", qualname);
        var args = new List<PyObject> { className, new PyTuple(bases), classdict };
        string[]? kw = null;
        if (boundary is not null and not PyNone)
        {
            args.Add(boundary);
            kw = new[] { "boundary" };
        }
        return EnumClassFactory.Create(cls.Type, args.ToArray(), kw);
    }
}
