namespace Pyrolyn.Runtime.Modules;

/// <summary><c>enum.auto()</c>: a placeholder whose value the enum class fills in.</summary>
public sealed class EnumAuto : PyObject
{
    public static readonly PyType AutoType = new("auto", new[] { BuiltinTypes.Object }, "enum", Construct);

    /// <summary>Null until given or generated (CPython's <c>_auto_null</c>).</summary>
    public PyObject? Value { get; set; }

    public override PyType Type => AutoType;

    private static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        var p = new Args(args, kwnames, "auto", "value");
        return new EnumAuto { Value = p[0] };
    }

    public override string Repr() => $"auto({(Value is null ? "_auto_null" : Value.Repr())})";

    public override PyObject GetAttr(string name) => name switch
    {
        "value" => Value ?? new PyStr("_auto_null"),
        _ => ObjectProtocol.GenericGetAttr(this, name),
    };

    public override void SetAttr(string name, PyObject value)
    {
        if (name == "value")
            Value = value;
        else
            base.SetAttr(name, value);
    }
}

/// <summary><c>enum.member(x)</c> and <c>enum.nonmember(x)</c>: force a namespace entry to be
/// (or not be) a member.</summary>
public sealed class EnumWrapper : PyObject
{
    public static readonly PyType MemberType = new("member", new[] { BuiltinTypes.Object }, "enum",
        (t, a, k) => new EnumWrapper(ArgCheck.One(a, k, "member"), true));
    public static readonly PyType NonMemberType = new("nonmember", new[] { BuiltinTypes.Object }, "enum",
        (t, a, k) => new EnumWrapper(ArgCheck.One(a, k, "nonmember"), false));

    public EnumWrapper(PyObject value, bool isMember)
    {
        Value = value;
        IsMember = isMember;
    }

    public PyObject Value { get; }
    public bool IsMember { get; }
    public override PyType Type => IsMember ? MemberType : NonMemberType;

    public override PyObject GetAttr(string name) => name == "value" ? Value : ObjectProtocol.GenericGetAttr(this, name);
}
