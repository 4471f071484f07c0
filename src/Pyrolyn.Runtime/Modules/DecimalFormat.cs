using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Pyrolyn.Runtime.Modules;

/// <summary>Decimal.__format__ after _pydecimal (fill/align/sign/z/#/0/width/,/.prec/type).</summary>
public static class DecimalFormat
{
    private static readonly Regex s_spec = new(@"\A
        (?:(?<fill>.)?(?<align>[<>=^]))?
        (?<sign>[-+ ])?
        (?<no_neg_0>z)?
        (?<alt>\#)?
        (?<zeropad>0)?
        (?<minimumwidth>(?!0)\d+)?
        (?<thousands_sep>,)?
        (?:\.(?<precision>0|(?!0)\d+))?
        (?<type>[eEfFgGn%])?
        \z", RegexOptions.IgnorePatternWhitespace | RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private sealed class Spec
    {
        public string Fill = " ";
        public char Align = '>';
        public char Sign = '-';
        public bool NoNeg0, Alt, ZeroPad;
        public int MinWidth;
        public string ThousandsSep = "";
        public int? Precision;
        public char? Type;
    }

    private static Spec ParseSpec(string s)
    {
        var m = s_spec.Match(s);
        if (!m.Success) throw Errors.ValueError("invalid format string");
        var sp = new Spec();
        bool fillGiven = m.Groups["fill"].Success, alignGiven = m.Groups["align"].Success;
        sp.ZeroPad = m.Groups["zeropad"].Success;
        if (sp.ZeroPad)
        {
            if (fillGiven || alignGiven) { if (fillGiven) sp.Fill = m.Groups["fill"].Value; if (alignGiven) sp.Align = m.Groups["align"].Value[0]; }
            if (!fillGiven) sp.Fill = "0";
            if (!alignGiven) sp.Align = '=';
        }
        else
        {
            if (fillGiven) sp.Fill = m.Groups["fill"].Value;
            if (alignGiven) sp.Align = m.Groups["align"].Value[0];
        }
        if (m.Groups["sign"].Success) sp.Sign = m.Groups["sign"].Value[0];
        sp.NoNeg0 = m.Groups["no_neg_0"].Success;
        sp.Alt = m.Groups["alt"].Success;
        if (m.Groups["minimumwidth"].Success) sp.MinWidth = int.Parse(m.Groups["minimumwidth"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["thousands_sep"].Success) sp.ThousandsSep = m.Groups["thousands_sep"].Value;
        if (m.Groups["precision"].Success) sp.Precision = int.Parse(m.Groups["precision"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["type"].Success) sp.Type = m.Groups["type"].Value[0];
        if (sp.Type is 'g' or 'G' or 'n' && sp.Precision == 0) sp.Precision = 1;
        if (sp.Type == 'n') sp.Type = 'g';
        return sp;
    }

    public static string Format(PyDecimal d, string specifier, PyDecimalContext ctx)
    {
        if (specifier.Length == 0) return d.Str();
        var spec = ParseSpec(specifier);
        if (d.IsSpecial)
        {
            string sgn = SignOf(d.Sign, spec);
            string body = new PyDecimal(0, d.Coeff, d.Exp, d.Kind).ToSciString(false, ctx.Capitals);
            if (spec.Type == '%') body += "%";
            return Align(sgn, body, spec);
        }
        char type = spec.Type ?? (ctx.Capitals == 1 ? 'G' : 'g');
        bool defaultType = spec.Type is null;
        if (type == '%') d = new PyDecimal(d.Sign, d.Coeff, d.Exp + 2);
        string rounding = ctx.Rounding;
        int? precision = spec.Precision;
        if (precision is int prec)
        {
            if (type is 'e' or 'E') d = d.RoundPlaces(prec + 1, rounding);
            else if (type is 'f' or 'F' or '%') d = d.Rescale(-prec, rounding);
            else if (type is 'g' or 'G' && d.NDigits > prec) d = d.RoundPlaces(prec, rounding);
        }
        if (d.Coeff.IsZero && d.Exp > 0 && type is 'f' or 'F' or '%') d = d.Rescale(0, rounding);
        int adjustedSign = d.Coeff.IsZero && spec.NoNeg0 && d.Sign == 1 ? 0 : d.Sign;
        string digits = d.Coeff.ToString(CultureInfo.InvariantCulture);
        long leftdigits = d.Exp + digits.Length;
        long dotplace;
        if (type is 'e' or 'E') dotplace = d.Coeff.IsZero && precision is int p2 ? 1 - p2 : 1;
        else if (type is 'f' or 'F' or '%') dotplace = leftdigits;
        else dotplace = d.Exp <= 0 && leftdigits > -6 ? leftdigits : 1;
        string intpart, fracpart;
        if (dotplace < 0) { intpart = "0"; fracpart = new string('0', (int)-dotplace) + digits; }
        else if (dotplace > digits.Length) { intpart = digits + new string('0', (int)(dotplace - digits.Length)); fracpart = ""; }
        else { intpart = dotplace == 0 ? "0" : digits[..(int)dotplace]; fracpart = digits[(int)dotplace..]; }
        long exp = leftdigits - dotplace;
        _ = defaultType;
        return FormatNumber(adjustedSign, intpart, fracpart, exp, type, spec);
    }

    private static string SignOf(int negative, Spec spec) =>
        negative == 1 ? "-" : spec.Sign is ' ' or '+' ? spec.Sign.ToString() : "";

    private static string FormatNumber(int negative, string intpart, string fracpart, long exp, char type, Spec spec)
    {
        string sign = SignOf(negative, spec);
        if (fracpart.Length > 0 || spec.Alt) fracpart = "." + fracpart;
        if (exp != 0 || type is 'e' or 'E')
        {
            char echar = type is 'E' or 'G' ? 'E' : 'e';
            fracpart += echar + (exp >= 0 ? "+" : "-") + Math.Abs(exp).ToString(CultureInfo.InvariantCulture);
        }
        if (type == '%') fracpart += "%";
        int minWidth = spec.ZeroPad ? spec.MinWidth - fracpart.Length - sign.Length : 0;
        intpart = InsertThousands(intpart, spec, minWidth);
        return Align(sign, intpart + fracpart, spec);
    }

    private static string InsertThousands(string digits, Spec spec, int minWidth)
    {
        string sep = spec.ThousandsSep;
        var groups = new List<string>();
        if (sep.Length > 0)
        {
            while (true)
            {
                int l = Math.Min(Math.Max(Math.Max(digits.Length, minWidth), 1), 3);
                groups.Add(new string('0', Math.Max(0, l - digits.Length)) + digits[Math.Max(0, digits.Length - l)..]);
                digits = digits[..Math.Max(0, digits.Length - l)];
                minWidth -= l;
                if (digits.Length == 0 && minWidth <= 0) break;
                minWidth -= sep.Length;
            }
        }
        else
        {
            int l = Math.Max(Math.Max(digits.Length, minWidth), 1);
            groups.Add(new string('0', l - digits.Length) + digits);
        }
        groups.Reverse();
        return string.Join(sep, groups);
    }

    private static string Align(string sign, string body, Spec spec)
    {
        int padLen = spec.MinWidth - sign.Length - body.Length;
        string padding = padLen > 0 ? string.Concat(System.Linq.Enumerable.Repeat(spec.Fill, padLen)) : "";
        switch (spec.Align)
        {
            case '<': return sign + body + padding;
            case '=': return sign + padding + body;
            case '^':
            {
                int half = padLen > 0 ? padLen / 2 : 0;
                string left = padLen > 0 ? string.Concat(System.Linq.Enumerable.Repeat(spec.Fill, half)) : "";
                string right = padLen > 0 ? string.Concat(System.Linq.Enumerable.Repeat(spec.Fill, padLen - half)) : "";
                return left + sign + body + right;
            }
            default: return padding + sign + body;
        }
    }
}
