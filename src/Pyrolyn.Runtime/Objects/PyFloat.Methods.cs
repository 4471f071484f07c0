using System;
using System.Globalization;
using System.Linq;
using System.Numerics;

namespace Pyrolyn.Runtime;

/// <summary>float(): construction, parsing and the named methods.</summary>
public sealed partial class PyFloat
{
    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        ArgCheck.NoKw(kwnames, "float");
        if (args.Length > 1)
            throw Errors.TypeError($"float expected at most 1 argument, got {args.Length}");
        if (args.Length == 0)
            return new PyFloat(0.0);
        return FromObject(args[0]);
    }

    public static PyFloat FromObject(PyObject x)
    {
        switch (x)
        {
            case PyFloat f: return f;
            case PyInt i: return new PyFloat(i.ToDouble());
            case PyStr s: return new PyFloat(ParseText(s.Value, s));
            case PyBytes b: return new PyFloat(ParseText(System.Text.Encoding.Latin1.GetString(b.Value), b));
            case PyByteArray ba: return new PyFloat(ParseText(System.Text.Encoding.Latin1.GetString(ba.ToArray()), ba));
        }
        if (x.Type.Lookup("__float__") is not null)
        {
            var r = x.CallMethod("__float__", Array.Empty<PyObject>());
            if (r is PyFloat rf) return rf;
            throw Errors.TypeError($"{x.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
        }
        if (x.Type.Lookup("__index__") is not null && x.CallMethod("__index__", Array.Empty<PyObject>()) is PyInt ii)
            return new PyFloat(ii.ToDouble());
        throw Errors.TypeError($"float() argument must be a string or a real number, not '{x.Type.Name}'");
    }

    public static double ParseText(string text, PyObject original)
    {
        if (TryParse(text, out double d))
            return d;
        throw Errors.ValueError($"could not convert string to float: {Ops.Repr(original)}");
    }

    /// <summary>Python's float grammar: sign, digits with single underscores, point, exponent,
    /// or inf/infinity/nan in any case.</summary>
    public static bool TryParse(string text, out double result)
    {
        result = 0;
        var s = CharInfo.DecimalAndSpaceToAscii(text).AsSpan().Trim(CharInfo.AsciiSpaces);
        if (s.Length == 0) return false;
        int i = 0;
        bool neg = false;
        if (s[0] == '+' || s[0] == '-') { neg = s[0] == '-'; i = 1; }
        var rest = s[i..];
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            result = neg ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            result = neg ? -PositiveNaN : PositiveNaN;
            return true;
        }
        var clean = new System.Text.StringBuilder(s.Length);
        if (neg) clean.Append('-');
        int intDigits = 0, fracDigits = 0;
        char prev = '\0';
        // integer part
        for (; i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_'); i++)
        {
            if (s[i] == '_') { if (!char.IsAsciiDigit(prev) || i + 1 >= s.Length || !char.IsAsciiDigit(s[i + 1])) return false; }
            else { clean.Append(s[i]); intDigits++; }
            prev = s[i];
        }
        if (i < s.Length && s[i] == '.')
        {
            clean.Append('.');
            i++;
            prev = '.';
            for (; i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_'); i++)
            {
                if (s[i] == '_') { if (!char.IsAsciiDigit(prev) || i + 1 >= s.Length || !char.IsAsciiDigit(s[i + 1])) return false; }
                else { clean.Append(s[i]); fracDigits++; }
                prev = s[i];
            }
        }
        if (intDigits + fracDigits == 0) return false;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            clean.Append('e');
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) clean.Append(s[i++]);
            int expDigits = 0;
            prev = 'e';
            for (; i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_'); i++)
            {
                if (s[i] == '_') { if (!char.IsAsciiDigit(prev) || i + 1 >= s.Length || !char.IsAsciiDigit(s[i + 1])) return false; }
                else { clean.Append(s[i]); expDigits++; }
                prev = s[i];
            }
            if (expDigits == 0) return false;
        }
        if (i != s.Length) return false;
        return double.TryParse(clean.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out result);
    }

    internal static void RegisterMethods()
    {
        BuiltinAttr.Register(BuiltinTypes.Float, Dispatch, "is_integer", "as_integer_ratio", "hex", "conjugate",
            "__trunc__", "__floor__", "__ceil__", "__round__", "__int__", "__float__", "__abs__", "__neg__", "__pos__",
            "__bool__", "__repr__", "__str__", "__hash__", "__format__", "__add__", "__sub__", "__mul__", "__truediv__",
            "__floordiv__", "__mod__", "__pow__", "__radd__", "__rsub__", "__rmul__", "__rtruediv__",
            "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__divmod__");
        BuiltinTypes.Float.Dict["fromhex"] = new PyBuiltinFunction("fromhex", (a, k) => FromHex(ArgCheck.One(a, k, "float.fromhex") is PyStr hs ? hs.Value : throw Errors.TypeError("bad argument type for built-in operation")), null);
    }

    public override PyObject GetAttr(string name) => name switch
    {
        "real" => this,
        "imag" => new PyFloat(0.0),
        _ => BuiltinAttr.Get(this, name),
    };

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(this, name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private static PyObject? Dispatch(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        var self = (PyFloat)selfObj;
        double v = self.Value;
        switch (name)
        {
            case "is_integer":
                ArgCheck.None(args, kw, "float.is_integer");
                return PyBool.From(double.IsFinite(v) && Math.Floor(v) == v);
            case "as_integer_ratio":
            {
                ArgCheck.None(args, kw, "float.as_integer_ratio");
                if (double.IsInfinity(v)) throw Errors.OverflowError("cannot convert Infinity to integer ratio");
                if (double.IsNaN(v)) throw Errors.ValueError("cannot convert NaN to integer ratio");
                long bits = BitConverter.DoubleToInt64Bits(Math.Abs(v));
                int be = (int)((bits >> 52) & 0x7FF);
                long m = bits & 0xFFFFFFFFFFFFFL;
                if (be == 0) be = 1; else m |= 1L << 52;
                int e = be - 1075;
                BigInteger num = m, den = 1;
                if (m != 0)
                {
                    int tz = BitOperations.TrailingZeroCount(m);
                    num >>= tz;
                    e += tz;
                }
                else e = 0;
                if (e >= 0) num <<= e; else den <<= -e;
                if (v < 0) num = -num;
                return new PyTuple(new PyObject[] { PyInt.From(num), PyInt.From(den) });
            }
            case "hex":
                ArgCheck.None(args, kw, "float.hex");
                return new PyStr(ToHex(v));
            case "conjugate": case "__float__": case "__pos__":
                return self;
            case "__trunc__": case "__int__": return PyInt.FromDouble(v);
            case "__floor__": return PyInt.FromDouble(Math.Floor(v));
            case "__ceil__": return PyInt.FromDouble(Math.Ceiling(v));
            case "__round__": return Builtins.Round(self, args.Length > 0 ? args[0] : null);
            case "__abs__": return new PyFloat(Math.Abs(v));
            case "__neg__": return new PyFloat(-v);
            case "__bool__": return PyBool.From(v != 0);
            case "__repr__": case "__str__": return new PyStr(self.Repr());
            case "__hash__": return PyInt.From(self.Hash());
            case "__format__": return new PyStr(self.Format(ArgCheck.ToStr(ArgCheck.One(args, kw, "float.__format__"), "format_spec")));
            case "__divmod__":
                if (!TryToDouble(ArgCheck.One(args, kw, "float.__divmod__"), out double w)) return Ops.NotImplemented;
                DivMod(v, w, out double q, out double r);
                return new PyTuple(new PyObject[] { new PyFloat(q), new PyFloat(r) });
        }
        if (name.StartsWith("__r", StringComparison.Ordinal) && OpNames.TryBinary("__" + name[3..], out var rop))
            return Ops.NotImplementedIfNull(self.ReflectedBinaryOp(rop, ArgCheck.One(args, kw, "float." + name)));
        if (OpNames.TryBinary(name, out var op))
            return Ops.NotImplementedIfNull(self.BinaryOp(op, ArgCheck.One(args, kw, "float." + name)));
        if (OpNames.TryCompare(name, out var cop))
            return Ops.NotImplementedIfNull(self.RichCompare(ArgCheck.One(args, kw, "float." + name), cop));
        return null;
    }

    public static string ToHex(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(v) ? "-" : "";
        if (v == 0) return sign + "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(v));
        int be = (int)((bits >> 52) & 0x7FF);
        long m = bits & 0xFFFFFFFFFFFFFL;
        int lead = 1;
        int e = be - 1023;
        if (be == 0) { lead = 0; e = -1022; }
        string frac = m.ToString("x13", CultureInfo.InvariantCulture);
        return $"{sign}0x{lead}.{frac}p{(e >= 0 ? "+" : "")}{e}";
    }

    public static PyObject FromHex(string s)
    {
        var t = s.Trim(' ', '\t', '\n', '\r', '\v', '\f').ToLowerInvariant();
        foreach (char c in t)
            if (!(char.IsAsciiHexDigit(c) || c is '.' or 'x' or 'p' or '+' or '-' or 'i' or 'n' or 't' or 'y'))
                throw Errors.ValueError("invalid hexadecimal floating-point string");
        bool neg = false;
        if (t.StartsWith('-')) { neg = true; t = t[1..]; } else if (t.StartsWith('+')) t = t[1..];
        if (t is "inf" or "infinity") return new PyFloat(neg ? double.NegativeInfinity : double.PositiveInfinity);
        if (t == "nan") return new PyFloat(neg ? -PositiveNaN : PositiveNaN);
        if (t.StartsWith("0x")) t = t[2..];
        int p = t.IndexOf('p');
        long exp = 0;
        if (p >= 0)
        {
            var expText = t[(p + 1)..];
            if (expText.Length > 0 && expText.TrimStart('+', '-').Length > 0 && expText.TrimStart('+', '-').All(char.IsAsciiDigit)
                && expText.TrimStart('+', '-').Length < 18 && expText.Length - expText.TrimStart('+', '-').Length <= 1)
                exp = long.Parse(expText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            else
                throw Errors.ValueError("invalid hexadecimal floating-point string");
            t = t[..p];
        }
        int dot = t.IndexOf('.');
        string digits = dot < 0 ? t : t.Remove(dot, 1);
        int fracLen = dot < 0 ? 0 : t.Length - dot - 1;
        if (digits.Length == 0 || !digits.All(char.IsAsciiHexDigit) || !BigInteger.TryParse("0" + digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var mant))
            throw Errors.ValueError("invalid hexadecimal floating-point string");
        double d = mant.IsZero ? 0 : ScaleBig(mant, exp - 4L * fracLen);
        if (double.IsInfinity(d))
            throw Errors.OverflowError("hexadecimal value too large to represent as a float");
        return new PyFloat(neg ? -d : d);
    }

    private static double ScaleBig(BigInteger mant, long exp)
    {
        // Normalise to 64 bits with a sticky bit, then scale (single rounding for normal results).
        long bits = (long)mant.GetBitLength();
        if (bits > 64)
        {
            int sh = (int)(bits - 64);
            var top = mant >> sh;
            ulong q = (ulong)top;
            if (!(mant - (top << sh)).IsZero) q |= 1;
            return Math.ScaleB((double)q, (int)Math.Clamp(exp + sh, -4000, 4000));
        }
        return Math.ScaleB((double)(ulong)mant, (int)Math.Clamp(exp, -4000, 4000));
    }
}
