using System;

namespace Pyrolyn.Runtime;

/// <summary>A parsed format-spec: <c>[[fill]align][sign][z][#][0][width][grouping][.precision][type]</c>.</summary>
public struct FormatSpec
{
    public string Fill;      // one code point (may be a surrogate pair)
    public char Align;       // '\0' when not given
    public char Sign;        // '\0', '+', '-', ' '
    public bool NoNegZero;   // 'z'
    public bool Alternate;   // '#'
    public bool ZeroPad;     // '0' given
    public int Width;        // -1 when not given
    public char Grouping;    // '\0', ',', '_'
    public int Precision;    // -1 when not given
    public char Kind;        // '\0' when not given
    public bool FillGiven;

    /// <summary>Parses a spec; <paramref name="defaultKind"/> is the presentation type assumed when
    /// none is given ('s' for str, 'd' for int), used to validate a grouping option.</summary>
    public static FormatSpec Parse(string spec, char defaultAlign, string typeName = "object", char defaultKind = '\0')
    {
        var f = new FormatSpec { Fill = " ", Width = -1, Precision = -1 };
        int i = 0, n = spec.Length;
        // fill + align (the fill may be a surrogate pair)
        int fillLen = n >= 2 && char.IsHighSurrogate(spec[0]) && char.IsLowSurrogate(spec[1]) ? 2 : 1;
        if (n > fillLen && IsAlign(spec[fillLen]))
        {
            f.Fill = spec[..fillLen];
            f.FillGiven = true;
            f.Align = spec[fillLen];
            i = fillLen + 1;
        }
        else if (n >= 1 && IsAlign(spec[0]))
        {
            f.Align = spec[0];
            i = 1;
        }
        if (i < n && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) f.Sign = spec[i++];
        if (i < n && spec[i] == 'z') { f.NoNegZero = true; i++; }
        if (i < n && spec[i] == '#') { f.Alternate = true; i++; }
        if (i < n && spec[i] == '0')
        {
            f.ZeroPad = true;
            if (!f.FillGiven) { f.Fill = "0"; f.FillGiven = true; }
            if (f.Align == '\0' && defaultAlign == '>') f.Align = '=';
            i++;
        }
        int start = i;
        while (i < n && char.IsAsciiDigit(spec[i])) i++;
        if (i > start) f.Width = ParseNum(spec, start, i);
        if (i < n && (spec[i] == ',' || spec[i] == '_'))
        {
            f.Grouping = spec[i++];
            if (i < n && (spec[i] == ',' || spec[i] == '_') && spec[i] != f.Grouping)
                throw Errors.ValueError("Cannot specify both ',' and '_'.");
        }
        if (i < n && spec[i] == '.')
        {
            i++;
            start = i;
            while (i < n && char.IsAsciiDigit(spec[i])) i++;
            if (i == start) throw Errors.ValueError("Format specifier missing precision");
            f.Precision = ParseNum(spec, start, i);
        }
        if (i < n - 1) throw Errors.ValueError($"Invalid format specifier '{spec}' for object of type '{typeName}'");
        if (i == n - 1)
        {
            f.Kind = spec[i];
            if (f.Kind == '\0') throw UnknownCode(f.Kind, typeName);
        }
        if (f.Grouping != '\0')
        {
            char k = f.Kind == '\0' ? defaultKind : f.Kind;
            bool ok = k is 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0'
                || (f.Grouping == '_' && k is 'b' or 'o' or 'x' or 'X');
            if (!ok)
                throw Errors.ValueError(k > 32 && k < 128 ? $"Cannot specify '{f.Grouping}' with '{k}'." : $"Cannot specify '{f.Grouping}' with '\\x{(int)k:x}'.");
        }
        if (f.Align == '\0') f.Align = defaultAlign;
        return f;
    }

    /// <summary>"Unknown format code 'q' for object of type 'int'" (non-printable codes as \\xNN).</summary>
    public static PyException UnknownCode(char kind, string typeName) =>
        Errors.ValueError(kind > 32 && kind < 128
            ? $"Unknown format code '{kind}' for object of type '{typeName}'"
            : $"Unknown format code '\\x{(int)kind:x}' for object of type '{typeName}'");

    private static int ParseNum(string s, int a, int b)
    {
        if (b - a > 9) throw Errors.ValueError("Too many decimal digits in format string");
        return int.Parse(s.AsSpan(a, b - a), provider: System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    /// <summary>Pads <paramref name="body"/> to the width with fill/alignment (non-numeric).</summary>
    public readonly string Pad(string body, int bodyLen)
    {
        if (Width <= bodyLen) return body;
        int pad = Width - bodyLen;
        int left = Align switch { '>' => pad, '^' => pad / 2, _ => 0 };
        return Repeat(Fill, left) + body + Repeat(Fill, pad - left);
    }

    public static string Repeat(string s, int n)
    {
        if (n <= 0) return "";
        if (s.Length == 1) return new string(s[0], n);
        var sb = new System.Text.StringBuilder(s.Length * n);
        for (int i = 0; i < n; i++) sb.Append(s);
        return sb.ToString();
    }
}
