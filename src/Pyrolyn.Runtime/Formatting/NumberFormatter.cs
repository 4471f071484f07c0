using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>format() for int, float and str: CPython's Python/formatter_unicode.c.</summary>
public static class NumberFormatter
{
    // ---- str -----------------------------------------------------------------------------------------
    public static string FormatStr(string value, string spec)
    {
        var f = FormatSpec.Parse(spec, '<', "str", 's');
        if (f.Kind != '\0' && f.Kind != 's')
            throw FormatSpec.UnknownCode(f.Kind, "str");
        if (f.Sign == ' ') throw Errors.ValueError("Space not allowed in string format specifier");
        if (f.Sign != '\0') throw Errors.ValueError("Sign not allowed in string format specifier");
        if (f.NoNegZero) throw Errors.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        if (f.Alternate) throw Errors.ValueError("Alternate form (#) not allowed in string format specifier");
        if (f.Grouping != '\0') throw Errors.ValueError($"Cannot specify '{f.Grouping}' with 's'.");
        if (f.Align == '=') throw Errors.ValueError("'=' alignment not allowed in string format specifier");
        var s = new PyStr(value);
        int len = s.CpLength;
        if (f.Precision >= 0 && f.Precision < len)
        {
            value = s.CpSubstring(0, f.Precision);
            len = f.Precision;
        }
        return f.Pad(value, len);
    }

    // ---- int -----------------------------------------------------------------------------------------
    public static string FormatInt(PyInt value, string spec)
    {
        var f = FormatSpec.Parse(spec, '>', value.Type.Name, 'd');
        switch (f.Kind)
        {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return FormatFloatSpec(value.ToDouble(), f);
            case '\0': case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
                break;
            default:
                throw FormatSpec.UnknownCode(f.Kind, value.Type.Name);
        }
        if (f.Precision >= 0) throw Errors.ValueError("Precision not allowed in integer format specifier");
        if (f.NoNegZero) throw Errors.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (f.Kind == 'c')
        {
            if (f.Sign != '\0') throw Errors.ValueError("Sign not allowed with integer format specifier 'c'");
            if (f.Alternate) throw Errors.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (!value.IsSmall) throw Errors.OverflowError("Python int too large to convert to C long");
            long v = value.Small;
            if (v < 0 || v > 0x10FFFF) throw Errors.OverflowError("%c arg not in range(0x110000)");
            string ch = PyStr.CodePointToString((int)v);
            return f.Pad(ch, 1);
        }
        if (f.Grouping == ',' && f.Kind is 'b' or 'o' or 'x' or 'X' or 'n')
            throw Errors.ValueError($"Cannot specify ',' with '{f.Kind}'.");
        if (f.Grouping == '_' && f.Kind == 'n')
            throw Errors.ValueError("Cannot specify '_' with 'n'.");
        bool neg = value.Sign < 0;
        string digits;
        string prefix = "";
        int groupSize = 3;
        switch (f.Kind)
        {
            case 'b': digits = ToBase(value, 2); prefix = "0b"; groupSize = 4; break;
            case 'o': digits = ToBase(value, 8); prefix = "0o"; groupSize = 4; break;
            case 'x': digits = ToBase(value, 16); prefix = "0x"; groupSize = 4; break;
            case 'X': digits = ToBase(value, 16).ToUpperInvariant(); prefix = "0X"; groupSize = 4; break;
            default:
                digits = value.IsSmall
                    ? (neg ? (value.Small == long.MinValue ? "9223372036854775808" : (-value.Small).ToString(CultureInfo.InvariantCulture)) : value.Small.ToString(CultureInfo.InvariantCulture))
                    : BigInteger.Abs(value.ToBigInteger()).ToString(CultureInfo.InvariantCulture);
                break;
        }
        if (!f.Alternate) prefix = "";
        string sign = neg ? "-" : f.Sign is '+' ? "+" : f.Sign == ' ' ? " " : "";
        return Assemble(f, sign, prefix, digits, "", groupSize);
    }

    public static string ToBase(PyInt value, int radix)
    {
        if (value.IsSmall)
        {
            long v = value.Small;
            ulong a = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
            return radix switch
            {
                16 => a.ToString("x", CultureInfo.InvariantCulture),
                _ => ToBaseUlong(a, radix),
            };
        }
        var b = BigInteger.Abs(value.ToBigInteger());
        if (radix == 16)
        {
            var h = b.ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
            return h.Length == 0 ? "0" : h;
        }
        var sb = new StringBuilder();
        int bits = radix == 2 ? 1 : 3;
        long n = (long)b.GetBitLength();
        for (long i = ((n + bits - 1) / bits) - 1; i >= 0; i--)
        {
            int d = (int)((b >> (int)(i * bits)) & (radix - 1));
            sb.Append((char)('0' + d));
        }
        return sb.Length == 0 ? "0" : sb.ToString();
    }

    private static string ToBaseUlong(ulong a, int radix)
    {
        if (a == 0) return "0";
        Span<char> buf = stackalloc char[64];
        int p = 64;
        while (a > 0)
        {
            buf[--p] = (char)('0' + (int)(a % (ulong)radix));
            a /= (ulong)radix;
        }
        return new string(buf[p..]);
    }

    /// <summary>CPython's _PyUnicode_InsertThousandsGrouping, including zero padding that is
    /// itself grouped (<c>format(1234, '09,')</c> is <c>'0,001,234'</c>).</summary>
    public static string Group(string digits, int minWidth, string sep, int size)
    {
        var parts = new System.Collections.Generic.List<string>();
        int remaining = digits.Length, pos = digits.Length;
        while (true)
        {
            int l = Math.Min(size, Math.Max(Math.Max(remaining, minWidth), 1));
            int nZeros = Math.Max(0, l - remaining);
            int nChars = Math.Max(0, Math.Min(remaining, l));
            parts.Add(new string('0', nZeros) + digits.Substring(pos - nChars, nChars));
            pos -= nChars;
            remaining -= nChars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0) break;
            minWidth -= sep.Length;
        }
        parts.Reverse();
        return string.Join(sep, parts);
    }

    /// <summary>Lays out sign, prefix, integer digits (grouped), the rest (fraction, exponent,
    /// '%') and padding, as CPython's fill_number does.</summary>
    private static string Assemble(in FormatSpec f, string sign, string prefix, string intDigits, string rest, int groupSize)
    {
        bool zeroGroup = f.Align == '=' && f.Fill == "0";
        string body;
        if (f.Grouping != '\0' && intDigits.Length > 0)
        {
            int minWidth = zeroGroup && f.Width > 0 ? f.Width - sign.Length - prefix.Length - rest.Length : 0;
            body = Group(intDigits, minWidth, f.Grouping.ToString(), groupSize);
        }
        else body = intDigits;
        body += rest;
        int len = sign.Length + prefix.Length + body.Length;
        if (f.Width <= len) return sign + prefix + body;
        int pad = f.Width - len;
        switch (f.Align)
        {
            case '=': return sign + prefix + FormatSpec.Repeat(f.Fill, pad) + body;
            case '<': return sign + prefix + body + FormatSpec.Repeat(f.Fill, pad);
            case '^':
                int left = pad / 2;
                return FormatSpec.Repeat(f.Fill, left) + sign + prefix + body + FormatSpec.Repeat(f.Fill, pad - left);
            default: return FormatSpec.Repeat(f.Fill, pad) + sign + prefix + body;
        }
    }

    // ---- float ---------------------------------------------------------------------------------------
    public static string FormatFloat(double value, string spec) => FormatFloatSpec(value, FormatSpec.Parse(spec, '>', "float"));

    private static string FormatFloatSpec(double value, FormatSpec f)
    {
        char kind = f.Kind;
        switch (kind)
        {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                break;
            default:
                throw FormatSpec.UnknownCode(kind, "float");
        }
        if (kind == 'n' && f.Grouping != '\0')
            throw Errors.ValueError($"Cannot specify '{f.Grouping}' with 'n'.");
        bool neg = double.IsNegative(value) && !double.IsNaN(value);
        double a = Math.Abs(value);
        string body = FloatBody(a, kind, f.Precision, f.Alternate, out bool upper);
        if (upper) body = body.ToUpperInvariant();
        if (f.NoNegZero && neg && double.IsFinite(value) && IsZeroText(body)) neg = false;
        string sign = neg ? "-" : f.Sign == '+' ? "+" : f.Sign == ' ' ? " " : "";
        // Split the integer digits (which get grouped) from the rest.
        int k = 0;
        while (k < body.Length && char.IsAsciiDigit(body[k])) k++;
        string intPart = body[..k], rest = body[k..];
        if (!double.IsFinite(value)) { intPart = ""; rest = body; }
        return Assemble(f, sign, "", intPart, rest, 3);
    }

    private static bool IsZeroText(string body)
    {
        foreach (char c in body)
        {
            if (c is 'e' or 'E') break;
            if (c is >= '1' and <= '9') return false;
        }
        return true;
    }

    /// <summary>The unsigned text of |v| for a presentation type (CPython's PyOS_double_to_string).</summary>
    public static string FloatBody(double a, char kind, int precision, bool alt, out bool upper)
    {
        upper = kind is 'E' or 'F' or 'G';
        if (double.IsNaN(a)) return kind == '%' ? "nan%" : "nan";
        if (double.IsInfinity(a)) return kind == '%' ? "inf%" : "inf";
        bool addDot0 = false;
        if (kind == '\0')
        {
            addDot0 = true;
            if (precision < 0) return FloatRepr.Repr(a);
            kind = 'g';
        }
        if (kind == 'n') kind = 'g';
        if (precision < 0) precision = 6;
        var sb = new StringBuilder(24);
        switch (char.ToLowerInvariant(kind))
        {
            case 'f':
            {
                FloatRepr.Fixed(a, precision, out var d, out int decpt);
                FloatRepr.AppendFixed(sb, d, decpt, precision);
                if (alt && precision == 0) sb.Append('.');
                return sb.ToString();
            }
            case '%':
            {
                double p = a * 100;
                if (double.IsInfinity(p)) return "inf%"; // CPython scales first, so huge values overflow
                FloatRepr.Fixed(p, precision, out var d, out int decpt);
                FloatRepr.AppendFixed(sb, d, decpt, precision);
                if (alt && precision == 0) sb.Append('.');
                sb.Append('%');
                return sb.ToString();
            }
            case 'e':
            {
                FloatRepr.Significant(a, precision + 1, out var d, out int decpt);
                int exp = a == 0 ? 0 : decpt - 1;
                FloatRepr.AppendExponent(sb, d, exp, precision, 'e');
                if (alt && precision == 0) sb.Insert(1, '.');
                return sb.ToString();
            }
            default: // 'g'
            {
                if (precision == 0) precision = 1;
                FloatRepr.Significant(a, precision, out var d, out int decpt);
                if (a == 0) decpt = 1;
                int exp = decpt - 1;
                bool useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
                if (!alt)
                {
                    d = d.TrimEnd('0');
                    if (d.Length == 0) d = "0";
                }
                if (useExp)
                {
                    int frac = alt ? precision - 1 : d.Length - 1;
                    FloatRepr.AppendExponent(sb, d, exp, frac, 'e');
                    if (alt && frac == 0) sb.Insert(1, '.');
                }
                else
                {
                    int frac = alt ? Math.Max(0, precision - decpt) : Math.Max(0, d.Length - decpt);
                    FloatRepr.AppendFixed(sb, d, decpt, frac);
                    if (frac == 0 && (alt || addDot0)) sb.Append(addDot0 ? ".0" : ".");
                }
                return sb.ToString();
            }
        }
    }
}
