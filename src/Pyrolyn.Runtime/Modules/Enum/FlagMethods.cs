using System;
using System.Collections.Generic;
using System.Numerics;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// <c>Flag</c>: bitwise operators, membership, iteration over the set bits, and
/// <c>_missing_</c>, which makes the pseudo-members for combined values (named
/// <c>R|W</c>) under the class's boundary rule (STRICT, CONFORM, EJECT, KEEP).
/// </summary>
internal static class FlagMethods
{
    public static void Install(PyDict ns)
    {
        var owner = BuiltinTypes.Object;
        void W(string name, Func<PyObject[], string[]?, PyObject> f) => ns.SetItem(name, new PySlotWrapper(owner, name, f));

        ns.SetItem("_numeric_repr_", Builtins.Lookup("repr")!);
        ns.SetItem("_generate_next_value_", new PyBuiltinFunction("_generate_next_value_", (a, k) =>
        {
            ArgCheck.Range(a, k, "_generate_next_value_", 4, 4);
            var last = Ops.ToArray(a[3]);
            if (Ops.IsTrue(a[2]) == false)
                return a[1] is PyNone ? PyInt.One : a[1];
            var max = last[0];
            foreach (var v in last)
                if (Ops.IsTrue(Ops.Gt(v, max)))
                    max = v;
            if (max is not PyInt mi)
                throw Errors.TypeError($"invalid flag value {Ops.Repr(max)}");
            var hb = mi.Sign <= 0 ? -1 : EnumClassFactory.BitLength(mi.ToBigInteger()) - 1;
            return PyInt.From(BigInteger.Pow(2, (int)(hb + 1)));
        }, "enum"));
        ns.SetItem("_missing_", new PyClassMethod(new PyBuiltinFunction("_missing_", (a, k) =>
            Missing((PyType)a[0], a[1]), "enum")));
        W("__repr__", (a, k) =>
        {
            var name = EnumMember.Name(a[0]);
            var v = Ops.Repr(EnumMember.Value(a[0]));
            return new PyStr(name is PyNone ? $"<{a[0].Type.Name}: {v}>" : $"<{a[0].Type.Name}.{Ops.Str(name)}: {v}>");
        });
        W("__str__", (a, k) =>
        {
            var name = EnumMember.Name(a[0]);
            return new PyStr(name is PyNone ? $"{a[0].Type.Name}({Ops.Repr(EnumMember.Value(a[0]))})" : $"{a[0].Type.Name}.{Ops.Str(name)}");
        });
        W("__contains__", (a, k) =>
        {
            var self = a[0];
            var other = a[1];
            if (!other.Type.IsSubtypeOf(self.Type))
                throw Errors.TypeError($"unsupported operand type(s) for 'in': '{other.Type.QualName}' and '{self.Type.QualName}'");
            var ov = Bits(other);
            return PyBool.From((ov & Bits(self)) == ov);
        });
        W("__iter__", (a, k) => Ops.GetIter(new PyList(IterMembers(a[0].Type, Bits(a[0])).ToArray())));
        W("__len__", (a, k) =>
        {
            var v = BigInteger.Abs(Bits(a[0]));
            int n = 0;
            while (!v.IsZero)
            {
                if (!(v & 1).IsZero) n++;
                v >>= 1;
            }
            return PyInt.From(n);
        });
        W("__bool__", (a, k) => PyBool.From(!Bits(a[0]).IsZero));
        foreach (var (name, op) in new[] { ("__or__", '|'), ("__and__", '&'), ("__xor__", '^'), ("__ror__", '|'), ("__rand__", '&'), ("__rxor__", '^') })
        {
            var o = op;
            W(name, (a, k) => BitOp(a[0], a[1], o));
        }
        W("__invert__", (a, k) =>
        {
            var self = a[0];
            var cls = self.Type;
            var info = EnumInfo.Require(cls);
            var v = Bits(self);
            var result = info.Boundary == "keep" ? ~v : info.FlagMask ^ v;
            return EnumTypes.Lookup(cls, PyInt.From(result));
        });
    }

    private static BigInteger Bits(PyObject member) =>
        EnumMember.Value(member) is PyInt i ? i.ToBigInteger() : throw Errors.TypeError("flag value is not an int");

    private static PyObject BitOp(PyObject self, PyObject other, char op)
    {
        var cls = self.Type;
        var info = EnumInfo.Require(cls);
        BigInteger ov;
        if (other.Type.IsSubtypeOf(cls))
            ov = Bits(other);
        else if (!ReferenceEquals(info.MemberType, BuiltinTypes.Object) && other is PyInt oi)
            ov = oi.ToBigInteger();
        else
            return Ops.NotImplemented;
        var v = Bits(self);
        var r = op switch { '|' => v | ov, '&' => v & ov, _ => v ^ ov };
        return EnumTypes.Lookup(cls, PyInt.From(r));
    }

    /// <summary>The canonical single-bit members in <paramref name="value"/>: by value, or in
    /// definition order when the members were not defined in ascending order.</summary>
    private static List<PyObject> IterMembers(PyType cls, BigInteger value)
    {
        var info = EnumInfo.Require(cls);
        var result = new List<PyObject>();
        var canon = info.Members();
        bool ascending = true;
        for (int i = 1; i < canon.Length; i++)
            if (Ops.IsTrue(Ops.Lt(EnumMember.Value(canon[i]), EnumMember.Value(canon[i - 1]))))
                ascending = false;
        foreach (var m in canon)
        {
            if (EnumMember.Value(m) is not PyInt mi)
                continue;
            var b = mi.ToBigInteger();
            if (!b.IsZero && (b & (b - 1)).IsZero && (value & info.FlagMask & b) == b)
                result.Add(m);
        }
        if (ascending)
            result.Sort((x, y) => ((PyInt)EnumMember.Value(x)).ToBigInteger().CompareTo(((PyInt)EnumMember.Value(y)).ToBigInteger()));
        return result;
    }

    /// <summary>enum.bin: two's complement digits with a sign bit ("0b0 1010").</summary>
    private static string Bin(BigInteger num, long maxBits)
    {
        var ceiling = BigInteger.Pow(2, (int)EnumClassFactory.BitLength(num));
        string s = num >= 0 ? ToBinary(num + ceiling) : ToBinary(~num ^ (ceiling - 1) + ceiling);
        if (num >= 0)
        {
            int i = s.IndexOf('1', 2);
            s = s.Substring(0, i) + "0" + s.Substring(i + 1);
        }
        var sign = s.Substring(0, 3);
        var digits = s.Substring(3);
        if (maxBits >= 0 && digits.Length < maxBits)
        {
            var padded = new string(sign[^1], (int)maxBits) + digits;
            digits = padded.Substring(padded.Length - (int)maxBits);
        }
        return sign + " " + digits;
    }

    private static string ToBinary(BigInteger v)
    {
        if (v.IsZero)
            return "0b0";
        var sb = new System.Text.StringBuilder();
        var x = BigInteger.Abs(v);
        while (!x.IsZero)
        {
            sb.Insert(0, (x & 1).IsZero ? '0' : '1');
            x >>= 1;
        }
        return (v.Sign < 0 ? "-0b" : "0b") + sb;
    }

    private static PyObject Missing(PyType cls, PyObject value)
    {
        if (value is not PyInt vi)
            throw Errors.ValueError($"{Ops.Repr(value)} is not a valid {cls.QualName}");
        var info = EnumInfo.Require(cls);
        var v = vi.ToBigInteger();
        var flagMask = info.FlagMask;
        var singles = info.SinglesMask;
        var allBits = info.AllBits;
        BigInteger? neg = null;
        if (!(~allBits <= v && v <= allBits) || !(v & (allBits ^ flagMask)).IsZero)
        {
            switch (info.Boundary)
            {
                case "strict":
                    long maxBits = Math.Max(EnumClassFactory.BitLength(v), EnumClassFactory.BitLength(flagMask));
                    throw Errors.ValueError($"{cls.Repr()} invalid value {v}\n    given {Bin(v, maxBits)}\n  allowed {Bin(flagMask, maxBits)}");
                case "conform":
                    v &= flagMask;
                    break;
                case "eject":
                    return PyInt.From(v);
                case "keep":
                    if (v < 0)
                        v = BigInteger.Max(allBits + 1, BigInteger.Pow(2, (int)EnumClassFactory.BitLength(v))) + v;
                    break;
                default:
                    throw Errors.ValueError($"{cls.Repr()} unknown flag boundary {Ops.Repr(EnumTypes.BoundaryObject(info.Boundary))}");
            }
        }
        if (v < 0)
        {
            neg = v;
            v = allBits + 1 + v;
        }
        var unknown = v & ~flagMask;
        var aliases = v & ~singles;
        var memberValue = v & singles;
        if (!unknown.IsZero && info.Boundary != "keep")
            throw Errors.ValueError($"{cls.Name}({v}) -->  unknown values {unknown} [{Bin(unknown, -1)}]");
        var pseudo = EnumClassFactory.NewRaw(cls, info, new PyObject[] { PyInt.From(v) }, PyInt.From(v));
        if (EnumMember.Get(pseudo, "_value_") is null)
            EnumMember.Set(pseudo, "_value_", PyInt.From(v));
        PyObject name = PyNone.Instance;
        if (!memberValue.IsZero || !aliases.IsZero)
        {
            var members = IterMembers(cls, memberValue);
            BigInteger combined = 0;
            foreach (var m in members)
                combined |= Bits(m);
            var value2 = v;
            if (!aliases.IsZero)
            {
                value2 = memberValue | aliases;
                foreach (var (_, pm) in info.MemberMap.Pairs())
                {
                    var pv = Bits(pm);
                    if (!members.Contains(pm) && !pv.IsZero && (pv & value2) == pv)
                    {
                        members.Add(pm);
                        combined |= pv;
                    }
                }
            }
            var unk = value2 ^ combined;
            var joined = string.Join("|", members.ConvertAll(m => Ops.Str(EnumMember.Name(m))));
            if (combined.IsZero)
                name = PyNone.Instance;
            else if (!unk.IsZero && info.Boundary == "strict")
                throw Errors.ValueError($"{cls.Repr()}: no members with value {unk}");
            else if (!unk.IsZero)
                name = new PyStr(joined + "|" + Ops.Str(Ops.Call(cls.GetAttr("_numeric_repr_"), PyInt.From(unk))));
            else
                name = new PyStr(joined);
        }
        EnumMember.Set(pseudo, "_name_", name);
        var key = PyInt.From(v);
        if (info.Value2Member.TryGetValue(key, out var existing))
            pseudo = existing;
        else
            info.Value2Member.SetItem(key, pseudo);
        if (neg is { } n)
            info.Value2Member.SetItem(PyInt.From(n), pseudo);
        return pseudo;
    }
}
