using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>Decimal digit generation for floats: the shortest round-trip digits (repr) from
/// .NET's "R" format, and exactly rounded digits (half-even on the exact binary value, as
/// CPython's dtoa does) for fixed precisions.</summary>
public static class FloatRepr
{
    /// <summary>repr(float): shortest round-trip digits in CPython's layout.</summary>
    public static string Repr(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return double.IsNegative(v) ? "-0.0" : "0.0";
        Shortest(v, out var digits, out int decpt);
        var sb = new StringBuilder(24);
        if (v < 0) sb.Append('-');
        int exp = decpt - 1;
        if (exp < -4 || exp >= 16)
            AppendExponent(sb, digits, exp, digits.Length - 1, 'e');
        else
            AppendFixed(sb, digits, decpt, Math.Max(1, digits.Length - decpt));
        return sb.ToString();
    }

    /// <summary>Shortest round-trip digits (no leading/trailing zeros) and the decimal point
    /// position: |v| = 0.DIGITS * 10**decpt.</summary>
    public static void Shortest(double v, out string digits, out int decpt)
    {
        string r = Math.Abs(v).ToString("R", CultureInfo.InvariantCulture);
        int e = r.IndexOf('E');
        int exp10 = 0;
        string mant = r;
        if (e >= 0)
        {
            exp10 = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mant = r[..e];
        }
        int dot = mant.IndexOf('.');
        string intPart = dot < 0 ? mant : mant[..dot];
        string frac = dot < 0 ? "" : mant[(dot + 1)..];
        string all = intPart + frac;
        int point = intPart.Length + exp10;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') lead++;
        all = all[lead..];
        point -= lead;
        all = all.TrimEnd('0');
        if (all.Length == 0) { all = "0"; point = 1; }
        digits = all;
        decpt = point;
    }

    /// <summary>Exact decimal expansion of |v|: |v| = D * 10**-scale.</summary>
    private static void Exact(double v, out string digits, out int decpt)
    {
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(v));
        int be = (int)((bits >> 52) & 0x7FF);
        long m = bits & 0xFFFFFFFFFFFFFL;
        if (be == 0) be = 1; else m |= 1L << 52;
        int e = be - 1075;
        BigInteger d;
        int scale;
        if (e >= 0) { d = new BigInteger(m) << e; scale = 0; }
        else { d = new BigInteger(m) * BigInteger.Pow(5, -e); scale = -e; }
        string s = d.ToString(CultureInfo.InvariantCulture);
        decpt = s.Length - scale;
        int lead = 0;
        while (lead < s.Length - 1 && s[lead] == '0') lead++;
        digits = s[lead..];
        decpt -= lead;
    }

    /// <summary>Digits of |v| rounded half-even so that the last kept digit is at decimal
    /// position <paramref name="lastPos"/> (1 = units... as power: keeps digits with
    /// exponent >= -fracDigits). Returns digits with the point at decpt.</summary>
    private static void RoundAt(string digits, int decpt, int keep, out string outDigits, out int outDecpt)
    {
        // keep = number of leading digits to keep (may be <= 0 or > length).
        if (keep >= digits.Length)
        {
            outDigits = digits;
            outDecpt = decpt;
            return;
        }
        if (keep < 0)
        {
            outDigits = "0";
            outDecpt = decpt;
            return;
        }
        bool roundUp;
        char first = digits[keep];
        if (first > '5') roundUp = true;
        else if (first < '5') roundUp = false;
        else
        {
            bool rest = false;
            for (int i = keep + 1; i < digits.Length; i++)
                if (digits[i] != '0') { rest = true; break; }
            roundUp = rest || (keep > 0 && ((digits[keep - 1] - '0') & 1) == 1);
        }
        var kept = new StringBuilder(digits, 0, keep, keep + 1);
        if (roundUp)
        {
            int i = keep - 1;
            while (i >= 0 && kept[i] == '9') { kept[i] = '0'; i--; }
            if (i >= 0) kept[i]++;
            else { kept.Insert(0, '1'); decpt++; }
        }
        outDigits = kept.Length == 0 ? "0" : kept.ToString();
        outDecpt = decpt;
    }

    /// <summary>|v| rounded to <paramref name="sig"/> significant digits; returns exactly sig digits.</summary>
    public static void Significant(double v, int sig, out string digits, out int decpt)
    {
        if (v == 0) { digits = new string('0', sig); decpt = 1; return; }
        Exact(v, out var d, out var p);
        RoundAt(d, p, sig, out digits, out decpt);
        if (digits.Length < sig) digits = digits.PadRight(sig, '0');
    }

    /// <summary>|v| rounded to <paramref name="frac"/> digits after the point.</summary>
    public static void Fixed(double v, int frac, out string digits, out int decpt)
    {
        if (v == 0) { digits = "0"; decpt = 1; return; }
        Exact(v, out var d, out var p);
        int keep = p + frac;
        if (keep < 0) { digits = "0"; decpt = 1; return; }
        if (keep == 0)
        {
            // Everything is dropped: the value rounds to 0 or to one unit at the last place.
            RoundAt("0" + d, p + 1, 1, out digits, out decpt);
            return;
        }
        RoundAt(d, p, keep, out digits, out decpt);
    }

    /// <summary>Appends DIGITS with the point at decpt and exactly fracDigits decimals.</summary>
    public static void AppendFixed(StringBuilder sb, string digits, int decpt, int fracDigits, bool forceDot = true)
    {
        if (decpt <= 0)
            sb.Append('0');
        else
            for (int i = 0; i < decpt; i++)
                sb.Append(i < digits.Length ? digits[i] : '0');
        if (fracDigits > 0 || (forceDot && fracDigits > 0))
        {
            sb.Append('.');
            for (int i = 0; i < fracDigits; i++)
            {
                int idx = decpt + i;
                sb.Append(idx >= 0 && idx < digits.Length ? digits[idx] : '0');
            }
        }
    }

    public static void AppendExponent(StringBuilder sb, string digits, int exp, int fracDigits, char e)
    {
        sb.Append(digits[0]);
        if (fracDigits > 0)
        {
            sb.Append('.');
            for (int i = 1; i <= fracDigits; i++)
                sb.Append(i < digits.Length ? digits[i] : '0');
        }
        sb.Append(e);
        sb.Append(exp < 0 ? '-' : '+');
        int a = Math.Abs(exp);
        if (a < 10) sb.Append('0');
        sb.Append(a.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Rounds v to <paramref name="ndigits"/> decimals exactly (round(x, n)).</summary>
    public static double Round(double v, long ndigits)
    {
        if (!double.IsFinite(v) || v == 0) return v;
        if (ndigits > 330) return v;
        if (ndigits < -330) return 0.0 * v;
        Fixed(v, (int)ndigits, out var digits, out var decpt);
        string s = "0." + digits + "E" + decpt.ToString(CultureInfo.InvariantCulture);
        double r = double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(r))
            throw Errors.OverflowError("rounded value too large to represent");
        return v < 0 ? -r : r;
    }
}
