using System;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>str.encode / bytes.decode for the common codecs, with CPython's error messages.</summary>
public static class Codecs
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string Normalize(string encoding)
    {
        var e = encoding.Trim().ToLowerInvariant().Replace('_', '-');
        return e switch
        {
            "utf8" or "u8" or "utf" or "cp65001" => "utf-8",
            "ascii" or "us-ascii" or "646" => "ascii",
            "latin1" or "latin-1" or "iso-8859-1" or "iso8859-1" or "8859" or "cp819" or "l1" => "latin-1",
            "utf16" => "utf-16",
            "utf32" => "utf-32",
            "utf-16le" or "utf-16-le" => "utf-16-le",
            "utf-16be" or "utf-16-be" => "utf-16-be",
            "windows-1252" => "cp1252",
            _ => e,
        };
    }

    private static PyException UnknownEncoding(string enc) =>
        Errors.New(ExceptionTypes.LookupError, $"unknown encoding: {enc}");

    public static byte[] Encode(string s, string encoding, string errors)
    {
        string enc = Normalize(encoding);
        switch (enc)
        {
            case "utf-8":
            {
                // Lone surrogates cannot be encoded.
                for (int i = 0; i < s.Length; i++)
                {
                    char c = s[i];
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
                    if (char.IsSurrogate(c))
                    {
                        if (errors == "strict" || errors == "surrogateescape")
                            throw Errors.New(ExceptionTypes.UnicodeEncodeError,
                                $"'utf-8' codec can't encode character '\\u{(int)c:x4}' in position {i}: surrogates not allowed");
                        return EncodeWithFallback(s, 0x10FFFF, errors, "utf-8", true);
                    }
                }
                return Encoding.UTF8.GetBytes(s);
            }
            case "ascii": return EncodeWithFallback(s, 127, errors, "ascii", false);
            case "latin-1": return EncodeWithFallback(s, 255, errors, "latin-1", false);
            case "utf-16": { var b = Encoding.Unicode.GetBytes(s); var r = new byte[b.Length + 2]; r[0] = 0xFF; r[1] = 0xFE; b.CopyTo(r, 2); return r; }
            case "utf-16-le": return Encoding.Unicode.GetBytes(s);
            case "utf-16-be": return Encoding.BigEndianUnicode.GetBytes(s);
            case "utf-32": { var b = Encoding.UTF32.GetBytes(s); var r = new byte[b.Length + 4]; r[0] = 0xFF; r[1] = 0xFE; b.CopyTo(r, 4); return r; }
        }
        throw UnknownEncoding(encoding);
    }

    private static byte[] EncodeWithFallback(string s, int max, string errors, string name, bool utf8)
    {
        var output = new System.Collections.Generic.List<byte>(s.Length);
        int cpIndex = 0;
        for (int i = 0; i < s.Length; cpIndex++)
        {
            int c = PyStr.NextCodePoint(s, ref i);
            bool ok = utf8 ? !(c >= 0xD800 && c <= 0xDFFF) : c <= max;
            if (ok)
            {
                if (utf8) output.AddRange(Encoding.UTF8.GetBytes(PyStr.CodePointToString(c)));
                else output.Add((byte)c);
                continue;
            }
            switch (errors)
            {
                case "ignore": break;
                case "replace": output.Add((byte)'?'); break;
                case "backslashreplace":
                    output.AddRange(Encoding.ASCII.GetBytes(c <= 0xff ? $"\\x{c:x2}" : c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}"));
                    break;
                case "xmlcharrefreplace":
                    output.AddRange(Encoding.ASCII.GetBytes($"&#{c};"));
                    break;
                default:
                    string ch = c <= 0xff ? $"\\x{c:x2}" : c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}";
                    throw Errors.New(ExceptionTypes.UnicodeEncodeError,
                        $"'{name}' codec can't encode character '{ch}' in position {cpIndex}: ordinal not in range({max + 1})");
            }
        }
        return output.ToArray();
    }

    public static string Decode(byte[] data, string encoding, string errors)
    {
        string enc = Normalize(encoding);
        switch (enc)
        {
            case "utf-8":
                try
                {
                    return StrictUtf8.GetString(data);
                }
                catch (DecoderFallbackException)
                {
                    return DecodeUtf8Slow(data, errors);
                }
            case "ascii":
            {
                var sb = new StringBuilder(data.Length);
                for (int i = 0; i < data.Length; i++)
                {
                    byte b = data[i];
                    if (b < 128) { sb.Append((char)b); continue; }
                    switch (errors)
                    {
                        case "ignore": break;
                        case "replace": sb.Append('\uFFFD'); break;
                        case "backslashreplace": sb.Append($"\\x{b:x2}"); break;
                        case "surrogateescape": sb.Append((char)(0xDC00 + b)); break;
                        default:
                            throw Errors.New(ExceptionTypes.UnicodeDecodeError,
                                $"'ascii' codec can't decode byte 0x{b:x2} in position {i}: ordinal not in range(128)");
                    }
                }
                return sb.ToString();
            }
            case "latin-1": return Encoding.Latin1.GetString(data);
            case "utf-16":
                if (data.Length >= 2 && data[0] == 0xFE && data[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(data, 2, data.Length - 2);
                if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE) return Encoding.Unicode.GetString(data, 2, data.Length - 2);
                return Encoding.Unicode.GetString(data);
            case "utf-16-le": return Encoding.Unicode.GetString(data);
            case "utf-16-be": return Encoding.BigEndianUnicode.GetString(data);
            case "utf-32":
                if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) return Encoding.UTF32.GetString(data, 4, data.Length - 4);
                return Encoding.UTF32.GetString(data);
        }
        throw UnknownEncoding(encoding);
    }

    private static string DecodeUtf8Slow(byte[] data, string errors)
    {
        var sb = new StringBuilder(data.Length);
        int i = 0;
        while (i < data.Length)
        {
            byte b = data[i];
            int need = b < 0x80 ? 0 : (b & 0xE0) == 0xC0 && b >= 0xC2 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 && b <= 0xF4 ? 3 : -1;
            string? reason = null;
            int bad = 1;
            if (need < 0) reason = "invalid start byte";
            else
            {
                int k = 1;
                for (; k <= need; k++)
                {
                    if (i + k >= data.Length) { reason = "unexpected end of data"; break; }
                    byte c = data[i + k];
                    bool okCont = (c & 0xC0) == 0x80;
                    if (k == 1 && okCont)
                    {
                        if (b == 0xE0 && c < 0xA0) okCont = false;
                        else if (b == 0xED && c > 0x9F) okCont = false;
                        else if (b == 0xF0 && c < 0x90) okCont = false;
                        else if (b == 0xF4 && c > 0x8F) okCont = false;
                    }
                    if (!okCont) { reason = "invalid continuation byte"; break; }
                }
                bad = reason is null ? need + 1 : k;
                if (reason == "unexpected end of data") bad = data.Length - i;
            }
            if (reason is null)
            {
                sb.Append(Encoding.UTF8.GetString(data, i, need + 1));
                i += need + 1;
                continue;
            }
            switch (errors)
            {
                case "ignore": break;
                case "replace": sb.Append('\uFFFD'); break;
                case "backslashreplace": for (int k = 0; k < bad; k++) sb.Append($"\\x{data[i + k]:x2}"); break;
                case "surrogateescape": for (int k = 0; k < bad; k++) sb.Append((char)(0xDC00 + data[i + k])); break;
                default:
                    string where = bad > 1 ? $"in position {i}-{i + bad - 1}" : $"in position {i}";
                    if (reason != "unexpected end of data" && bad > 1) where = $"in position {i}";
                    string what = reason == "unexpected end of data" && bad > 1 ? "bytes" : "byte";
                    string val = what == "bytes" ? "" : $" 0x{b:x2}";
                    throw Errors.New(ExceptionTypes.UnicodeDecodeError,
                        $"'utf-8' codec can't decode {what}{val} {where}: {reason}");
            }
            i += reason == "unexpected end of data" ? bad : Math.Max(1, bad == 1 ? 1 : bad);
            if (reason == "invalid continuation byte") i -= bad - 1 > 0 ? 0 : 0;
        }
        return sb.ToString();
    }
}
