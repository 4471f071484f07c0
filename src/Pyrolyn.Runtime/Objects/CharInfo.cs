using System.Globalization;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>Python's Unicode character predicates (str.isspace, isprintable, ...) on code points,
/// from CPython 3.11's Unicode database (<see cref="UnicodeDb"/>).</summary>
public static class CharInfo
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(int c) =>
        c < 128 ? (c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f)) : UnicodeDb.Has(c, UnicodeDb.Space);

    public static bool IsLineBreak(int c) =>
        c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e ||
        c == 0x85 || c == 0x2028 || c == 0x2029;

    public static UnicodeCategory Category(int c) => CharUnicodeInfo.GetUnicodeCategory(c);

    public static bool IsPrintable(int c) => c < 128 ? c >= 0x20 && c < 0x7f : UnicodeDb.Has(c, UnicodeDb.Printable);
    public static bool IsAlpha(int c) => UnicodeDb.Has(c, UnicodeDb.Alpha);
    public static bool IsDecimal(int c) => UnicodeDb.Has(c, UnicodeDb.Decimal);

    /// <summary>Numeric_Type Decimal or Digit (superscripts and circled digits, not fractions).</summary>
    public static bool IsDigit(int c) => UnicodeDb.Has(c, UnicodeDb.Digit);
    public static bool IsNumeric(int c) => UnicodeDb.Has(c, UnicodeDb.Numeric);

    public static bool IsAlnum(int c) =>
        UnicodeDb.Has(c, UnicodeDb.Alpha | UnicodeDb.Decimal | UnicodeDb.Digit | UnicodeDb.Numeric);

    public static bool IsUpper(int c) => UnicodeDb.Has(c, UnicodeDb.Upper);
    public static bool IsLower(int c) => UnicodeDb.Has(c, UnicodeDb.Lower);
    public static bool IsTitle(int c) => UnicodeDb.Has(c, UnicodeDb.Title);
    public static bool IsCased(int c) => UnicodeDb.Has(c, UnicodeDb.Cased);

    /// <summary>XID_Start or '_' (str.isidentifier's first character).</summary>
    public static bool IsIdStart(int c) => c == '_' || UnicodeDb.Has(c, UnicodeDb.XidStart);
    public static bool IsIdContinue(int c) => UnicodeDb.Has(c, UnicodeDb.XidContinue);

    /// <summary>The value of a Unicode decimal digit (int('٣') == 3), or -1.</summary>
    public static int DecimalValue(int c) => c < 128 ? ((uint)(c - '0') <= 9 ? c - '0' : -1) : UnicodeDb.DecimalValue(c);

    /// <summary>CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode whitespace becomes ' ',
    /// Unicode decimal digits their ASCII digit, other non-ASCII characters '?'.</summary>
    public static readonly char[] AsciiSpaces = { ' ', '\t', '\n', '\v', '\f', '\r' };

    public static string DecimalAndSpaceToAscii(string s)
    {
        bool ascii = true;
        foreach (char c in s) if (c >= 128) { ascii = false; break; }
        if (ascii) return s;
        var sb = new System.Text.StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int c = PyStr.NextCodePoint(s, ref i);
            if (c < 127) sb.Append((char)c);
            else if (IsSpace(c)) sb.Append(' ');
            else if (DecimalValue(c) is var d and >= 0) sb.Append((char)('0' + d));
            else sb.Append('?');
        }
        return sb.ToString();
    }
}
