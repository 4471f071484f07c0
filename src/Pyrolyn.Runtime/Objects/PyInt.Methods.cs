using System;
using System.Numerics;

namespace Pyrolyn.Runtime;

/// <summary>int(): construction, string parsing and the named methods.</summary>
public partial class PyInt
{
    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        ArgCheck.OnlyKwClinic(kwnames, "int", "base");
        PyObject? x = npos > 0 ? args[0] : null;
        PyObject? baseArg = npos > 1 ? args[1] : ArgCheck.Kw(args, kwnames, "base");
        if (npos > 2)
            throw Errors.TypeError($"int() takes at most 2 arguments ({npos} given)");
        if (x is null)
        {
            if (baseArg is not null)
                throw Errors.TypeError("int() missing string argument");
            return Zero;
        }
        if (baseArg is not null)
        {
            long b = ArgCheck.ToLong(baseArg);
            if (b != 0 && (b < 2 || b > 36))
                throw Errors.ValueError("int() base must be >= 2 and <= 36, or 0");
            return x switch
            {
                PyStr s => ParseText(s.Value, (int)b, s),
                PyBytes by => ParseText(System.Text.Encoding.Latin1.GetString(by.Value), (int)b, by),
                PyByteArray ba => ParseText(System.Text.Encoding.Latin1.GetString(ba.ToArray()), (int)b, ba),
                _ => throw Errors.TypeError("int() can't convert non-string with explicit base"),
            };
        }
        return FromObject(x);
    }

    /// <summary>int(x) for one argument.</summary>
    public static PyInt FromObject(PyObject x)
    {
        switch (x)
        {
            case PyBool bo: return From(bo.Value ? 1 : 0);
            // An int subclass (IntEnum member) converts to a plain int.
            case PyInt i: return i.GetType() == typeof(PyInt) ? i : (i.IsSmall ? From(i.Small) : From(i.ToBigInteger()));
            case PyFloat f: return FromDouble(f.Value);
            case PyStr s: return ParseText(s.Value, 10, s);
            case PyBytes by: return ParseText(System.Text.Encoding.Latin1.GetString(by.Value), 10, by);
            case PyByteArray ba: return ParseText(System.Text.Encoding.Latin1.GetString(ba.ToArray()), 10, ba);
        }
        foreach (var dunder in new[] { "__int__", "__index__", "__trunc__" })
        {
            if (x.Type.Lookup(dunder) is not null)
            {
                var r = x.CallMethod(dunder, Array.Empty<PyObject>());
                if (r is PyInt ri)
                    return ri;
                throw Errors.TypeError($"{dunder} returned non-int (type {r.Type.Name})");
            }
        }
        throw Errors.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'");
    }

    /// <summary>Parses int(text, base) with CPython's rules: surrounding whitespace, sign,
    /// base prefixes, single underscores between digits.</summary>
    public static PyInt ParseText(string text, int radix, PyObject original)
    {
        var r = TryParse(text, radix);
        if (r is null)
            throw Errors.ValueError($"invalid literal for int() with base {radix}: {Ops.Repr(original)}");
        return r;
    }

    public static PyInt? TryParse(string text, int radix)
    {
        // Unicode decimal digits count as digits and Unicode whitespace as spaces (CPython's
        // _PyUnicode_TransformDecimalAndSpaceToASCII).
        var s = CharInfo.DecimalAndSpaceToAscii(text).AsSpan().Trim(CharInfo.AsciiSpaces);
        int i = 0;
        bool neg = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            neg = s[i] == '-';
            i++;
        }
        bool prefixed = false;
        if (i + 1 < s.Length && s[i] == '0')
        {
            char p = char.ToLowerInvariant(s[i + 1]);
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (radix == 0 || radix == pb))
            {
                radix = pb;
                i += 2;
                prefixed = true;
            }
        }
        bool baseZeroDecimal = radix == 0;
        if (radix == 0)
            radix = 10;
        if (i >= s.Length)
            return null;
        // An underscore may follow a prefix, otherwise only sit between digits.
        if (s[i] == '_' && !prefixed)
            return null;
        long small = 0;
        BigInteger big = BigInteger.Zero;
        bool useBig = false;
        int digits = 0;
        bool lastUnderscore = false;
        bool allZero = true;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                if (lastUnderscore)
                    return null;
                lastUnderscore = true;
                continue;
            }
            lastUnderscore = false;
            int d = DigitValue(c);
            if (d < 0 || d >= radix)
                return null;
            if (d != 0) allZero = false;
            digits++;
            if (!useBig)
            {
                long hi = Math.BigMul(small, radix, out long lo);
                if (hi != 0 || lo < 0 || lo > long.MaxValue - d)
                {
                    useBig = true;
                    big = new BigInteger(small) * radix + d;
                }
                else
                    small = lo + d;
            }
            else
                big = big * radix + d;
        }
        if (lastUnderscore || digits == 0)
            return null;
        // Base 0 forbids leading zeros in non-zero decimal literals ("010").
        if (baseZeroDecimal && !prefixed && !allZero && s[neg || s[0] == '+' ? 1 : 0] == '0')
            return null;
        if ((radix & (radix - 1)) != 0 && MaxStrDigits > 0 && digits > MaxStrDigits)
            throw Errors.ValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
        if (!useBig)
            return From(neg ? -small : small);
        return From(neg ? -big : big);
    }

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        if (char.IsDigit(c)) return (int)char.GetNumericValue(c);
        return -1;
    }

    // ---- methods -----------------------------------------------------------------------------
    internal static void RegisterMethods()
    {
        BuiltinAttr.Register(BuiltinTypes.Int, Dispatch, "bit_length", "bit_count", "to_bytes", "conjugate",
            "as_integer_ratio", "__index__", "__int__", "__float__", "__abs__", "__neg__", "__pos__", "__bool__",
            "__repr__", "__str__", "__hash__", "__format__", "__add__", "__sub__", "__mul__", "__floordiv__",
            "__truediv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__",
            "__radd__", "__rsub__", "__rmul__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__invert__",
            "__trunc__", "__floor__", "__ceil__", "__round__", "__divmod__");
        BuiltinTypes.Int.Dict["from_bytes"] = new PyBuiltinFunction("from_bytes", FromBytes, null);
    }

    public override PyObject GetAttr(string name) => name switch
    {
        "real" or "numerator" => this is PyBool ? From(_value) : this,
        "imag" => Zero,
        "denominator" => One,
        _ => BuiltinAttr.Get(this, name),
    };

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(this, name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private static PyObject? Dispatch(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        var self = (PyInt)selfObj;
        switch (name)
        {
            case "bit_length":
                ArgCheck.None(args, kw, "int.bit_length");
                return From((long)BigInteger.Abs(self.ToBigInteger()).GetBitLength());
            case "bit_count":
            {
                ArgCheck.None(args, kw, "int.bit_count");
                if (self.IsSmall)
                    return From(BitOperations.PopCount(self._value == long.MinValue ? 1UL << 63 : (ulong)Math.Abs(self._value)));
                var a = BigInteger.Abs(self.ToBigInteger());
                long n = 0;
                foreach (var b in a.ToByteArray())
                    n += BitOperations.PopCount(b);
                return From(n);
            }
            case "to_bytes": return self.ToBytes(args, kw);
            case "conjugate": case "__int__": case "__index__": case "__trunc__": case "__floor__": case "__ceil__": case "__pos__":
                ArgCheck.None(args, kw, "int." + name);
                return self is PyBool ? From(self._value) : self;
            case "__round__":
                if (args.Length == 0 || args[0] is PyNone) return self is PyBool ? From(self._value) : self;
                return Builtins.Round(self, args[0]);
            case "as_integer_ratio":
                ArgCheck.None(args, kw, "int.as_integer_ratio");
                return new PyTuple(new PyObject[] { self is PyBool ? From(self._value) : self, One });
            case "__float__": return new PyFloat(self.ToDouble());
            case "__abs__": return self.Abs();
            case "__neg__": return Negate(self);
            case "__invert__": return self.UnaryOp(Runtime.UnaryOp.Invert)!;
            case "__bool__": return PyBool.From(self.IsTrue());
            case "__repr__": case "__str__": return new PyStr(self.Repr());
            case "__hash__": return From(self.Hash());
            case "__format__": return new PyStr(self.Format(ArgCheck.ToStr(ArgCheck.One(args, kw, "int.__format__"), "format_spec")));
            case "__divmod__": return Ops.NotImplementedIfNull(args[0] is PyInt d ? DivMod(self, d) : null);
        }
        if (name.StartsWith("__r", StringComparison.Ordinal) && OpNames.TryBinary("__" + name[3..], out var rop))
            return Ops.NotImplementedIfNull(self.ReflectedBinaryOp(rop, ArgCheck.One(args, kw, "int." + name)));
        if (OpNames.TryBinary(name, out var op))
            return Ops.NotImplementedIfNull(self.BinaryOp(op, ArgCheck.One(args, kw, "int." + name)));
        if (OpNames.TryCompare(name, out var cop))
            return Ops.NotImplementedIfNull(self.RichCompare(ArgCheck.One(args, kw, "int." + name), cop));
        return null;
    }

    private PyObject ToBytes(PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        ArgCheck.OnlyKwClinic(kw, "to_bytes", "length", "byteorder", "signed");
        if (npos > 2) throw Errors.TypeError($"to_bytes() takes at most 2 positional arguments ({npos} given)");
        long length = npos > 0 ? ArgCheck.ToLong(args[0]) : ArgCheck.Kw(args, kw, "length") is { } l ? ArgCheck.ToLong(l) : 1;
        string order = npos > 1 ? ArgCheck.ToStr(args[1], "to_bytes() argument 'byteorder'") :
            ArgCheck.Kw(args, kw, "byteorder") is { } o ? ArgCheck.ToStr(o, "to_bytes() argument 'byteorder'") : "big";
        bool signed = ArgCheck.Kw(args, kw, "signed") is { } sg && sg.IsTrue();
        if (order != "big" && order != "little")
            throw Errors.ValueError("byteorder must be either 'little' or 'big'");
        if (length < 0) throw Errors.ValueError("length argument must be non-negative");
        var v = ToBigInteger();
        if (!signed && v.Sign < 0)
            throw Errors.OverflowError("can't convert negative int to unsigned");
        var raw = v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        // Trim redundant sign bytes produced by ToByteArray.
        int n = raw.Length;
        if (!signed && n > 1 && raw[n - 1] == 0) n--;
        if (v.IsZero) n = 0;
        if (n > length)
            throw Errors.OverflowError("int too big to convert");
        var result = new byte[length];
        byte fill = (byte)(v.Sign < 0 ? 0xFF : 0);
        for (int i = 0; i < length; i++)
            result[i] = i < n ? raw[i] : fill;
        if (signed && length > 0 && ((result[length - 1] & 0x80) != 0) != (v.Sign < 0))
            throw Errors.OverflowError("int too big to convert");
        if (order == "big")
            Array.Reverse(result);
        return new PyBytes(result);
    }

    private static PyObject FromBytes(PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        PyObject data = npos > 0 ? args[0] : ArgCheck.Kw(args, kw, "bytes") ?? throw Errors.TypeError("from_bytes() missing required argument 'bytes' (pos 1)");
        string order = npos > 1 ? ArgCheck.ToStr(args[1], "from_bytes() argument 'byteorder'")
            : ArgCheck.Kw(args, kw, "byteorder") is { } o ? ArgCheck.ToStr(o, "from_bytes() argument 'byteorder'") : "big";
        bool signed = ArgCheck.Kw(args, kw, "signed") is { } sg && sg.IsTrue();
        if (order != "big" && order != "little")
            throw Errors.ValueError("byteorder must be either 'little' or 'big'");
        byte[] bytes = data switch
        {
            PyBytes b => b.Value,
            PyByteArray ba => ba.ToArray(),
            PyStr or PyInt => throw Errors.TypeError($"cannot convert '{data.Type.Name}' object to bytes"),
            _ => PyBytes.FromIterable(data),
        };
        return From(new BigInteger(bytes, isUnsigned: !signed, isBigEndian: order == "big"));
    }
}
