using System;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// Attribute storage shared by the three kinds of enum member: plain members are
/// <see cref="PyInstance"/>s of the enum class; members of int- and str-mixin enums
/// (IntEnum, IntFlag, StrEnum, <c>class C(int, Enum)</c>) are <see cref="EnumIntMember"/> and
/// <see cref="EnumStrMember"/>, real ints and strs whose type is the enum class.
/// </summary>
internal static class EnumMember
{
    public static PyObject? Get(PyObject member, string name)
    {
        if (member is PyInstance inst)
            return inst.TryGetOwn(name, out var v) ? v : null;
        if (member.InstanceDict is { } d && d.TryGetValue(name, out var dv))
            return dv;
        return null;
    }

    public static void Set(PyObject member, string name, PyObject value)
    {
        if (member is PyInstance inst)
            inst.StoreAttr(name, value);
        else if (member.InstanceDict is { } d)
            d.SetItem(name, value);
        else
            throw Errors.TypeError($"cannot set '{name}' on '{member.Type.Name}' object");
    }

    public static PyObject Name(PyObject member) => Get(member, "_name_") ?? PyNone.Instance;

    public static PyObject Value(PyObject member) =>
        Get(member, "_value_") ?? throw Errors.AttributeError($"'{member.Type.Name}' object has no attribute '_value_'");

    /// <summary>Looks a dunder up on the member's class; non-null when a class defined in Python
    /// (or one of enum's own classes) provides it rather than int/str/object.</summary>
    public static PyObject? Dunder(PyObject member, string name) => ObjectProtocol.LookupUser(member.Type, name);

    public static string CallText(PyObject method, PyObject self, string what)
    {
        var r = Calls.Call1(method, self);
        return r is PyStr s ? s.Value : throw Errors.TypeError($"{what} returned non-string (type {r.Type.Name})");
    }

    public static PyObject? CallBinary(PyObject self, string name, PyObject other)
    {
        if (Dunder(self, name) is not { } m)
            return null;
        var r = Calls.Call2(m, self, other);
        return ReferenceEquals(r, Ops.NotImplemented) ? null : r;
    }

    public static string ReflectedDunder(BinaryOp op) => "__r" + OpNames.Dunder(op).Substring(2);
}

/// <summary>A member of an enum whose data type is int (IntEnum, IntFlag, <c>class C(int, Enum)</c>).</summary>
public sealed class EnumIntMember : PyInt
{
    private readonly PyType _type;
    private readonly PyDict _dict = new();

    public EnumIntMember(PyType type, long value) : base(value) => _type = type;

    public override PyType Type => _type;
    public override PyDict? InstanceDict => _dict;

    /// <summary>int's own repr/format, for the ReprEnum rules (str() of an IntEnum is the number).</summary>
    internal string IntRepr() => base.Repr();
    internal string IntFormat(string spec) => spec.Length == 0 ? base.Repr() : base.Format(spec);

    public override string Repr() =>
        EnumMember.Dunder(this, "__repr__") is { } m ? EnumMember.CallText(m, this, "__repr__") : base.Repr();

    public override string Str() =>
        EnumMember.Dunder(this, "__str__") is { } m ? EnumMember.CallText(m, this, "__str__") : base.Repr();

    public override string Format(string spec)
    {
        if (EnumMember.Dunder(this, "__format__") is not { } m)
            return base.Format(spec);
        var r = Calls.Call2(m, this, new PyStr(spec));
        return r is PyStr s ? s.Value : throw Errors.TypeError($"__format__ must return a str, not {r.Type.Name}");
    }

    public override long Hash() =>
        _type.Lookup("__hash__") is PyFunction f ? Ops.Hash(Calls.Call1(f, this)) : base.Hash();

    public override bool IsTrue() =>
        _type.Lookup("__bool__") is PyFunction f ? Ops.IsTrue(Calls.Call1(f, this)) : base.IsTrue();

    public override PyObject? BinaryOp(BinaryOp op, PyObject other) =>
        EnumMember.Dunder(this, OpNames.Dunder(op)) is not null ? EnumMember.CallBinary(this, OpNames.Dunder(op), other) : base.BinaryOp(op, other);

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other)
    {
        var name = EnumMember.ReflectedDunder(op);
        return EnumMember.Dunder(this, name) is not null ? EnumMember.CallBinary(this, name, other) : base.ReflectedBinaryOp(op, other);
    }

    public override PyObject? UnaryOp(UnaryOp op)
    {
        if (op == Runtime.UnaryOp.Invert && EnumMember.Dunder(this, "__invert__") is { } m)
            return Calls.Call1(m, this);
        return base.UnaryOp(op);
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op) =>
        _type.Lookup(OpNames.Dunder(op)) is PyFunction ? EnumMember.CallBinary(this, OpNames.Dunder(op), other) : base.RichCompare(other, op);

    public override bool Contains(PyObject item) =>
        EnumMember.Dunder(this, "__contains__") is { } m ? Ops.IsTrue(Calls.Call2(m, this, item)) : base.Contains(item);

    public override PyObject GetIter() =>
        EnumMember.Dunder(this, "__iter__") is { } m ? Ops.GetIter(Calls.Call1(m, this)) : base.GetIter();

    public override long Length() =>
        EnumMember.Dunder(this, "__len__") is { } m ? ArgCheck.ToLong(Calls.Call1(m, this)) : base.Length();

    public override PyObject GetAttr(string name) => ObjectProtocol.TryGenericGetAttr(this, name) ?? base.GetAttr(name);

    public override void SetAttr(string name, PyObject value) => ObjectProtocol.SetAttrRaw(this, name, value);

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        _type.LookupEntry(name).Owner is { IsHeapType: true } ? GetAttr(name).Call(args, kwnames) : base.CallMethod(name, args, kwnames);
}

/// <summary>A member of an enum whose data type is str (StrEnum, <c>class C(str, Enum)</c>).</summary>
public sealed class EnumStrMember : PyStr
{
    private readonly PyType _type;
    private readonly PyDict _dict = new();

    public EnumStrMember(PyType type, string value) : base(value) => _type = type;

    public override PyType Type => _type;
    public override PyDict? InstanceDict => _dict;

    internal string StrFormat(string spec) => spec.Length == 0 ? Value : base.Format(spec);

    public override string Repr() =>
        EnumMember.Dunder(this, "__repr__") is { } m ? EnumMember.CallText(m, this, "__repr__") : base.Repr();

    public override string Str() =>
        EnumMember.Dunder(this, "__str__") is { } m ? EnumMember.CallText(m, this, "__str__") : Value;

    public override string Format(string spec)
    {
        if (EnumMember.Dunder(this, "__format__") is not { } m)
            return base.Format(spec);
        var r = Calls.Call2(m, this, new PyStr(spec));
        return r is PyStr s ? s.Value : throw Errors.TypeError($"__format__ must return a str, not {r.Type.Name}");
    }

    public override long Hash() =>
        _type.Lookup("__hash__") is PyFunction f ? Ops.Hash(Calls.Call1(f, this)) : base.Hash();

    public override PyObject? RichCompare(PyObject other, CompareOp op) =>
        _type.Lookup(OpNames.Dunder(op)) is PyFunction ? EnumMember.CallBinary(this, OpNames.Dunder(op), other) : base.RichCompare(other, op);

    public override PyObject GetAttr(string name) => ObjectProtocol.TryGenericGetAttr(this, name) ?? base.GetAttr(name);

    public override void SetAttr(string name, PyObject value) => ObjectProtocol.SetAttrRaw(this, name, value);

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        _type.LookupEntry(name).Owner is { IsHeapType: true } ? GetAttr(name).Call(args, kwnames) : base.CallMethod(name, args, kwnames);
}
