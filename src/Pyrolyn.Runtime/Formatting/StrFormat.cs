using System;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>str.format / str.format_map (CPython's Objects/stringlib/unicode_format.h).</summary>
public static class StrFormat
{
    private sealed class Args
    {
        public PyObject[] Positional = Array.Empty<PyObject>();
        public PyObject[] All = Array.Empty<PyObject>();
        public string[]? KwNames;
        public PyObject? Mapping;
        public int AutoIndex;   // -1 once manual numbering was used
        public bool Manual;

        public PyObject Keyword(string name)
        {
            if (Mapping is not null) return Mapping.GetItem(new PyStr(name));
            if (KwNames is not null)
            {
                int start = All.Length - KwNames.Length;
                for (int i = 0; i < KwNames.Length; i++)
                    if (KwNames[i] == name) return All[start + i];
            }
            throw Errors.KeyError(new PyStr(name));
        }
    }

    public static string Format(string fmt, PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        var pos = new PyObject[npos];
        Array.Copy(args, pos, npos);
        return Render(fmt, new Args { Positional = pos, All = args, KwNames = kwnames }, 2);
    }

    public static string FormatMap(string fmt, PyObject mapping) =>
        Render(fmt, new Args { Mapping = mapping }, 2);

    private static string Render(string fmt, Args a, int depth)
    {
        if (depth <= 0) throw Errors.ValueError("Max string recursion exceeded");
        var sb = new StringBuilder(fmt.Length + 16);
        int i = 0, n = fmt.Length;
        while (i < n)
        {
            char c = fmt[i];
            if (c == '{')
            {
                if (i + 1 < n && fmt[i + 1] == '{') { sb.Append('{'); i += 2; continue; }
                if (i + 1 >= n) throw Errors.ValueError("Single '{' encountered in format string");
                i = ParseField(fmt, i + 1, out string name, out char conv, out string spec);
                sb.Append(RenderField(name, conv, spec, a, depth));
            }
            else if (c == '}')
            {
                if (i + 1 < n && fmt[i + 1] == '}') { sb.Append('}'); i += 2; continue; }
                throw Errors.ValueError("Single '}' encountered in format string");
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }
        return sb.ToString();
    }

    /// <summary>CPython's parse_field on the text after '{': the field name (brackets may hold any
    /// character), an optional "!c" conversion, then the spec up to the matching '}' (braces nest).
    /// Returns the index after the closing '}'.</summary>
    private static int ParseField(string fmt, int j, out string name, out char conv, out string spec)
    {
        int n = fmt.Length, start = j;
        conv = '\0';
        spec = "";
        while (true)
        {
            if (j >= n) throw Errors.ValueError("expected '}' before end of string");
            char c = fmt[j];
            if (c == '[')
            {
                j++;
                while (j < n && fmt[j] != ']') j++;
                continue;
            }
            if (c == '{') throw Errors.ValueError("unexpected '{' in field name");
            if (c is '}' or ':' or '!') break;
            j++;
        }
        name = fmt[start..j];
        if (fmt[j] == '}') return j + 1;
        if (fmt[j] == '!')
        {
            j++;
            if (j >= n) throw Errors.ValueError("end of string while looking for conversion specifier");
            conv = fmt[j++];
            if (j < n)
            {
                char c = fmt[j++];
                if (c == '}') return j;
                if (c != ':') throw Errors.ValueError("expected ':' after conversion specifier");
            }
        }
        else j++; // ':'
        int specStart = j, count = 1;
        while (j < n)
        {
            char c = fmt[j++];
            if (c == '{') count++;
            else if (c == '}' && --count == 0)
            {
                spec = fmt[specStart..(j - 1)];
                return j;
            }
        }
        throw Errors.ValueError("unmatched '{' in format spec");
    }

    private static string RenderField(string name, char conv, string spec, Args a, int depth)
    {
        // The field is resolved before nested fields in its spec (auto-numbering order).
        var value = Resolve(name, a);
        if (spec.Contains('{')) spec = Render(spec, a, depth - 1);
        switch (conv)
        {
            case '\0': break;
            case 'r': value = new PyStr(value.Repr()); break;
            case 's': value = new PyStr(Ops.Str(value)); break;
            case 'a': value = new PyStr(Ops.Ascii(value)); break;
            default: throw Errors.ValueError($"Unknown conversion specifier {conv}");
        }
        return value is PyStr s && spec.Length == 0 ? s.Value : Ops.Format(value, spec);
    }

    private static PyObject Resolve(string name, Args a)
    {
        int i = 0;
        while (i < name.Length && name[i] != '.' && name[i] != '[') i++;
        string first = name[..i];
        PyObject obj;
        if (first.Length == 0)
        {
            if (a.Manual) throw Errors.ValueError("cannot switch from manual field specification to automatic field numbering");
            if (a.Mapping is not null) throw Errors.ValueError("Format string contains positional fields");
            int idx = a.AutoIndex++;
            obj = idx < a.Positional.Length ? a.Positional[idx]
                : throw Errors.IndexError($"Replacement index {idx} out of range for positional args tuple");
        }
        else if (IsDigits(first))
        {
            if (a.AutoIndex > 0) throw Errors.ValueError("cannot switch from automatic field numbering to manual field specification");
            a.Manual = true;
            if (a.Mapping is not null) throw Errors.ValueError("Format string contains positional fields");
            int idx = int.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
            obj = idx < a.Positional.Length ? a.Positional[idx]
                : throw Errors.IndexError($"Replacement index {idx} out of range for positional args tuple");
        }
        else obj = a.Keyword(first);
        while (i < name.Length)
        {
            if (name[i] == '.')
            {
                int j = i + 1;
                while (j < name.Length && name[j] != '.' && name[j] != '[') j++;
                string attr = name[(i + 1)..j];
                if (attr.Length == 0) throw Errors.ValueError("Empty attribute in format string");
                obj = obj.GetAttr(attr);
                i = j;
            }
            else
            {
                int j = name.IndexOf(']', i);
                if (j < 0) throw Errors.ValueError("Missing ']' in format string");
                string key = name[(i + 1)..j];
                if (key.Length == 0) throw Errors.ValueError("Empty attribute in format string");
                obj = obj.GetItem(IsDigits(key) ? PyInt.Parse(key) : new PyStr(key));
                i = j + 1;
                if (i < name.Length && name[i] != '.' && name[i] != '[')
                    throw Errors.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private static bool IsDigits(string s)
    {
        if (s.Length == 0) return false;
        foreach (char c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
