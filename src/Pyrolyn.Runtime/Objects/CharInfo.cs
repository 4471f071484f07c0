using System.Globalization;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>Python's Unicode character predicates (str.isspace, isprintable, ...) on code points.</summary>
public static class CharInfo
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(int c) =>
        c < 128 ? (c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f)) :
        c == 0x85 || c == 0xA0 || (c <= 0xFFFF && char.IsWhiteSpace((char)c));

    public static bool IsLineBreak(int c) =>
        c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e ||
        c == 0x85 || c == 0x2028 || c == 0x2029;

    public static UnicodeCategory Category(int c) => CharUnicodeInfo.GetUnicodeCategory(c);

    public static bool IsPrintable(int c)
    {
        if (c < 128) return c >= 0x20 && c < 0x7f;
        switch (Category(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
        }
        return true;
    }

    public static bool IsAlpha(int c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : Category(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        _ => false,
    };

    public static bool IsDecimal(int c) => c < 128 ? (uint)(c - '0') <= 9 : Category(c) == UnicodeCategory.DecimalDigitNumber;

    /// <summary>Numeric_Type Decimal or Digit (superscripts and circled digits, not fractions).</summary>
    public static bool IsDigit(int c)
    {
        if (IsDecimal(c)) return true;
        if (c < 128) return false;
        return c <= 0xFFFF ? CharUnicodeInfo.GetDigitValue((char)c) >= 0 : CharUnicodeInfo.GetDigitValue(char.ConvertFromUtf32(c), 0) >= 0;
    }

    public static bool IsNumeric(int c) => c < 128 ? (uint)(c - '0') <= 9 : Category(c) switch
    {
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => c >= 0x4E00 && c <= 0x9FFF && CharUnicodeInfo.GetNumericValue((char)c) >= 0,
    };

    public static bool IsAlnum(int c) => IsAlpha(c) || IsDecimal(c) || IsDigit(c) || IsNumeric(c);

    public static bool IsUpper(int c) => c < 128 ? (uint)(c - 'A') <= 25 : Category(c) == UnicodeCategory.UppercaseLetter;
    public static bool IsLower(int c) => c < 128 ? (uint)(c - 'a') <= 25 : Category(c) == UnicodeCategory.LowercaseLetter;
    public static bool IsTitle(int c) => Category(c) == UnicodeCategory.TitlecaseLetter;
    public static bool IsCased(int c) => IsUpper(c) || IsLower(c) || IsTitle(c);

    public static bool IsIdStart(int c) => c == '_' || (c < 128 ? (uint)((c | 0x20) - 'a') <= 25 : Category(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
        _ => false,
    });

    public static bool IsIdContinue(int c) => IsIdStart(c) || (c < 128 ? (uint)(c - '0') <= 9 : Category(c) switch
    {
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    });
}
