using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Pyrolyn.Compiler.Syntax;

/// <summary>Unicode character names for \N{NAME} escapes, as CPython's unicodedata (Unicode 14.0).
/// Lookup is case-insensitive, like CPython's.</summary>
internal static partial class UnicodeNames
{
    private static readonly Lazy<Dictionary<string, int>> Table = new(Load);

    private static readonly string[] AlgorithmicPrefixes =
    {
        "CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
        "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-",
    };

    private static readonly string[] JamoInitial = { "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H" };
    private static readonly string[] JamoMedial = { "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I" };
    private static readonly string[] JamoFinal = { "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H" };

    public static bool TryLookup(string name, out int codePoint)
    {
        string upper = name.ToUpperInvariant();
        if (Table.Value.TryGetValue(upper, out codePoint))
            return true;
        foreach (var prefix in AlgorithmicPrefixes)
        {
            if (upper.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(upper.Substring(prefix.Length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out codePoint)
                && codePoint <= 0x10FFFF
                && CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(codePoint), 0) == UnicodeCategory.OtherLetter)
                return true;
        }
        const string hangul = "HANGUL SYLLABLE ";
        if (upper.StartsWith(hangul, StringComparison.Ordinal))
        {
            string rest = upper.Substring(hangul.Length);
            for (int s = 0; s < 19 * 21 * 28; s++)
            {
                if (JamoInitial[s / (21 * 28)] + JamoMedial[s % (21 * 28) / 28] + JamoFinal[s % 28] == rest)
                {
                    codePoint = 0xAC00 + s;
                    return true;
                }
            }
        }
        codePoint = 0;
        return false;
    }

    private static Dictionary<string, int> Load()
    {
        var table = new Dictionary<string, int>(40000, StringComparer.Ordinal);
        using var input = new GZipStream(new MemoryStream(Convert.FromBase64String(CompressedTable)), CompressionMode.Decompress);
        using var reader = new StreamReader(input, Encoding.ASCII);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            int semicolon = line.IndexOf(';');
            table[line.Substring(0, semicolon)] = int.Parse(line.Substring(semicolon + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }
        return table;
    }
}
