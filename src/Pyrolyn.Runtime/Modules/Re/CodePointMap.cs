namespace Pyrolyn.Runtime.Modules;

/// <summary>Converts between Python's code-point indexes and .NET's UTF-16 indexes for one
/// subject string. Identity (no tables) when the string has no surrogate pairs.</summary>
internal sealed class CodePointMap
{
    private readonly int[]? _cpToUtf16;
    private readonly int[]? _utf16ToCp;

    public CodePointMap(string s)
    {
        Text = s;
        int pairs = 0;
        for (int i = 0; i + 1 < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                pairs++;
                i++;
            }
        Length = s.Length - pairs;
        if (pairs == 0)
            return;
        _cpToUtf16 = new int[Length + 1];
        _utf16ToCp = new int[s.Length + 1];
        int cp = 0;
        for (int i = 0; i < s.Length; i++)
        {
            _cpToUtf16[cp] = i;
            _utf16ToCp[i] = cp;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                _utf16ToCp[i + 1] = cp;
                i++;
            }
            cp++;
        }
        _cpToUtf16[Length] = s.Length;
        _utf16ToCp[s.Length] = Length;
    }

    public string Text { get; }

    /// <summary>Length in code points.</summary>
    public int Length { get; }

    public int ToUtf16(int cp) => _cpToUtf16 is null ? cp : _cpToUtf16[cp];
    public int ToCodePoint(int utf16) => _utf16ToCp is null ? utf16 : _utf16ToCp[utf16];
}
