using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// Translates a Python regular expression (3.11 syntax) to an equivalent .NET pattern, with
/// CPython's error messages for invalid patterns. Differences handled here:
/// - every capturing group becomes a .NET named group <c>g{N}</c> numbered left to right as in
///   Python (.NET numbers named groups after unnamed ones);
/// - <c>(?P&lt;name&gt;...)</c>, <c>(?P=name)</c>, <c>\N</c> backreferences, <c>(?(N)...)</c>;
/// - <c>\Z</c> → <c>\z</c>, <c>{,n}</c> → <c>{0,n}</c>, <c>[</c> inside a class is literal;
/// - re.ASCII makes <c>\d \w \s \b</c> ASCII-only; Unicode <c>\s</c> includes \x1c-\x1f;
/// - VERBOSE whitespace and comments are removed here (not by .NET, whose rules differ).
/// Unsupported constructs (possessive quantifiers, \N{...}) raise re.error naming them.
/// </summary>
internal sealed class RegexTranslator
{
    public const int IGNORECASE = 2, LOCALE = 4, MULTILINE = 8, DOTALL = 16, UNICODE = 32, VERBOSE = 64, ASCII = 256;

    private readonly string _p;
    private int _i;
    private readonly StringBuilder _out = new();
    private bool _verboseNow;
    /// <summary>One entry per open parenthesis: its capture group (null if none) and the
    /// VERBOSE state to restore when it closes.</summary>
    private readonly Stack<(int? Group, bool VerboseBefore)> _scopes = new();
    private readonly List<int> _openGroups = new();

    public int Flags;
    public int GroupCount;
    public readonly Dictionary<string, int> GroupIndex = new(StringComparer.Ordinal);
    public readonly List<string> GroupNamesInOrder = new();
    /// <summary>Parent group of each group (0: top level), to know which group closed last.</summary>
    public readonly List<int> GroupParent = new() { 0 };

    private RegexTranslator(string pattern, int flags)
    {
        _p = pattern;
        Flags = flags;
    }

    public static RegexTranslator Translate(string pattern, int flags)
    {
        var t = new RegexTranslator(pattern, flags);
        t.ParseGlobalFlags();
        t._verboseNow = (t.Flags & VERBOSE) != 0;
        t.Run();
        return t;
    }

    public string Result => _out.ToString();

    private bool Ascii => (Flags & ASCII) != 0;
    private bool Verbose => _verboseNow;

    public static PyException Error(string msg, string pattern, int pos) => ReModule.MakeError(msg, pattern, pos);
    private PyException Error(string msg, int pos) => Error(msg, _p, pos);

    /// <summary>Leading (?aiLmsux) groups set global flags (Python accepts them only at the start).</summary>
    private void ParseGlobalFlags()
    {
        int i = 0;
        while (i + 2 < _p.Length && _p[i] == '(' && _p[i + 1] == '?' && IsFlagChar(_p[i + 2]))
        {
            int j = i + 2;
            int f = 0;
            while (j < _p.Length && IsFlagChar(_p[j]))
                f |= FlagOf(_p[j++]);
            if (j < _p.Length && _p[j] == ')')
            {
                Flags |= f;
                i = j + 1;
                continue;
            }
            break;
        }
        _i = i;
        if ((Flags & ASCII) != 0 && (Flags & UNICODE) != 0)
            throw Error("ASCII and UNICODE flags are incompatible", 0);
    }

    private static bool IsFlagChar(char c) => c is 'a' or 'i' or 'L' or 'm' or 's' or 'u' or 'x';

    private static int FlagOf(char c) => c switch
    {
        'a' => ASCII,
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'u' => UNICODE,
        _ => VERBOSE,
    };

    /// <summary>Tracks what the last emitted item was, for "nothing to repeat"/"multiple repeat".</summary>
    private enum Last { Nothing, Atom, Quantifier }

    private void Run()
    {
        var last = Last.Nothing;
        var groupStarts = new Stack<int>();
        while (_i < _p.Length)
        {
            char c = _p[_i];
            if (Verbose)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
                {
                    _i++;
                    continue;
                }
                if (c == '#')
                {
                    while (_i < _p.Length && _p[_i] != '\n')
                        _i++;
                    continue;
                }
            }
            int start = _i;
            switch (c)
            {
                case '\\':
                    EscapeOutside();
                    last = Last.Atom;
                    break;
                case '[':
                    CharClass();
                    last = Last.Atom;
                    break;
                case '(':
                    groupStarts.Push(start);
                    if (OpenGroup(out bool isAtomLike))
                    {
                        last = Last.Nothing;
                    }
                    else
                    {
                        // A construct that emitted something complete (comment, flags, backreference).
                        groupStarts.Pop();
                        last = isAtomLike ? Last.Atom : last;
                    }
                    break;
                case ')':
                    if (groupStarts.Count == 0)
                        throw Error("unbalanced parenthesis", _i);
                    groupStarts.Pop();
                    CloseGroup();
                    _i++;
                    last = Last.Atom;
                    break;
                case '*': case '+': case '?':
                    Quantifier(ref last, start, c.ToString());
                    break;
                case '{':
                    if (TryBraceQuantifier(out string? q))
                        Quantifier(ref last, start, q!);
                    else
                    {
                        _out.Append("\\{");
                        _i++;
                        last = Last.Atom;
                    }
                    break;
                case '|':
                    _out.Append('|');
                    _i++;
                    last = Last.Nothing;
                    break;
                case '^': case '$':
                    _out.Append(c);
                    _i++;
                    last = Last.Atom;
                    break;
                case '.':
                    _out.Append("(?:" + SurrogatePair + "|.)");
                    _i++;
                    last = Last.Atom;
                    break;
                case ' ': case '#':
                    _out.Append('\\').Append(c);
                    _i++;
                    last = Last.Atom;
                    break;
                default:
                    if (char.IsHighSurrogate(c) && _i + 1 < _p.Length && char.IsLowSurrogate(_p[_i + 1]))
                    {
                        // One code point: a quantifier after it must repeat both UTF-16 units.
                        _out.Append("(?:").Append(c).Append(_p[_i + 1]).Append(')');
                        _i += 2;
                    }
                    else
                    {
                        AppendLiteral(_out, c);
                        _i++;
                    }
                    last = Last.Atom;
                    break;
            }
        }
        if (groupStarts.Count > 0)
            throw Error("missing ), unterminated subpattern", groupStarts.Peek());
    }

    private void Quantifier(ref Last last, int start, string q)
    {
        if (last == Last.Nothing)
            throw Error("nothing to repeat", start);
        if (last == Last.Quantifier)
            throw Error("multiple repeat", start);
        if (q.Length == 1)
            _i++;
        _out.Append(q);
        if (_i < _p.Length && _p[_i] == '?')
        {
            _out.Append('?');
            _i++;
        }
        else if (_i < _p.Length && _p[_i] == '+')
        {
            throw Error("possessive quantifiers (*+, ++, ?+, {m,n}+) are not supported by Pyrolyn", _i);
        }
        last = Last.Quantifier;
    }

    /// <summary>{m}, {m,}, {,n}, {m,n}: Python's forms; anything else is a literal '{'.</summary>
    private bool TryBraceQuantifier(out string? q)
    {
        q = null;
        int j = _i + 1;
        int minStart = j;
        while (j < _p.Length && char.IsAsciiDigit(_p[j]))
            j++;
        string min = _p.Substring(minStart, j - minStart);
        string? max = min;
        if (j < _p.Length && _p[j] == ',')
        {
            j++;
            int maxStart = j;
            while (j < _p.Length && char.IsAsciiDigit(_p[j]))
                j++;
            max = _p.Substring(maxStart, j - maxStart);
        }
        if (j >= _p.Length || _p[j] != '}')
            return false;
        if (min.Length == 0 && max is { Length: 0 } && !_p.Substring(_i, j - _i).Contains(','))
            return false;
        if (min.Length > 0 && max.Length > 0 && System.Numerics.BigInteger.Parse(min) > System.Numerics.BigInteger.Parse(max))
            throw Error("min repeat greater than max repeat", _i + 1);
        q = "{" + (min.Length == 0 ? "0" : min) + (ReferenceEquals(max, min) ? "" : "," + max) + "}";
        _i = j + 1;
        return true;
    }

    private static void AppendLiteral(StringBuilder sb, char c)
    {
        if ("\\*+?|{}[]()^$.#".IndexOf(c) >= 0 || char.IsWhiteSpace(c))
        {
            if (c is '\n') sb.Append("\\n");
            else if (c is '\r') sb.Append("\\r");
            else if (c is '\t') sb.Append("\\t");
            else if (c < 0x80 && !char.IsLetterOrDigit(c) && c != '\v' && c != '\f') sb.Append('\\').Append(c);
            else sb.Append("\\u").Append(((int)c).ToString("X4"));
        }
        else
        {
            sb.Append(c);
        }
    }

    private static void AppendCodePoint(StringBuilder sb, int cp, bool inClass)
    {
        if (cp > 0xFFFF)
        {
            string s = char.ConvertFromUtf32(cp);
            if (inClass)
                throw new InvalidOperationException();
            sb.Append("(?:\\u").Append(((int)s[0]).ToString("X4")).Append("\\u").Append(((int)s[1]).ToString("X4")).Append(')');
            return;
        }
        sb.Append("\\u").Append(cp.ToString("X4"));
    }

    // ---- groups -----------------------------------------------------------------------------

    /// <summary>Handles '(' at _i. Returns true when a group was opened (closed later by ')').</summary>
    private bool OpenGroup(out bool atomLike)
    {
        atomLike = false;
        int start = _i;
        _i++;
        if (_i < _p.Length && _p[_i] == '?')
        {
            _i++;
            if (_i >= _p.Length)
                throw Error("unexpected end of pattern", _i);
            char c = _p[_i];
            switch (c)
            {
                case ':':
                    _i++;
                    _out.Append("(?:");
                    PushScope(null);
                    return true;
                case '=': case '!': case '>':
                    _i++;
                    _out.Append("(?").Append(c);
                    PushScope(null);
                    return true;
                case '<':
                    if (_i + 1 < _p.Length && _p[_i + 1] is '=' or '!')
                    {
                        _out.Append("(?<").Append(_p[_i + 1]);
                        _i += 2;
                        PushScope(null);
                        return true;
                    }
                    throw Error($"unknown extension ?<{(_i + 1 < _p.Length ? _p[_i + 1].ToString() : "")}", start + 1);
                case '#':
                {
                    int close = _p.IndexOf(')', _i);
                    if (close < 0)
                        throw Error("missing ), unterminated comment", start);
                    _i = close + 1;
                    return false;
                }
                case 'P':
                    return OpenPGroup(start, out atomLike);
                case '(':
                    return OpenConditional(start);
            }
            if (IsFlagChar(c) || c == '-')
                return OpenFlags(start);
            throw Error($"unknown extension ?{c}", start + 1);
        }
        OpenCapture(null);
        return true;
    }

    private void PushScope(int? group) => _scopes.Push((group, _verboseNow));

    private void OpenCapture(string? name)
    {
        int n = ++GroupCount;
        GroupNamesInOrder.Add(name ?? "");
        int parent = 0;
        foreach (var scope in _scopes)
        {
            if (scope.Group is { } gg)
            {
                parent = gg;
                break;
            }
        }
        GroupParent.Add(parent);
        _openGroups.Add(n);
        _out.Append("(?<g").Append(n).Append('>');
        PushScope(n);
    }

    private void CloseGroup()
    {
        var scope = _scopes.Pop();
        if (scope.Group is { } n)
            _openGroups.Remove(n);
        _verboseNow = scope.VerboseBefore;
        _out.Append(')');
    }

    private bool OpenPGroup(int start, out bool atomLike)
    {
        atomLike = false;
        _i++;
        if (_i >= _p.Length)
            throw Error("unexpected end of pattern", _i);
        if (_p[_i] == '<')
        {
            _i++;
            string name = ReadName('>', "missing >, unterminated name");
            if (!IsIdentifier(name))
                throw Error($"bad character in group name {PyStr.ReprOf(name)}", _i - name.Length - 1);
            if (GroupIndex.TryGetValue(name, out int prev))
                throw Error($"redefinition of group name {PyStr.ReprOf(name)} as group {GroupCount + 1}; was group {prev}", _i - name.Length - 1);
            GroupIndex[name] = GroupCount + 1;
            OpenCapture(name);
            return true;
        }
        if (_p[_i] == '=')
        {
            _i++;
            int nameStart = _i;
            string name = ReadName(')', "missing ), unterminated name");
            if (!IsIdentifier(name))
                throw Error($"bad character in group name {PyStr.ReprOf(name)}", nameStart);
            if (!GroupIndex.TryGetValue(name, out int g))
                throw Error($"unknown group name {PyStr.ReprOf(name)}", nameStart);
            if (_openGroups.Contains(g))
                throw Error("cannot refer to an open group", start);
            _out.Append("\\k<g").Append(g).Append('>');
            atomLike = true;
            return false;
        }
        throw Error($"unknown extension ?P{_p[_i]}", start + 1);
    }

    private string ReadName(char terminator, string unterminated)
    {
        int nameStart = _i;
        if (nameStart >= _p.Length)
            throw Error("missing group name", nameStart);
        int end = _p.IndexOf(terminator, _i);
        if (end < 0)
            throw Error(unterminated, nameStart);
        string name = _p.Substring(nameStart, end - nameStart);
        if (name.Length == 0)
            throw Error("missing group name", nameStart);
        _i = end + 1;
        return name;
    }

    private static bool IsIdentifier(string s) =>
        Ops.IsTrue(new PyStr(s).CallMethod("isidentifier", Array.Empty<PyObject>()));

    private bool OpenConditional(int start)
    {
        _i++;
        int nameStart = _i;
        string name = ReadName(')', "missing ), unterminated name");
        int g;
        if (name.Length > 0 && char.IsAsciiDigit(name[0]))
        {
            if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out g))
                throw Error($"bad character in group name {PyStr.ReprOf(name)}", nameStart);
            if (g == 0)
                throw Error("bad group number", nameStart);
        }
        else if (!GroupIndex.TryGetValue(name, out g))
        {
            throw Error($"unknown group name {PyStr.ReprOf(name)}", nameStart);
        }
        _out.Append("(?(g").Append(g).Append(')');
        _pendingConditionalGroups.Add(g);
        PushScope(null);
        return true;
    }

    /// <summary>Conditionals may name groups defined later; checked after the pattern is read.</summary>
    private readonly List<int> _pendingConditionalGroups = new();

    private bool OpenFlags(int start)
    {
        int on = 0, off = 0;
        while (_i < _p.Length && IsFlagChar(_p[_i]))
            on |= FlagOf(_p[_i++]);
        if (_i < _p.Length && _p[_i] == '-')
        {
            _i++;
            while (_i < _p.Length && IsFlagChar(_p[_i]))
                off |= FlagOf(_p[_i++]);
        }
        if (_i >= _p.Length)
            throw Error("missing -, : or )", _i);
        if (_p[_i] == ')')
            throw Error("global flags not at the start of the expression", start);
        if (_p[_i] != ':')
            throw Error("missing -, : or )", _i);
        _i++;
        if (((on | off) & (ASCII | UNICODE | LOCALE)) != 0)
            throw Error("scoped ASCII/UNICODE/LOCALE flags are not supported by Pyrolyn", start + 1);
        var sb = new StringBuilder("(?");
        if ((on & IGNORECASE) != 0) sb.Append('i');
        if ((on & MULTILINE) != 0) sb.Append('m');
        if ((on & DOTALL) != 0) sb.Append('s');
        if ((off & (IGNORECASE | MULTILINE | DOTALL)) != 0)
        {
            sb.Append('-');
            if ((off & IGNORECASE) != 0) sb.Append('i');
            if ((off & MULTILINE) != 0) sb.Append('m');
            if ((off & DOTALL) != 0) sb.Append('s');
        }
        _out.Append(sb).Append(':');
        PushScope(null);
        if ((on & VERBOSE) != 0)
            _verboseNow = true;
        else if ((off & VERBOSE) != 0)
            _verboseNow = false;
        return true;
    }

    // ---- escapes ------------------------------------------------------------------------------

    /// <summary>A non-BMP character: one code point, two UTF-16 units.</summary>
    private const string SurrogatePair = "[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]";

    private string WordClass => Ascii ? "[a-zA-Z0-9_]" : "\\w";
    private string NonWordClass => Ascii ? "[^a-zA-Z0-9_]" : "\\W";

    private void EscapeOutside()
    {
        int start = _i;
        _i++;
        if (_i >= _p.Length)
            throw Error("bad escape (end of pattern)", start);
        char c = _p[_i];
        switch (c)
        {
            case 'A': _out.Append("\\A"); _i++; return;
            case 'Z': _out.Append("\\z"); _i++; return;
            case 'b':
                _out.Append(Ascii ? "(?:(?<=[a-zA-Z0-9_])(?![a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?=[a-zA-Z0-9_]))" : "\\b");
                _i++;
                return;
            case 'B':
                _out.Append(Ascii ? "(?:(?<=[a-zA-Z0-9_])(?=[a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?![a-zA-Z0-9_]))" : "\\B");
                _i++;
                return;
            case 'd': _out.Append(Ascii ? "[0-9]" : "\\d"); _i++; return;
            case 'D': _out.Append(Ascii ? "(?:" + SurrogatePair + "|[^0-9])" : "(?:" + SurrogatePair + "|\\D)"); _i++; return;
            case 'w': _out.Append(WordClass); _i++; return;
            case 'W': _out.Append("(?:" + SurrogatePair + "|" + NonWordClass + ")"); _i++; return;
            case 's': _out.Append(Ascii ? "[ \\t\\n\\r\\f\\v]" : "[\\s\\x1c-\\x1f]"); _i++; return;
            case 'S': _out.Append("(?:" + SurrogatePair + "|" + (Ascii ? "[^ \\t\\n\\r\\f\\v]" : "[^\\s\\x1c-\\x1f]") + ")"); _i++; return;
        }
        if (char.IsAsciiDigit(c))
        {
            if (c == '0' || (IsOctal(c) && _i + 2 < _p.Length && IsOctal(_p[_i + 1]) && IsOctal(_p[_i + 2])))
            {
                AppendCodePoint(_out, ReadOctal(start), inClass: false);
                return;
            }
            int g = c - '0';
            _i++;
            if (_i < _p.Length && char.IsAsciiDigit(_p[_i]))
            {
                g = g * 10 + (_p[_i] - '0');
                _i++;
            }
            if (g > GroupCount)
                throw Error($"invalid group reference {g}", start + 1);
            if (_openGroups.Contains(g))
                throw Error("cannot refer to an open group", start);
            _out.Append("\\k<g").Append(g).Append('>');
            return;
        }
        AppendCodePoint(_out, CommonEscape(start, inClass: false), inClass: false);
    }

    private static bool IsOctal(char c) => c >= '0' && c <= '7';

    private int ReadOctal(int start)
    {
        // _i is at the first digit.
        int v = 0, n = 0;
        while (n < 3 && _i < _p.Length && IsOctal(_p[_i]))
        {
            v = v * 8 + (_p[_i] - '0');
            _i++;
            n++;
        }
        if (v > 0xFF)
            throw Error($"octal escape value \\{_p.Substring(start + 1, n)} outside of range 0-0o377", start);
        return v;
    }

    /// <summary>Escapes valid both inside and outside classes; returns the code point.</summary>
    private int CommonEscape(int start, bool inClass)
    {
        char c = _p[_i];
        switch (c)
        {
            case 'n': _i++; return '\n';
            case 't': _i++; return '\t';
            case 'r': _i++; return '\r';
            case 'f': _i++; return '\f';
            case 'v': _i++; return '\v';
            case 'a': _i++; return '\a';
            case 'x': return Hex(start, 2);
            case 'u': return Hex(start, 4);
            case 'U':
            {
                int cp = Hex(start, 8);
                if (cp > 0x10FFFF)
                    throw Error($"bad escape \\U{_p.Substring(start + 2, 8)}", start);
                return cp;
            }
            case 'N':
                throw Error("named Unicode escapes (\\N{...}) are not supported by Pyrolyn", start);
        }
        if (c < 0x80 && char.IsAsciiLetter(c))
            throw Error($"bad escape \\{c}", start);
        if (char.IsHighSurrogate(c) && _i + 1 < _p.Length)
        {
            int cp = char.ConvertToUtf32(c, _p[_i + 1]);
            _i += 2;
            return cp;
        }
        _i++;
        return c;
    }

    private int Hex(int start, int digits)
    {
        int v = 0;
        int j = _i + 1;
        for (int k = 0; k < digits; k++, j++)
        {
            if (j >= _p.Length || !char.IsAsciiHexDigit(_p[j]))
                throw Error($"incomplete escape {_p.Substring(start, j - start)}", start);
            v = v * 16 + Convert.ToInt32(_p[j].ToString(), 16);
        }
        _i = j;
        return v;
    }

    // ---- character classes --------------------------------------------------------------------

    private void CharClass()
    {
        int start = _i;
        _i++;
        var sb = new StringBuilder("[");
        if (_i < _p.Length && _p[_i] == '^')
        {
            sb.Append('^');
            _i++;
        }
        bool first = true;
        int prevCp = -1; // last single code point, for range checks
        while (true)
        {
            if (_i >= _p.Length)
                throw Error("unterminated character set", start);
            char c = _p[_i];
            if (c == ']' && !first)
            {
                _i++;
                break;
            }
            first = false;
            int itemStart = _i;
            int cp;
            if (c == '\\')
            {
                _i++;
                if (_i >= _p.Length)
                    throw Error("unterminated character set", start);
                char e = _p[_i];
                string? cls = e switch
                {
                    'd' => Ascii ? "0-9" : "\\d",
                    'D' => Ascii ? "\\x00-/:-\\uFFFF" : "\\D",
                    'w' => Ascii ? "a-zA-Z0-9_" : "\\w",
                    'W' => Ascii ? "\\x00-/:-@\\[-^`{-\\uFFFF" : "\\W",
                    's' => Ascii ? " \\t\\n\\r\\f\\v" : "\\s\\x1c-\\x1f",
                    'S' => Ascii ? "\\x00-\\x08\\x0e-\\x1f!-\\uFFFF" : "\\S",
                    _ => null,
                };
                if (cls is not null)
                {
                    if (e == 'S' && !Ascii)
                        throw Error("\\S inside a character class is not supported by Pyrolyn", itemStart);
                    sb.Append(cls);
                    _i++;
                    prevCp = -1;
                    continue;
                }
                if (e == 'b')
                {
                    cp = '\b';
                    _i++;
                }
                else if (char.IsAsciiDigit(e))
                {
                    if (!IsOctal(e))
                        throw Error($"bad escape \\{e}", itemStart);
                    cp = ReadOctal(itemStart);
                }
                else if (e is 'A' or 'Z' or 'B')
                {
                    throw Error($"bad escape \\{e}", itemStart);
                }
                else
                {
                    cp = CommonEscape(itemStart, inClass: true);
                }
            }
            else
            {
                if (char.IsHighSurrogate(c) && _i + 1 < _p.Length)
                {
                    cp = char.ConvertToUtf32(c, _p[_i + 1]);
                    _i += 2;
                }
                else
                {
                    cp = c;
                    _i++;
                }
            }
            if (cp > 0xFFFF)
                throw Error("characters outside the Basic Multilingual Plane inside a character class are not supported by Pyrolyn", itemStart);
            // A range a-b (a '-' before ']' is literal).
            if (_i + 1 < _p.Length && _p[_i] == '-' && _p[_i + 1] != ']')
            {
                int dash = _i;
                _i++;
                int hi;
                char h = _p[_i];
                int hiStart = _i;
                if (h == '\\')
                {
                    _i++;
                    if (_i >= _p.Length)
                        throw Error("unterminated character set", start);
                    char e = _p[_i];
                    if (e is 'd' or 'D' or 'w' or 'W' or 's' or 'S')
                        throw Error($"bad character range {_p.Substring(itemStart, _i + 1 - itemStart)}", itemStart);
                    if (e == 'b') { hi = '\b'; _i++; }
                    else if (char.IsAsciiDigit(e)) hi = ReadOctal(hiStart);
                    else hi = CommonEscape(hiStart, inClass: true);
                }
                else if (char.IsHighSurrogate(h) && _i + 1 < _p.Length)
                {
                    hi = char.ConvertToUtf32(h, _p[_i + 1]);
                    _i += 2;
                }
                else
                {
                    hi = h;
                    _i++;
                }
                if (hi < cp)
                    throw Error($"bad character range {_p.Substring(itemStart, _i - itemStart)}", itemStart);
                if (hi > 0xFFFF)
                    throw Error("characters outside the Basic Multilingual Plane inside a character class are not supported by Pyrolyn", itemStart);
                AppendClassChar(sb, cp);
                sb.Append('-');
                AppendClassChar(sb, hi);
                _ = dash;
                prevCp = -1;
                continue;
            }
            AppendClassChar(sb, cp);
            prevCp = cp;
        }
        _ = prevCp;
        sb.Append(']');
        string cls2 = sb.ToString();
        if (cls2 == "[]")
            _out.Append("(?!)");
        else if (cls2.StartsWith("[^", StringComparison.Ordinal))
            _out.Append("(?:" + SurrogatePair + "|" + cls2 + ")"); // a non-BMP character is one item
        else
            _out.Append(cls2);
    }

    private static void AppendClassChar(StringBuilder sb, int cp)
    {
        char c = (char)cp;
        if (c is '\\' or ']' or '[' or '^' or '-')
            sb.Append('\\').Append(c);
        else if (cp < 0x20 || cp >= 0x7f)
            sb.Append("\\u").Append(cp.ToString("X4"));
        else
            sb.Append(c);
    }

    /// <summary>Checks references that may only be validated once all groups are known.</summary>
    public void Validate()
    {
        foreach (var g in _pendingConditionalGroups)
            if (g > GroupCount)
                throw Error("invalid group reference " + g, 0);
    }
}
