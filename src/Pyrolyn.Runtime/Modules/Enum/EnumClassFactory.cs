using System;
using System.Collections.Generic;
using System.Numerics;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// <c>EnumType.__new__</c>: turns a class namespace into an enum class. Member candidates are
/// the namespace entries that are not dunder/sunder names, descriptors (functions, properties,
/// class/static methods) or listed in <c>_ignore_</c>; <c>auto()</c> values are resolved in
/// definition order with <c>_generate_next_value_</c>. The class is made by <c>type.__new__</c>,
/// then each member is created (through a user <c>__new__</c> when there is one, then
/// <c>__init__</c>), aliases are found by value, and Flag classes get their bit masks.
/// </summary>
internal static class EnumClassFactory
{
    public static bool IsDunder(string n) => n.Length > 4 && n.StartsWith("__", StringComparison.Ordinal)
        && n.EndsWith("__", StringComparison.Ordinal) && n[2] != '_' && n[^3] != '_';

    public static bool IsSunder(string n) => n.Length > 2 && n[0] == '_' && n[^1] == '_' && n[1] != '_' && n[^2] != '_';

    private static bool IsDescriptor(PyObject v) => v switch
    {
        PyFunction or PyBuiltinFunction or PySlotWrapper or PyProperty or PyClassMethod or PyStaticMethod
            or PyMethodDescriptor or PyMemberDescriptor => true,
        PyInstance i => i.Type.HasUserGet || i.Type.HasUserSetOrDelete,
        _ => false,
    };

    /// <summary>The enum class among <paramref name="t"/>'s MRO (itself when it is one).</summary>
    private static bool IsEnumClass(PyType t) => EnumInfo.Of(t) is not null;

    public static PyType Create(PyType metacls, PyObject[] args, string[]? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos != 3)
            throw Errors.TypeError($"EnumType.__new__() takes 4 positional arguments but {npos + 1} were given");
        var name = ArgCheck.ToStr(args[0], "type.__new__() argument 1");
        var basesTuple = args[1] as PyTuple ?? throw Errors.TypeError("type.__new__() argument 2 must be tuple");
        var classdict = args[2] as PyDict ?? throw Errors.TypeError("type.__new__() argument 3 must be dict");
        string? boundary = null;
        var passNames = new List<string>();
        var passValues = new List<PyObject>();
        for (int i = 0; i < nkw; i++)
        {
            var v = args[npos + i];
            if (kwnames![i] == "boundary")
                boundary = v is PyNone ? null : v is PyStr bs ? bs.Value : Ops.Str(v);
            else
            {
                passNames.Add(kwnames[i]);
                passValues.Add(v);
            }
        }
        var bases = new PyType[basesTuple.Items.Length];
        for (int i = 0; i < bases.Length; i++)
            bases[i] = basesTuple.Items[i] as PyType ?? throw Errors.TypeError("bases must be types");

        // ---- mixins: the data type and the enum base (_get_mixins_) ----
        PyType memberType = BuiltinTypes.Object;
        PyType? firstEnum = null;
        if (bases.Length > 0)
        {
            firstEnum = bases[^1];
            if (!IsEnumClass(firstEnum))
                throw Errors.TypeError("new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`");
            foreach (var b in bases)
            {
                foreach (var t in b.Mro)
                {
                    if (EnumInfo.Of(t) is { } bi && bi.Count > 0)
                        throw Errors.TypeError($"<enum '{name}'> cannot extend {t.Repr()}");
                }
            }
            foreach (var b in bases)
            {
                PyType? found = null;
                foreach (var t in b.Mro)
                {
                    if (ReferenceEquals(t, BuiltinTypes.Object))
                        continue;
                    if (EnumInfo.Of(t) is { } ti)
                    {
                        if (!ReferenceEquals(ti.MemberType, BuiltinTypes.Object))
                            found = ti.MemberType;
                        break;
                    }
                    if (!t.IsHeapType)
                    {
                        found = t;
                        break;
                    }
                }
                if (found is not null)
                {
                    memberType = found;
                    break;
                }
            }
            if (!ReferenceEquals(memberType, BuiltinTypes.Object) && !ReferenceEquals(memberType, BuiltinTypes.Int)
                && !ReferenceEquals(memberType, BuiltinTypes.Str))
            {
                if (memberType.IsSubtypeOf(BuiltinTypes.Int))
                    memberType = BuiltinTypes.Int;
                else
                    throw Errors.TypeError($"Pyrolyn's enum supports int and str data types only, not '{memberType.Name}'");
            }
        }

        // ---- members and the namespace type.__new__ gets ----
        var ignore = new HashSet<string>(StringComparer.Ordinal);
        if (classdict.TryGetValue("_ignore_", out var ig))
        {
            var names = ig is PyStr igs ? igs.Value.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)
                : Array.ConvertAll(Ops.ToArray(ig), o => Ops.Str(o));
            foreach (var n in names)
                ignore.Add(n);
        }
        PyObject? generate = null;
        if (classdict.TryGetValue("_generate_next_value_", out var g))
            generate = g;
        else if (firstEnum is not null)
            generate = firstEnum.Lookup("_generate_next_value_");
        if (generate is PyStaticMethod gsm)
            generate = gsm.Function;

        var ns = new PyDict();
        var memberNames = new List<string>();
        var memberValues = new List<PyObject>();
        var lastValues = new List<PyObject>();
        PyObject? userNew = null;
        foreach (var (k, v0) in classdict.Pairs())
        {
            var key = k is PyStr ks ? ks.Value : throw Errors.TypeError("namespace keys must be strings");
            var v = v0;
            if (key == "_ignore_" || ignore.Contains(key))
                continue;
            if (key == "__new__" && firstEnum is not null)
            {
                userNew = v is PyStaticMethod sm ? sm.Function : v;
                ns.SetItem("__new_member__", v);
                continue;
            }
            bool forceMember = false;
            if (v is EnumWrapper w)
            {
                if (!w.IsMember)
                {
                    ns.SetItem(key, w.Value);
                    continue;
                }
                forceMember = true;
                v = w.Value;
            }
            if (!forceMember && (IsDunder(key) || IsSunder(key) || IsDescriptor(v)))
            {
                ns.SetItem(key, v);
                continue;
            }
            if (v is EnumAuto a)
            {
                if (a.Value is null)
                {
                    if (generate is null)
                        throw Errors.TypeError("auto() needs _generate_next_value_");
                    a.Value = Ops.Call(generate, new PyObject[]
                    {
                        new PyStr(key), PyInt.One, PyInt.From(memberNames.Count), new PyList(lastValues.ToArray()),
                    });
                }
                v = a.Value;
            }
            memberNames.Add(key);
            memberValues.Add(v);
            lastValues.Add(v);
        }

        var info = new EnumInfo { MemberType = memberType };
        ns.SetItem("_member_names_", info.MemberNames);
        ns.SetItem("_member_map_", info.MemberMap);
        ns.SetItem("_value2member_map_", info.Value2Member);
        ns.SetItem("_member_type_", memberType);
        if (!classdict.TryGetValue("__module__", out _))
            ns.SetItem("__module__", new PyStr("__main__"));

        var typeArgs = new PyObject[3 + passValues.Count];
        typeArgs[0] = new PyStr(name);
        typeArgs[1] = basesTuple;
        typeArgs[2] = ns;
        passValues.CopyTo(typeArgs, 3);
        var cls = (PyType)ClassBuilder.TypeNew(metacls, typeArgs, passNames.Count == 0 ? null : passNames.ToArray());

        info.NewMember = userNew;
        if (userNew is null)
        {
            foreach (var t in cls.Mro)
                if (t.Dict.TryGetValue("__new_member__", out var nm))
                {
                    info.NewMember = nm is PyStaticMethod s2 ? s2.Function : nm;
                    break;
                }
        }
        info.IsFlag = EnumTypes.FlagType is { } flagType ? cls.IsSubtypeOf(flagType) : name == "Flag";
        var firstInfo = firstEnum is null ? null : EnumInfo.Of(firstEnum);
        info.Boundary = boundary ?? firstInfo?.Boundary ?? "";
        EnumInfo.Attach(cls, info);

        // ---- repr/str/format: never the data type's or object's (ReprEnum keeps the data type's) ----
        bool HasOwn(string n) => classdict.TryGetValue(n, out _);
        if (EnumTypes.ReprEnumType is { } reprEnum && Array.IndexOf(bases, reprEnum) >= 0)
        {
            if (ReferenceEquals(memberType, BuiltinTypes.Object))
                throw Errors.TypeError("ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)");
            if (!HasOwn("__format__"))
                cls.Dict["__format__"] = EnumTypes.DataFormat;
            if (!HasOwn("__str__"))
                cls.Dict["__str__"] = EnumTypes.DataStr;
        }
        if (firstEnum is not null)
        {
            foreach (var n in new[] { "__repr__", "__str__", "__format__" })
            {
                if (HasOwn(n) || cls.Dict.ContainsKey(n))
                    continue;
                var found = cls.LookupEntry(n);
                if (found.Owner is null || !found.Owner.IsHeapType)
                    cls.Dict[n] = firstEnum.Lookup(n)!;
            }
            if (info.IsFlag && EnumTypes.FlagType is { } ft)
            {
                foreach (var n in new[] { "__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__" })
                    if (!HasOwn(n))
                        cls.Dict[n] = ft.Dict[n];
            }
        }

        // ---- members ----
        for (int i = 0; i < memberNames.Count; i++)
            AddMember(cls, info, memberNames[i], memberValues[i]);
        if (info.IsFlag)
            UpdateFlagAttributes(cls, info);
        return cls;
    }

    private static void AddMember(PyType cls, EnumInfo info, string memberName, PyObject value)
    {
        var args = value is PyTuple t ? t.Items : new[] { value };
        PyObject member;
        if (info.NewMember is { } newMember)
        {
            var all = new PyObject[args.Length + 1];
            all[0] = cls;
            Array.Copy(args, 0, all, 1, args.Length);
            member = newMember.Call(all);
        }
        else
        {
            member = NewRaw(cls, info, args, value);
        }
        if (EnumMember.Get(member, "_value_") is null)
        {
            if (ReferenceEquals(info.MemberType, BuiltinTypes.Object))
                EnumMember.Set(member, "_value_", value);
            else
            {
                try
                {
                    EnumMember.Set(member, "_value_", info.MemberType.Call(args));
                }
                catch (PyException)
                {
                    throw Errors.TypeError("_value_ not set in __new__, unable to create it");
                }
            }
        }
        var memberValue = EnumMember.Value(member);
        EnumMember.Set(member, "_name_", new PyStr(memberName));
        EnumMember.Set(member, "__objclass__", cls);
        if (ObjectProtocol.LookupUser(cls, "__init__") is { } init)
        {
            var all = new PyObject[args.Length + 1];
            all[0] = member;
            Array.Copy(args, 0, all, 1, args.Length);
            init.Call(all);
        }
        EnumMember.Set(member, "_sort_order_", PyInt.From(info.Count));

        var canonical = FindByValue(info, memberValue);
        if (canonical is not null)
            member = canonical;
        else if (!info.IsFlag || IsSingleBit(memberValue))
            info.MemberNames.Append(new PyStr(memberName));
        if (info.IsFlag)
        {
            if (memberValue is not PyInt fv)
                throw Errors.TypeError($"invalid flag value {Ops.Repr(memberValue)}");
            var bv = fv.ToBigInteger();
            info.FlagMask |= bv;
            if (IsSingleBit(memberValue))
                info.SinglesMask |= bv;
            info.AllBits = BigInteger.Pow(2, (int)BitLength(info.FlagMask)) - 1;
        }
        cls.Dict[memberName] = member;
        info.MemberMap.SetItem(new PyStr(memberName), member);
        try
        {
            if (!info.Value2Member.TryGetValue(memberValue, out _))
                info.Value2Member.SetItem(memberValue, member);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
        }
    }

    /// <summary>A bare member object: an instance of the class (object data type) or an int/str
    /// carrying the class as its type.</summary>
    internal static PyObject NewRaw(PyType cls, EnumInfo info, PyObject[] args, PyObject value)
    {
        if (ReferenceEquals(info.MemberType, BuiltinTypes.Int))
        {
            var iv = BuiltinTypes.Int.Call(args) as PyInt ?? throw Errors.TypeError("int() did not return an int");
            if (!iv.IsSmall)
                throw Errors.OverflowError("Pyrolyn's IntEnum values must fit in 64 bits");
            var m = new EnumIntMember(cls, iv.Small);
            EnumMember.Set(m, "_value_", PyInt.From(iv.Small));
            return m;
        }
        if (ReferenceEquals(info.MemberType, BuiltinTypes.Str))
        {
            if (EnumTypes.StrEnumType is { } se && cls.IsSubtypeOf(se))
            {
                if (args.Length > 3)
                    throw Errors.TypeError($"too many arguments for str(): {new PyTuple(args).Repr()}");
                if (args.Length == 1 && args[0] is not PyStr)
                    throw Errors.TypeError($"{Ops.Repr(args[0])} is not a string");
            }
            var sv = BuiltinTypes.Str.Call(args) as PyStr ?? throw Errors.TypeError("str() did not return a str");
            var m = new EnumStrMember(cls, sv.Value);
            EnumMember.Set(m, "_value_", new PyStr(sv.Value));
            return m;
        }
        return new PyInstance(cls);
    }

    internal static PyObject? FindByValue(EnumInfo info, PyObject value)
    {
        try
        {
            return info.Value2Member.TryGetValue(value, out var m) ? m : null;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
            foreach (var (_, m) in info.MemberMap.Pairs())
                if (Ops.EqBool(EnumMember.Value(m), value))
                    return m;
            return null;
        }
    }

    public static bool IsSingleBit(PyObject v)
    {
        if (v is not PyInt i)
            return false;
        var b = i.ToBigInteger();
        return !b.IsZero && (b & (b - 1)).IsZero;
    }

    public static long BitLength(BigInteger v) => (long)BigInteger.Abs(v).GetBitLength();

    private static void UpdateFlagAttributes(PyType cls, EnumInfo info)
    {
        cls.Dict["_flag_mask_"] = PyInt.From(info.FlagMask);
        cls.Dict["_singles_mask_"] = PyInt.From(info.SinglesMask);
        cls.Dict["_all_bits_"] = PyInt.From(info.AllBits);
        cls.Dict["_boundary_"] = EnumTypes.BoundaryObject(info.Boundary);
    }
}
