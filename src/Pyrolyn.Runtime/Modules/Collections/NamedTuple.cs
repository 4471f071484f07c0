using System;
using System.Collections.Generic;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary>What <c>collections.namedtuple(...)</c> builds: the field names and defaults of one
/// namedtuple class, plus the class object itself (a subclass of tuple).</summary>
public sealed class NamedTupleClass
{
    private static readonly HashSet<string> PythonKeywords = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    public string[] Fields { get; }
    /// <summary>Defaults of the last <c>Defaults.Length</c> fields.</summary>
    public PyObject[] Defaults { get; }
    public PyType Type { get; }

    private NamedTupleClass(string typeName, string[] fields, PyObject[] defaults, string module)
    {
        Fields = fields;
        Defaults = defaults;
        Type = new PyType(typeName, new[] { BuiltinTypes.Tuple }, module, (t, a, k) => New(a, k));
        lock (s_classes)
            s_classes[Type] = this;
        var fieldTuple = new PyObject[fields.Length];
        for (int i = 0; i < fields.Length; i++)
            fieldTuple[i] = new PyStr(fields[i]);
        Type.Dict["_fields"] = new PyTuple(fieldTuple);
        Type.Dict["__match_args__"] = new PyTuple(fieldTuple);
        var fieldDefaults = new PyDict();
        for (int i = 0; i < defaults.Length; i++)
            fieldDefaults.SetItem(fieldTuple[fields.Length - defaults.Length + i], defaults[i]);
        Type.Dict["_field_defaults"] = fieldDefaults;
        Type.Dict["_make"] = new PyClassMethod(new PyBuiltinFunction("_make", (a, k) =>
        {
            ArgCheck.Range(a, k, "_make", 2, 2);
            var made = Make(Ops.ToArray(a[1]));
            return a[0] is PyType cls && !ReferenceEquals(cls, Type) ? new PyNamedTuple(this, made.Items, cls) : made;
        }, null));
        Type.Dict["_asdict"] = new PyBuiltinFunction("_asdict", (a, k) => AsDict(Self(a, k, "_asdict")), null);
        Type.Dict["_replace"] = new PyBuiltinFunction("_replace", (a, k) => Replace(a, k), null);
        Type.Dict["__repr__"] = new PyBuiltinFunction("__repr__", (a, k) => new PyStr(Self(a, k, "__repr__").Repr()), null);
        Type.Dict["__getnewargs__"] = new PyBuiltinFunction("__getnewargs__", (a, k) => new PyTuple(Self(a, k, "__getnewargs__").Items), null);
    }

    private static readonly Dictionary<PyType, NamedTupleClass> s_classes = new(ReferenceEqualityComparer.Instance);

    /// <summary>The namedtuple class a class defined in Python derives from (<c>class P(Point): ...</c>), or null.</summary>
    internal static NamedTupleClass? Of(PyType type)
    {
        lock (s_classes)
        {
            foreach (var t in type.Mro)
                if (s_classes.TryGetValue(t, out var c))
                    return c;
        }
        return null;
    }

    /// <summary>An instance of <paramref name="subclass"/>, a Python subclass of this namedtuple class.</summary>
    internal PyObject NewSubclassInstance(PyType subclass, PyObject[] args, string[]? kwnames)
    {
        var t = (PyNamedTuple)New(args, kwnames);
        return new PyNamedTuple(this, t.Items, subclass);
    }

    private PyNamedTuple Self(PyObject[] a, string[]? k, string name)
    {
        ArgCheck.NoKw(k, name);
        if (a.Length != 1 || a[0] is not PyNamedTuple t || !ReferenceEquals(t.Class, this))
            throw Errors.TypeError($"{name}() takes exactly one argument ({a.Length} given)");
        return t;
    }

    /// <summary>collections.namedtuple(typename, field_names, *, rename=False, defaults=None, module=None).</summary>
    public static PyObject Create(PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        if (npos > 2)
            throw Errors.TypeError($"namedtuple() takes 2 positional arguments but {npos} were given");
        var p = new Args(args, kwnames, "namedtuple", "typename", "field_names", "rename", "defaults", "module");
        var typeNameArg = p[0] ?? throw Errors.TypeError("namedtuple() missing 1 required positional argument: 'typename'");
        var fieldsArg = p[1] ?? throw Errors.TypeError("namedtuple() missing 1 required positional argument: 'field_names'");
        bool rename = p.Bool(2, false);
        string typeName = Ops.Str(typeNameArg);
        var fields = new List<string>();
        if (fieldsArg is PyStr fs)
        {
            foreach (var part in fs.Value.Replace(',', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                fields.Add(part);
        }
        else
        {
            foreach (var f in Ops.ToArray(fieldsArg))
                fields.Add(Ops.Str(f));
        }
        if (rename)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < fields.Count; i++)
            {
                string name = fields[i];
                if (!IsIdentifier(name) || PythonKeywords.Contains(name) || name.StartsWith('_') || seen.Contains(name))
                    fields[i] = "_" + i;
                seen.Add(fields[i]);
            }
        }
        var allNames = new List<string> { typeName };
        allNames.AddRange(fields);
        foreach (var name in allNames)
        {
            if (!IsIdentifier(name))
                throw Errors.ValueError($"Type names and field names must be valid identifiers: {PyStr.ReprOf(name)}");
            if (PythonKeywords.Contains(name))
                throw Errors.ValueError($"Type names and field names cannot be a keyword: {PyStr.ReprOf(name)}");
        }
        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in fields)
        {
            if (name.StartsWith('_') && !rename)
                throw Errors.ValueError($"Field names cannot start with an underscore: {PyStr.ReprOf(name)}");
            if (!seenNames.Add(name))
                throw Errors.ValueError($"Encountered duplicate field name: {PyStr.ReprOf(name)}");
        }
        var defaults = p[3] is { } d and not PyNone ? Ops.ToArray(d) : Array.Empty<PyObject>();
        if (defaults.Length > fields.Count)
            throw Errors.TypeError("Got more default values than field names");
        string module = p[4] is { } m and not PyNone ? Ops.Str(m) : "__main__";
        return new NamedTupleClass(typeName, fields.ToArray(), defaults, module).Type;
    }

    private static bool IsIdentifier(string s) =>
        Ops.IsTrue(new PyStr(s).CallMethod("isidentifier", Array.Empty<PyObject>()));

    /// <summary>The generated <c>__new__(_cls, f1, f2, ...)</c> with Python's argument errors.</summary>
    private PyObject New(PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        string fn = Type.Name + ".__new__()";
        int n = Fields.Length;
        if (npos > n)
            throw Errors.TypeError($"{fn} takes {n + 1} positional argument{(n + 1 == 1 ? "" : "s")} but {npos + 1} were given");
        var values = new PyObject?[n];
        Array.Copy(args, values, npos);
        if (kwnames is not null)
        {
            for (int i = 0; i < kwnames.Length; i++)
            {
                int f = Array.IndexOf(Fields, kwnames[i]);
                if (f < 0)
                    throw Errors.TypeError($"{fn} got an unexpected keyword argument '{kwnames[i]}'");
                if (values[f] is not null)
                    throw Errors.TypeError($"{fn} got multiple values for argument '{kwnames[i]}'");
                values[f] = args[npos + i];
            }
        }
        var missing = new List<string>();
        for (int i = 0; i < n; i++)
        {
            if (values[i] is not null)
                continue;
            int d = i - (n - Defaults.Length);
            if (d >= 0)
                values[i] = Defaults[d];
            else
                missing.Add("'" + Fields[i] + "'");
        }
        if (missing.Count > 0)
        {
            string list = missing.Count == 1 ? missing[0]
                : string.Join(", ", missing.GetRange(0, missing.Count - 1)) + (missing.Count > 2 ? "," : "") + " and " + missing[^1];
            throw Errors.TypeError($"{fn} missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {list}");
        }
        return new PyNamedTuple(this, values!);
    }

    public PyNamedTuple Make(PyObject[] items)
    {
        if (items.Length != Fields.Length)
            throw Errors.TypeError($"Expected {Fields.Length} arguments, got {items.Length}");
        return new PyNamedTuple(this, items);
    }

    public PyDict AsDict(PyNamedTuple t)
    {
        var d = new PyDict();
        for (int i = 0; i < Fields.Length; i++)
            d.SetItem(new PyStr(Fields[i]), t.Items[i]);
        return d;
    }

    private PyObject Replace(PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        if (npos != 1 || args[0] is not PyNamedTuple self)
            throw Errors.TypeError($"_replace() takes 1 positional argument but {npos} were given");
        var items = (PyObject[])self.Items.Clone();
        var unknown = new List<PyObject>();
        if (kwnames is not null)
        {
            for (int i = 0; i < kwnames.Length; i++)
            {
                int f = Array.IndexOf(Fields, kwnames[i]);
                if (f < 0)
                    unknown.Add(new PyStr(kwnames[i]));
                else
                    items[f] = args[npos + i];
            }
        }
        if (unknown.Count > 0)
            throw Errors.ValueError($"Got unexpected field names: {new PyList(unknown.ToArray()).Repr()}");
        return ReferenceEquals(self.Type, Type) ? new PyNamedTuple(this, items) : new PyNamedTuple(this, items, self.Type);
    }

    public string Repr(PyNamedTuple t)
    {
        var sb = new StringBuilder(t.Type.Name).Append('(');
        for (int i = 0; i < Fields.Length; i++)
        {
            if (i > 0)
                sb.Append(", ");
            sb.Append(Fields[i]).Append('=').Append(t.Items[i].Repr());
        }
        return sb.Append(')').ToString();
    }
}

/// <summary>An instance of a namedtuple class: a tuple whose items are also attributes.</summary>
public sealed class PyNamedTuple : PyTuple
{
    public PyNamedTuple(NamedTupleClass cls, PyObject[] items) : base(items) => Class = cls;

    public PyNamedTuple(NamedTupleClass cls, PyObject[] items, PyType subclass) : base(items)
    {
        Class = cls;
        _subclass = subclass;
    }

    private readonly PyType? _subclass;

    public NamedTupleClass Class { get; }

    public override PyType Type => _subclass ?? Class.Type;

    /// <summary>A method defined in Python on the class (NamedTuple class syntax or a subclass).</summary>
    private PyObject? UserMethod(string name) => Type.Lookup(name) is PyFunction f ? f : null;

    public override string Str()
    {
        if (UserMethod("__str__") is { } str)
            return Ops.Str(ObjectProtocol.Bind(str, this).Call(Array.Empty<PyObject>()));
        return Repr();
    }

    public override string Repr()
    {
        if (UserMethod("__repr__") is { } repr)
            return Ops.Str(ObjectProtocol.Bind(repr, this).Call(Array.Empty<PyObject>()));
        if (!ReprGuard.Enter(this))
            return "...";
        try { return Class.Repr(this); }
        finally { ReprGuard.Leave(this); }
    }

    public override PyObject GetAttr(string name)
    {
        int i = Array.IndexOf(Class.Fields, name);
        if (i >= 0)
            return Items[i];
        if (name is "_asdict" or "_replace" or "__repr__" or "__getnewargs__" && Class.Type.Dict.TryGetValue(name, out var fn))
            return new PyMethod(this, fn);
        var attr = Type.Lookup(name);
        if (attr is PyClassMethod cm)
            return new PyMethod(Type, cm.Function);
        if (attr is PyFunction or PyProperty or PyStaticMethod or IInstanceBinder || attr is PyInstance { Type.HasUserGet: true })
            return ObjectProtocol.Bind(attr, this);
        if (attr is not null && attr is not PyMethodDescriptor && attr is not PyBuiltinFunction && name is not "__class__" and not "__doc__")
            return attr;
        return base.GetAttr(name);
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (Array.IndexOf(Class.Fields, name) >= 0)
            throw Errors.AttributeError("can't set attribute");
        throw Errors.AttributeError($"'{Type.Name}' object has no attribute '{name}'");
    }

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        name switch
        {
            "_asdict" or "_replace" or "__repr__" or "__getnewargs__" => GetAttr(name).Call(args, kwnames),
            _ => base.CallMethod(name, args, kwnames),
        };
}
