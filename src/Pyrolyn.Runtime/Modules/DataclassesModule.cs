using System;
using System.Collections.Generic;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// The <c>dataclasses</c> module: <c>@dataclass</c> reads the class's <c>__annotations__</c>
/// (after those of dataclass bases) and adds <c>__init__</c>, <c>__repr__</c>, <c>__eq__</c>,
/// ordering, hashing and frozen-instance methods as CPython's code generator would; plus
/// <c>field</c>, <c>fields</c>, <c>asdict</c>, <c>astuple</c>, <c>replace</c>, <c>is_dataclass</c>.
/// </summary>
public static class DataclassesModule
{
    public static readonly PyType FrozenInstanceError =
        new("FrozenInstanceError", new[] { ExceptionTypes.AttributeError }, "dataclasses", ExceptionTypes.AttributeError.FactoryMethod);

    private static readonly PyType MissingType = new("_MISSING_TYPE", new[] { BuiltinTypes.Object }, "dataclasses");
    /// <summary>The <c>MISSING</c> sentinel (no default / no factory).</summary>
    public static readonly PyObject Missing = new PyInstance(MissingType);
    /// <summary>Default of an __init__ parameter whose field has a default_factory.</summary>
    private static readonly PyObject HasDefaultFactory = new PyInstance(MissingType);

    public static PyModule Create()
    {
        var m = new PyModule("dataclasses");
        var d = m.Dict;
        d["dataclass"] = new PyBuiltinFunction("dataclass", DataclassDecorator, "dataclasses");
        d["field"] = new PyBuiltinFunction("field", MakeField, "dataclasses");
        d["fields"] = PyBuiltinFunction.One("fields", o => new PyTuple(FieldsOf(o, "fields()").ToArray()), "dataclasses");
        d["asdict"] = new PyBuiltinFunction("asdict", (a, k) => AsDict(ArgCheck.One(a, k, "asdict"), true), "dataclasses");
        d["astuple"] = new PyBuiltinFunction("astuple", (a, k) => AsDict(ArgCheck.One(a, k, "astuple"), false), "dataclasses");
        d["replace"] = new PyBuiltinFunction("replace", Replace, "dataclasses");
        d["is_dataclass"] = PyBuiltinFunction.One("is_dataclass", o => PyBool.From((o as PyType ?? o.Type).Lookup("__dataclass_fields__") is not null), "dataclasses");
        d["FrozenInstanceError"] = FrozenInstanceError;
        d["MISSING"] = Missing;
        d["Field"] = DataclassField.FieldType;
        d["KW_ONLY"] = KwOnlyMarker;
        d["InitVar"] = new PyBuiltinFunction("InitVar", (a, k) => a[0], "dataclasses");
        return m;
    }

    private static readonly PyType KwOnlyType = new("KW_ONLY", new[] { BuiltinTypes.Object }, "dataclasses");
    private static readonly PyObject KwOnlyMarker = KwOnlyType;

    private sealed record Options(bool Init, bool Repr, bool Eq, bool Order, bool UnsafeHash, bool Frozen, bool MatchArgs, bool KwOnly);

    private static PyObject DataclassDecorator(PyObject[] args, string[]? kw)
    {
        int npos = args.Length - (kw?.Length ?? 0);
        bool Flag(string name, bool dflt)
        {
            if (kw is null) return dflt;
            int i = Array.IndexOf(kw, name);
            return i < 0 ? dflt : Ops.IsTrue(args[npos + i]);
        }
        if (kw is not null)
            foreach (var k in kw)
                if (Array.IndexOf(new[] { "init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots", "weakref_slot" }, k) < 0)
                    throw Errors.TypeError($"dataclass() got an unexpected keyword argument '{k}'");
        var options = new Options(Flag("init", true), Flag("repr", true), Flag("eq", true), Flag("order", false),
            Flag("unsafe_hash", false), Flag("frozen", false), Flag("match_args", true), Flag("kw_only", false));
        if (npos >= 1 && args[0] is PyType cls)
            return Process(cls, options);
        return new PyBuiltinFunction("wrap", (a, k) => Process(ArgCheck.One(a, k, "wrap") as PyType ?? throw Errors.TypeError("dataclass() should be called on a class"), options), "dataclasses");
    }

    private static PyObject MakeField(PyObject[] args, string[]? kw)
    {
        int npos = args.Length - (kw?.Length ?? 0);
        if (npos > 0)
            throw Errors.TypeError($"field() takes 0 positional arguments but {npos} were given");
        var f = new DataclassField();
        if (kw is not null)
        {
            for (int i = 0; i < kw.Length; i++)
            {
                var v = args[npos + i];
                switch (kw[i])
                {
                    case "default": f.Default = v; break;
                    case "default_factory": f.DefaultFactory = v; break;
                    case "init": f.Init = Ops.IsTrue(v); break;
                    case "repr": f.ShowInRepr = Ops.IsTrue(v); break;
                    case "hash": f.HashFlag = v; break;
                    case "compare": f.Compare = Ops.IsTrue(v); break;
                    case "metadata": f.Metadata = v; break;
                    case "kw_only": f.KwOnly = v; break;
                    default: throw Errors.TypeError($"field() got an unexpected keyword argument '{kw[i]}'");
                }
            }
        }
        if (!ReferenceEquals(f.Default, Missing) && !ReferenceEquals(f.DefaultFactory, Missing))
            throw Errors.ValueError("cannot specify both default and default_factory");
        return f;
    }

    private static bool IsClassVar(PyObject annotation)
    {
        if (annotation is PyStr s)
            return s.Value.StartsWith("ClassVar", StringComparison.Ordinal) || s.Value.StartsWith("typing.ClassVar", StringComparison.Ordinal);
        return TypingModule.IsClassVar(annotation);
    }

    private static PyType Process(PyType cls, Options o)
    {
        if (o.Order && !o.Eq)
            throw Errors.ValueError("eq must be true if order is true");
        var fields = new List<DataclassField>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        // Fields of dataclass bases come first, most basic class first.
        for (int i = cls.Mro.Length - 1; i >= 1; i--)
        {
            if (!cls.Mro[i].Dict.TryGetValue("__dataclass_fields__", out var baseFields) || baseFields is not PyDict bf)
                continue;
            foreach (var (_, v) in bf.Pairs())
                if (v is DataclassField f && f.IsField)
                    AddField(fields, byName, f);
        }
        bool kwOnlyFromHere = o.KwOnly;
        if (cls.Dict.TryGetValue("__annotations__", out var ann) && ann is PyDict annotations)
        {
            foreach (var (key, type) in annotations.Pairs())
            {
                string name = ((PyStr)key).Value;
                if (ReferenceEquals(type, KwOnlyMarker))
                {
                    kwOnlyFromHere = true;
                    continue;
                }
                DataclassField f;
                if (cls.Dict.TryGetValue(name, out var dflt) && dflt is DataclassField given)
                    f = given;
                else
                {
                    f = new DataclassField();
                    if (cls.Dict.TryGetValue(name, out var plain) && plain is not PyMemberDescriptor)
                        f.Default = plain;
                }
                f.Name = name;
                f.Annotation = type;
                f.IsField = !IsClassVar(type);
                if (ReferenceEquals(f.KwOnly, Missing))
                    f.KwOnly = PyBool.From(kwOnlyFromHere);
                if (!f.IsField)
                    continue;
                if (f.Default is PyList or PyDict or PySet)
                    throw Errors.ValueError($"mutable default {f.Default.Type.Repr()} for field {name} is not allowed: use default_factory");
                // The class attribute becomes the default value (or goes away).
                if (cls.Dict.TryGetValue(name, out var attr) && attr is DataclassField)
                {
                    if (ReferenceEquals(f.Default, Missing))
                        cls.Dict.Remove(name);
                    else
                        cls.Dict[name] = f.Default;
                }
                AddField(fields, byName, f);
            }
        }
        var fieldsDict = new PyDict();
        foreach (var f in fields)
            fieldsDict.SetItem(new PyStr(f.Name), f);
        cls.Dict["__dataclass_fields__"] = fieldsDict;
        if (o.Init)
            cls.Dict["__init__"] = MakeInit(cls, fields, o.Frozen);
        if (o.Repr && !cls.Dict.ContainsKey("__repr__"))
            cls.Dict["__repr__"] = Method(cls, "__repr__", a => new PyStr(ReprOf(cls, a[0], fields)));
        if (o.Eq && !OwnMethod(cls, "__eq__"))
            cls.Dict["__eq__"] = Method(cls, "__eq__", a => CompareFields(a[0], a[1], fields, CompareOp.Eq));
        if (o.Order)
        {
            foreach (var (name, op) in new[] { ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
            {
                if (OwnMethod(cls, name))
                    throw Errors.TypeError($"Cannot overwrite attribute {name} in class {cls.Name}. Consider using functools.total_ordering");
                cls.Dict[name] = Method(cls, name, a => CompareFields(a[0], a[1], fields, op));
            }
        }
        if (o.Frozen)
        {
            cls.Dict["__setattr__"] = Method(cls, "__setattr__", a => FrozenCheck(cls, a, fields, "assign to"));
            cls.Dict["__delattr__"] = Method(cls, "__delattr__", a => FrozenCheck(cls, a, fields, "delete"));
        }
        // Hashing follows dataclasses' table: explicit __hash__ stays; eq+frozen hashes the fields.
        bool hasOwnHash = cls.Dict.TryGetValue("__hash__", out var ownHash) && !(ownHash is PyNone && OwnMethod(cls, "__eq__") && !o.Eq);
        if (cls.Dict.TryGetValue("__hash__", out var h) && h is PyNone && o.Eq)
            hasOwnHash = false;
        if (o.UnsafeHash || (o.Eq && o.Frozen && !hasOwnHash))
            cls.Dict["__hash__"] = Method(cls, "__hash__", a => PyInt.From(Ops.Hash(new PyTuple(Values(a[0], fields, f => f.HashFlag is PyNone ? f.Compare : Ops.IsTrue(f.HashFlag))))));
        else if (o.Eq && !o.Frozen && !hasOwnHash)
            cls.Dict["__hash__"] = PyNone.Instance;
        if (o.MatchArgs && !cls.Dict.ContainsKey("__match_args__"))
        {
            var names = new List<PyObject>();
            foreach (var f in fields)
                if (f.Init && !Ops.IsTrue(f.KwOnly))
                    names.Add(new PyStr(f.Name));
            cls.Dict["__match_args__"] = new PyTuple(names.ToArray());
        }
        return cls;
    }

    private static bool OwnMethod(PyType cls, string name) => cls.Dict.TryGetValue(name, out var v) && v is not PyNone;

    private static void AddField(List<DataclassField> fields, Dictionary<string, int> byName, DataclassField f)
    {
        if (byName.TryGetValue(f.Name, out int at))
            fields[at] = f;
        else
        {
            byName[f.Name] = fields.Count;
            fields.Add(f);
        }
    }

    private static PySlotWrapper Method(PyType owner, string name, Func<PyObject[], PyObject> body) => new(owner, name, (a, k) => body(a));

    private static PyObject FrozenCheck(PyType cls, PyObject[] a, List<DataclassField> fields, string verb)
    {
        string name = Ops.Str(a[1]);
        if (ReferenceEquals(a[0].Type, cls) || fields.Exists(f => f.Name == name))
            throw Errors.New(FrozenInstanceError, $"cannot {verb} field '{name}'");
        if (verb == "assign to")
            ObjectProtocol.SetAttrRaw(a[0], name, a[2]);
        else
            ObjectProtocol.GenericDelAttr(a[0], name);
        return PyNone.Instance;
    }

    private static PyObject MakeInit(PyType cls, List<DataclassField> fields, bool frozen)
    {
        var positional = new List<DataclassField>();
        var keywordOnly = new List<DataclassField>();
        foreach (var f in fields)
            if (f.Init)
                (Ops.IsTrue(f.KwOnly) ? keywordOnly : positional).Add(f);
        bool seenDefault = false;
        foreach (var f in positional)
        {
            if (f.HasDefault)
                seenDefault = true;
            else if (seenDefault)
                throw Errors.TypeError($"non-default argument '{f.Name}' follows default argument");
        }
        var names = new List<string> { "self" };
        var defaults = new List<PyObject>();
        foreach (var f in positional)
        {
            names.Add(f.Name);
            if (f.HasDefault)
                defaults.Add(ReferenceEquals(f.DefaultFactory, Missing) ? f.Default : HasDefaultFactory);
        }
        var kwDefaults = new List<PyObject?>();
        foreach (var f in keywordOnly)
        {
            names.Add(f.Name);
            kwDefaults.Add(!f.HasDefault ? null : ReferenceEquals(f.DefaultFactory, Missing) ? f.Default : HasDefaultFactory);
        }
        var code = new FunctionCode("__init__", cls.QualName + ".__init__", names.ToArray(), 0, 1 + positional.Count, keywordOnly.Count, false, false);
        var initFields = new List<DataclassField>(positional);
        initFields.AddRange(keywordOnly);
        return new PyFunctionN(code, slots =>
        {
            var self = slots[0];
            for (int i = 0; i < initFields.Count; i++)
            {
                var f = initFields[i];
                var v = slots[i + 1];
                if (ReferenceEquals(v, HasDefaultFactory))
                    v = Calls.Call0(f.DefaultFactory);
                ObjectProtocol.SetAttrRaw(self, f.Name, v);
            }
            // Fields left out of __init__ still get their default or factory value.
            foreach (var f in fields)
            {
                if (f.Init)
                    continue;
                if (!ReferenceEquals(f.DefaultFactory, Missing))
                    ObjectProtocol.SetAttrRaw(self, f.Name, Calls.Call0(f.DefaultFactory));
                else if (!ReferenceEquals(f.Default, Missing))
                    ObjectProtocol.SetAttrRaw(self, f.Name, f.Default);
            }
            if (self.Type.Lookup("__post_init__") is { } post)
                ObjectProtocol.Bind(post, self).Call(Array.Empty<PyObject>());
            return PyNone.Instance;
        }, defaults.Count == 0 ? null : defaults.ToArray(), keywordOnly.Count == 0 ? null : kwDefaults.ToArray(), cls.Module);
    }

    private static string ReprOf(PyType cls, PyObject self, List<DataclassField> fields)
    {
        var sb = new StringBuilder(self.Type.QualName).Append('(');
        bool first = true;
        if (!ReprGuard.Enter(self))
            return "...";
        try
        {
            foreach (var f in fields)
            {
                if (!f.ShowInRepr)
                    continue;
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(f.Name).Append('=').Append(Ops.Repr(self.GetAttr(f.Name)));
            }
        }
        finally
        {
            ReprGuard.Leave(self);
        }
        return sb.Append(')').ToString();
    }

    private static PyObject[] Values(PyObject self, List<DataclassField> fields, Func<DataclassField, bool> include)
    {
        var values = new List<PyObject>();
        foreach (var f in fields)
            if (include(f))
                values.Add(self.GetAttr(f.Name));
        return values.ToArray();
    }

    private static PyObject CompareFields(PyObject self, PyObject other, List<DataclassField> fields, CompareOp op)
    {
        if (!ReferenceEquals(self.Type, other.Type))
            return Ops.NotImplemented;
        var a = new PyTuple(Values(self, fields, f => f.Compare));
        var b = new PyTuple(Values(other, fields, f => f.Compare));
        return Ops.RichCompare(a, b, op);
    }

    private static List<PyObject> FieldsOf(PyObject o, string caller)
    {
        var t = o as PyType ?? o.Type;
        if (t.Lookup("__dataclass_fields__") is not PyDict d)
            throw Errors.TypeError("must be called with a dataclass type or instance");
        var result = new List<PyObject>();
        foreach (var (_, v) in d.Pairs())
            if (v is DataclassField { IsField: true })
                result.Add(v);
        return result;
    }

    private static bool IsDataclassInstance(PyObject o) => o is not PyType && o.Type.Lookup("__dataclass_fields__") is PyDict;

    private static PyObject AsDict(PyObject obj, bool dict)
    {
        if (!IsDataclassInstance(obj))
            throw Errors.TypeError(dict ? "asdict() should be called on dataclass instances" : "astuple() should be called on dataclass instances");
        return Convert(obj, dict);
    }

    private static PyObject Convert(PyObject o, bool dict)
    {
        if (IsDataclassInstance(o))
        {
            var fields = FieldsOf(o, "asdict");
            if (dict)
            {
                var d = new PyDict();
                foreach (DataclassField f in fields)
                    d.SetItem(new PyStr(f.Name), Convert(o.GetAttr(f.Name), dict));
                return d;
            }
            var items = new PyObject[fields.Count];
            for (int i = 0; i < items.Length; i++)
                items[i] = Convert(o.GetAttr(((DataclassField)fields[i]).Name), dict);
            return new PyTuple(items);
        }
        switch (o)
        {
            case PyList l:
                return new PyList(Array.ConvertAll(l.ToArray(), x => Convert(x, dict)));
            case PyTuple t:
                return new PyTuple(Array.ConvertAll(t.Items, x => Convert(x, dict)));
            case PyDict d:
            {
                var r = new PyDict();
                foreach (var (k, v) in d.Pairs())
                    r.SetItem(Convert(k, dict), Convert(v, dict));
                return r;
            }
        }
        return o;
    }

    private static PyObject Replace(PyObject[] args, string[]? kw)
    {
        int npos = args.Length - (kw?.Length ?? 0);
        if (npos != 1)
            throw Errors.TypeError($"replace() takes 1 positional argument but {npos} were given");
        var obj = args[0];
        if (!IsDataclassInstance(obj))
            throw Errors.TypeError("replace() should be called on dataclass instances");
        var changes = new Dictionary<string, PyObject>(StringComparer.Ordinal);
        if (kw is not null)
            for (int i = 0; i < kw.Length; i++)
                changes[kw[i]] = args[npos + i];
        var names = new List<string>();
        var values = new List<PyObject>();
        foreach (DataclassField f in FieldsOf(obj, "replace"))
        {
            if (!f.Init)
            {
                if (changes.ContainsKey(f.Name))
                    throw Errors.ValueError($"field {f.Name} is declared with init=False, it cannot be specified with replace()");
                continue;
            }
            names.Add(f.Name);
            values.Add(changes.TryGetValue(f.Name, out var v) ? v : obj.GetAttr(f.Name));
            changes.Remove(f.Name);
        }
        foreach (var kv in changes)
        {
            names.Add(kv.Key);
            values.Add(kv.Value);
        }
        return obj.Type.Call(values.ToArray(), names.ToArray());
    }
}

/// <summary>A <c>dataclasses.Field</c>: one field's name, type, default and flags.</summary>
public sealed class DataclassField : PyObject
{
    public static readonly PyType FieldType = new("Field", new[] { BuiltinTypes.Object }, "dataclasses");

    public string Name = "";
    public PyObject Annotation = PyNone.Instance;
    public PyObject Default = DataclassesModule.Missing;
    public PyObject DefaultFactory = DataclassesModule.Missing;
    public bool Init = true, ShowInRepr = true, Compare = true, IsField = true;
    public PyObject HashFlag = PyNone.Instance;
    public PyObject Metadata = PyNone.Instance;
    public PyObject KwOnly = DataclassesModule.Missing;

    public bool HasDefault => !ReferenceEquals(Default, DataclassesModule.Missing) || !ReferenceEquals(DefaultFactory, DataclassesModule.Missing);

    public override PyType Type => FieldType;

    public override string Repr() =>
        $"Field(name={Ops.Repr(new PyStr(Name))},type={Ops.Repr(Annotation)},default={Ops.Repr(Default)},default_factory={Ops.Repr(DefaultFactory)},init={(Init ? "True" : "False")},repr={(ShowInRepr ? "True" : "False")},hash={Ops.Repr(HashFlag)},compare={(Compare ? "True" : "False")},metadata={Ops.Repr(Metadata)},kw_only={Ops.Repr(KwOnly)},_field_type=_FIELD)";

    public override PyObject GetAttr(string name) => name switch
    {
        "name" => new PyStr(Name),
        "type" => Annotation,
        "default" => Default,
        "default_factory" => DefaultFactory,
        "init" => PyBool.From(Init),
        "repr" => PyBool.From(ShowInRepr),
        "compare" => PyBool.From(Compare),
        "hash" => HashFlag,
        "metadata" => Metadata,
        "kw_only" => KwOnly,
        _ => base.GetAttr(name),
    };
}
