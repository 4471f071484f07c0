using System;
using System.Collections;
using System.Numerics;
using System.Text;

namespace Pyrolyn.Compiler.Syntax;

/// <summary>Prints a tree exactly as CPython 3.11's <c>ast.dump(node)</c> (no attributes, no
/// indent), so trees can be compared with CPython's text for text.</summary>
public static class AstDumper
{
    public static string Dump(SyntaxNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("None");
                return;
            case SyntaxNode node:
                WriteNode(builder, node);
                return;
            case string s:
                PythonRepr.WriteString(builder, s);
                return;
            case Enum e:
                // Operators and expression contexts are AST nodes without fields: Add(), Load().
                builder.Append(e.ToString()).Append("()");
                return;
            case int i:
                builder.Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return;
            case IEnumerable list when value is not byte[]:
                builder.Append('[');
                bool first = true;
                foreach (var item in list)
                {
                    if (!first)
                        builder.Append(", ");
                    first = false;
                    Write(builder, item);
                }
                builder.Append(']');
                return;
            default:
                PythonRepr.WriteConstant(builder, value);
                return;
        }
    }

    // ast.dump omits optional fields that are None and prints every other field as name=value.
    private static void WriteNode(StringBuilder builder, SyntaxNode node)
    {
        builder.Append(node.PythonName).Append('(');
        bool first = true;
        foreach (var field in node.GetFields())
        {
            if (field.Value is null)
                continue;
            if (!first)
                builder.Append(", ");
            first = false;
            builder.Append(field.Name).Append('=');
            Write(builder, field.Value);
        }
        builder.Append(')');
    }
}

/// <summary>Python's repr() of the constants an AST can hold.</summary>
internal static class PythonRepr
{
    public static void WriteConstant(StringBuilder builder, object value)
    {
        switch (value)
        {
            case NoneConstant:
                builder.Append("None");
                break;
            case EllipsisConstant:
                builder.Append("Ellipsis");
                break;
            case bool b:
                builder.Append(b ? "True" : "False");
                break;
            case BigInteger i:
                builder.Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case double d:
                builder.Append(FormatFloat(d, addDotZero: true));
                break;
            case ImaginaryConstant c:
                builder.Append(FormatFloat(c.Imag, addDotZero: false)).Append('j');
                break;
            case string s:
                WriteString(builder, s);
                break;
            case byte[] bytes:
                WriteBytes(builder, bytes);
                break;
            default:
                builder.Append(value);
                break;
        }
    }

    /// <summary>repr(float): the shortest round-tripping digits, exponent form when the decimal
    /// exponent is below -4 or above 16 (CPython's float_repr_style 'short').</summary>
    public static string FormatFloat(double value, bool addDotZero)
    {
        if (double.IsNaN(value))
            return "nan";
        if (double.IsPositiveInfinity(value))
            return "inf";
        if (double.IsNegativeInfinity(value))
            return "-inf";
        if (value == 0)
            return (BitConverter.DoubleToInt64Bits(value) < 0 ? "-0" : "0") + (addDotZero ? ".0" : "");

        // "R" is the shortest round-trip form on .NET Core 3.0+; normalise it to digits + exponent.
        string shortest = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        bool negative = shortest[0] == '-';
        if (negative)
            shortest = shortest.Substring(1);
        int exponent = 0;
        int ePos = shortest.IndexOfAny(new[] { 'E', 'e' });
        if (ePos >= 0)
        {
            exponent = int.Parse(shortest.Substring(ePos + 1), System.Globalization.CultureInfo.InvariantCulture);
            shortest = shortest.Substring(0, ePos);
        }
        int dot = shortest.IndexOf('.');
        string digits;
        int pointPosition;
        if (dot >= 0)
        {
            digits = shortest.Substring(0, dot) + shortest.Substring(dot + 1);
            pointPosition = dot;
        }
        else
        {
            digits = shortest;
            pointPosition = shortest.Length;
        }
        // Strip leading zeros (0.001 → digits "0001").
        int leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
            leading++;
        digits = digits.Substring(leading);
        pointPosition -= leading;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
            digits = "0";
        int decpt = pointPosition + exponent; // value = 0.digits * 10^decpt

        var sb = new StringBuilder();
        if (negative)
            sb.Append('-');
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            int e = decpt - 1;
            sb.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString("00", System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (addDotZero)
                sb.Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return sb.ToString();
    }

    /// <summary>repr(str): single quotes unless the text has ' and no ", escapes per isprintable.</summary>
    public static void WriteString(StringBuilder builder, string s)
    {
        char quote = s.IndexOf('\'') >= 0 && s.IndexOf('"') < 0 ? '"' : '\'';
        builder.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\')
            {
                builder.Append('\\').Append(c);
                continue;
            }
            switch (c)
            {
                case '\t': builder.Append("\\t"); continue;
                case '\n': builder.Append("\\n"); continue;
                case '\r': builder.Append("\\r"); continue;
            }
            if (c < ' ' || c == 0x7F)
            {
                builder.Append("\\x").Append(((int)c).ToString("x2"));
                continue;
            }
            if (c < 0x7F)
            {
                builder.Append(c);
                continue;
            }
            int cp = c;
            int width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                width = 2;
            }
            if (Tokenizer.IsPrintable(cp))
                builder.Append(s, i, width);
            else if (cp <= 0xFF)
                builder.Append("\\x").Append(cp.ToString("x2"));
            else if (cp <= 0xFFFF)
                builder.Append("\\u").Append(cp.ToString("x4"));
            else
                builder.Append("\\U").Append(cp.ToString("x8"));
            i += width - 1;
        }
        builder.Append(quote);
    }

    /// <summary>repr(bytes).</summary>
    public static void WriteBytes(StringBuilder builder, byte[] bytes)
    {
        bool hasSingle = Array.IndexOf(bytes, (byte)'\'') >= 0, hasDouble = Array.IndexOf(bytes, (byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        builder.Append('b').Append(quote);
        foreach (byte b in bytes)
        {
            if (b == quote || b == '\\')
                builder.Append('\\').Append((char)b);
            else if (b == '\t')
                builder.Append("\\t");
            else if (b == '\n')
                builder.Append("\\n");
            else if (b == '\r')
                builder.Append("\\r");
            else if (b < ' ' || b >= 0x7F)
                builder.Append("\\x").Append(b.ToString("x2"));
            else
                builder.Append((char)b);
        }
        builder.Append(quote);
    }
}
