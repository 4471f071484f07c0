using System.Collections.Generic;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The <c>enum</c> module (classes in <see cref="EnumTypes"/>).</summary>
public static class EnumModule
{
    public static PyModule Create()
    {
        EnumTypes.EnsureCreated();
        var m = new PyModule("enum");
        var d = m.Dict;
        d["EnumType"] = EnumTypes.MetaType;
        d["EnumMeta"] = EnumTypes.MetaType;
        d["Enum"] = EnumTypes.EnumType;
        d["ReprEnum"] = EnumTypes.ReprEnumType!;
        d["IntEnum"] = EnumTypes.IntEnumType;
        d["StrEnum"] = EnumTypes.StrEnumType!;
        d["Flag"] = EnumTypes.FlagType!;
        d["IntFlag"] = EnumTypes.IntFlagType;
        d["FlagBoundary"] = EnumTypes.FlagBoundaryType;
        foreach (var b in new[] { "STRICT", "CONFORM", "EJECT", "KEEP" })
            d[b] = EnumTypes.FlagBoundaryType.GetAttr(b);
        d["auto"] = EnumAuto.AutoType;
        d["member"] = EnumWrapper.MemberType;
        d["nonmember"] = EnumWrapper.NonMemberType;
        d["property"] = BuiltinTypes.Property;
        d["unique"] = PyBuiltinFunction.One("unique", Unique, "enum");
        return m;
    }

    /// <summary><c>@unique</c>: ValueError when the enum has aliases.</summary>
    private static PyObject Unique(PyObject enumeration)
    {
        var info = EnumInfo.Require(enumeration as PyType ?? throw Errors.TypeError("unique() argument must be an enum class"));
        var duplicates = new List<string>();
        foreach (var (k, member) in info.MemberMap.Pairs())
        {
            var name = Ops.Str(k);
            var canonical = Ops.Str(EnumMember.Name(member));
            if (name != canonical)
                duplicates.Add($"{name} -> {canonical}");
        }
        if (duplicates.Count > 0)
            throw Errors.ValueError($"duplicate values found in {enumeration.Repr()}: {string.Join(", ", duplicates)}");
        return enumeration;
    }
}
