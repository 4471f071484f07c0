using System;
using System.Collections.Generic;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary>A parsed re.sub replacement string: literal pieces and group references
/// (<c>\1</c>, <c>\g&lt;1&gt;</c>, <c>\g&lt;name&gt;</c>), with Python's escapes and errors.</summary>
internal sealed class SubTemplate
{
    /// <summary>Either a literal (Group &lt; 0) or a group number.</summary>
    private readonly List<(string Literal, int Group)> _parts = new();

    public SubTemplate(string t, PyPattern pattern)
    {
        var lit = new StringBuilder();
        int i = 0;
        void Flush()
        {
            if (lit.Length > 0)
            {
                _parts.Add((lit.ToString(), -1));
                lit.Clear();
            }
        }
        void Group(int g)
        {
            Flush();
            _parts.Add(("", g));
        }
        while (i < t.Length)
        {
            char c = t[i];
            if (c != '\\')
            {
                lit.Append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= t.Length)
                throw ReModule.MakeError("bad escape (end of pattern)", t, start);
            char e = t[i];
            if (e == 'g')
            {
                i++;
                if (i >= t.Length || t[i] != '<')
                    throw ReModule.MakeError(i >= t.Length ? "missing <" : "missing <", t, i);
                i++;
                int nameStart = i;
                int close = t.IndexOf('>', i);
                if (i >= t.Length)
                    throw ReModule.MakeError("missing group name", t, nameStart);
                if (close < 0)
                    throw ReModule.MakeError("missing >, unterminated name", t, nameStart);
                string name = t.Substring(nameStart, close - nameStart);
                if (name.Length == 0)
                    throw ReModule.MakeError("missing group name", t, nameStart);
                i = close + 1;
                int g;
                if (name.Length > 0 && IsDigits(name))
                {
                    g = int.Parse(name, System.Globalization.CultureInfo.InvariantCulture);
                    if (g > pattern.GroupCount)
                        throw ReModule.MakeError($"invalid group reference {g}", t, nameStart);
                }
                else if (!Ops.IsTrue(new PyStr(name).CallMethod("isidentifier", Array.Empty<PyObject>())))
                {
                    throw ReModule.MakeError($"bad character in group name {PyStr.ReprOf(name)}", t, nameStart);
                }
                else if (!pattern.GroupIndex.TryGetValue(name, out g))
                {
                    throw Errors.IndexError($"unknown group name {PyStr.ReprOf(name)}");
                }
                Group(g);
                continue;
            }
            if (e == '0')
            {
                i++;
                int v = 0;
                for (int k = 0; k < 2 && i < t.Length && t[i] >= '0' && t[i] <= '7'; k++, i++)
                    v = v * 8 + (t[i] - '0');
                lit.Append((char)v);
                continue;
            }
            if (char.IsAsciiDigit(e))
            {
                int digitsStart = i;
                if (i + 2 < t.Length && IsOct(e) && IsOct(t[i + 1]) && IsOct(t[i + 2]))
                {
                    int v = (e - '0') * 64 + (t[i + 1] - '0') * 8 + (t[i + 2] - '0');
                    if (v > 0xFF)
                        throw ReModule.MakeError($"octal escape value \\{t.Substring(i, 3)} outside of range 0-0o377", t, start);
                    lit.Append((char)v);
                    i += 3;
                    continue;
                }
                int g = e - '0';
                i++;
                if (i < t.Length && char.IsAsciiDigit(t[i]))
                {
                    g = g * 10 + (t[i] - '0');
                    i++;
                }
                if (g > pattern.GroupCount)
                    throw ReModule.MakeError($"invalid group reference {g}", t, digitsStart);
                Group(g);
                continue;
            }
            string? esc = e switch
            {
                'n' => "\n",
                't' => "\t",
                'r' => "\r",
                'f' => "\f",
                'v' => "\v",
                'a' => "\a",
                'b' => "\b",
                '\\' => "\\",
                _ => null,
            };
            if (esc is not null)
            {
                lit.Append(esc);
                i++;
                continue;
            }
            if (e < 0x80 && char.IsAsciiLetter(e))
                throw ReModule.MakeError($"bad escape \\{e}", t, start);
            lit.Append('\\').Append(e);
            i++;
        }
        Flush();
    }

    private static bool IsDigits(string s)
    {
        foreach (char c in s)
            if (!char.IsAsciiDigit(c))
                return false;
        return true;
    }

    private static bool IsOct(char c) => c >= '0' && c <= '7';

    /// <summary>The replacement text for one match (unmatched groups expand to '').</summary>
    public string Expand(PyMatch m)
    {
        if (_parts.Count == 1 && _parts[0].Group < 0)
            return _parts[0].Literal;
        var sb = new StringBuilder();
        foreach (var (literal, g) in _parts)
        {
            if (g < 0)
                sb.Append(literal);
            else if (m.GroupText(g) is { } text)
                sb.Append(text);
        }
        return sb.ToString();
    }
}
