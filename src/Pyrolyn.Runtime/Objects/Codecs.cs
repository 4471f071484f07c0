using System;
using System.Collections.Generic;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>str.encode / bytes.decode for the common codecs, with CPython's error handlers
/// (strict, ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass)
/// and UnicodeEncodeError/UnicodeDecodeError carrying (encoding, object, start, end, reason).</summary>
public static class Codecs
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string Normalize(string encoding)
    {
        var e = encoding.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        return e switch
        {
            "utf8" or "u8" or "utf" or "cp65001" or "utf-8" => "utf-8",
            "ascii" or "us-ascii" or "646" or "us" => "ascii",
            "latin1" or "latin-1" or "iso-8859-1" or "iso8859-1" or "8859" or "cp819" or "l1" or "latin" or "iso-ir-100" => "latin-1",
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

    private static PyException UnknownHandler(string errors) =>
        Errors.New(ExceptionTypes.LookupError, $"unknown error handler name '{errors}'");

    private static PyException CodecError(PyType type, string enc, PyObject obj, int start, int end, string reason) =>
        new(new PyBaseException(type, new PyObject[] { new PyStr(enc), obj, PyInt.From(start), PyInt.From(end), new PyStr(reason) }));

    // ---- encoding ---------------------------------------------------------------------------------
    public static byte[] Encode(string s, string encoding, string errors)
    {
        string enc = Normalize(encoding);
        switch (enc)
        {
            case "utf-8":
                if (!HasSurrogates(s)) return Encoding.UTF8.GetBytes(s);
                return EncodeLimited(s, 0x10FFFF, errors, "utf-8", true);
            case "ascii": return EncodeLimited(s, 127, errors, "ascii", false);
            case "latin-1": return EncodeLimited(s, 255, errors, "latin-1", false);
            case "utf-16": { var b = Encoding.Unicode.GetBytes(s); var r = new byte[b.Length + 2]; r[0] = 0xFF; r[1] = 0xFE; b.CopyTo(r, 2); return r; }
            case "utf-16-le": return Encoding.Unicode.GetBytes(s);
            case "utf-16-be": return Encoding.BigEndianUnicode.GetBytes(s);
            case "utf-32": { var b = Encoding.UTF32.GetBytes(s); var r = new byte[b.Length + 4]; r[0] = 0xFF; r[1] = 0xFE; b.CopyTo(r, 4); return r; }
        }
        throw UnknownEncoding(encoding);
    }

    private static bool HasSurrogates(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return true;
        }
        return false;
    }

    /// <summary>Encodes code points up to <paramref name="max"/> (UTF-8: everything but lone surrogates);
    /// a run of unencodable characters goes to the error handler as one error, as in CPython.</summary>
    private static byte[] EncodeLimited(string s, int max, string errors, string name, bool utf8)
    {
        var cps = new List<int>(s.Length);
        for (int i = 0; i < s.Length;) cps.Add(PyStr.NextCodePoint(s, ref i));
        bool Bad(int c) => utf8 ? c >= 0xD800 && c <= 0xDFFF : c > max;
        string reason = utf8 ? "surrogates not allowed" : $"ordinal not in range({max + 1})";
        var output = new List<byte>(s.Length);
        Span<byte> buf = stackalloc byte[4];
        int k = 0;
        while (k < cps.Count)
        {
            int c = cps[k];
            if (!Bad(c))
            {
                if (utf8 && c > 127) output.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(c)));
                else output.Add((byte)c);
                k++;
                continue;
            }
            int end = k + 1;
            while (end < cps.Count && Bad(cps[end])) end++;
            switch (errors)
            {
                case "ignore": break;
                case "replace": for (int q = k; q < end; q++) output.Add((byte)'?'); break;
                case "backslashreplace":
                    for (int q = k; q < end; q++) output.AddRange(Encoding.ASCII.GetBytes(Escape(cps[q])));
                    break;
                case "xmlcharrefreplace":
                    for (int q = k; q < end; q++) output.AddRange(Encoding.ASCII.GetBytes($"&#{cps[q]};"));
                    break;
                case "surrogateescape":
                    for (int q = k; q < end; q++)
                    {
                        if (cps[q] < 0xDC80 || cps[q] > 0xDCFF) throw CodecError(ExceptionTypes.UnicodeEncodeError, name, new PyStr(s), q, q + 1, reason);
                        output.Add((byte)(cps[q] - 0xDC00));
                    }
                    break;
                case "surrogatepass" when utf8:
                    for (int q = k; q < end; q++)
                    {
                        int u = cps[q];
                        output.Add((byte)(0xE0 | (u >> 12)));
                        output.Add((byte)(0x80 | ((u >> 6) & 0x3F)));
                        output.Add((byte)(0x80 | (u & 0x3F)));
                    }
                    break;
                case "strict": case "surrogatepass":
                    throw CodecError(ExceptionTypes.UnicodeEncodeError, name, new PyStr(s), k, end, reason);
                default:
                    throw UnknownHandler(errors);
            }
            k = end;
        }
        _ = buf;
        return output.ToArray();
    }

    private static string Escape(int c) => c <= 0xff ? $"\\x{c:x2}" : c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}";

    // ---- decoding ---------------------------------------------------------------------------------
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
                    if (b < 128) sb.Append((char)b);
                    else DecodeError(sb, data, i, i + 1, "ascii", "ordinal not in range(128)", errors);
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

    /// <summary>Applies the error handler to the undecodable bytes [start, end).</summary>
    private static void DecodeError(StringBuilder sb, byte[] data, int start, int end, string enc, string reason, string errors)
    {
        switch (errors)
        {
            case "ignore": break;
            case "replace": sb.Append('\uFFFD'); break;
            case "backslashreplace": for (int k = start; k < end; k++) sb.Append($"\\x{data[k]:x2}"); break;
            case "surrogateescape":
                for (int k = start; k < end; k++)
                {
                    if (data[k] < 128) throw CodecError(ExceptionTypes.UnicodeDecodeError, enc, new PyBytes(data), start, end, reason);
                    sb.Append((char)(0xDC00 + data[k]));
                }
                break;
            case "strict": case "surrogatepass":
                throw CodecError(ExceptionTypes.UnicodeDecodeError, enc, new PyBytes(data), start, end, reason);
            default:
                throw UnknownHandler(errors);
        }
    }

    /// <summary>CPython's UTF-8 decoder: an error covers the maximal valid prefix of a sequence
    /// (invalid start byte: 1 byte; invalid continuation byte: the bytes before it; unexpected
    /// end of data: the truncated rest).</summary>
    private static string DecodeUtf8Slow(byte[] data, string errors)
    {
        var sb = new StringBuilder(data.Length);
        int i = 0, n = data.Length;
        while (i < n)
        {
            byte b = data[i];
            if (b < 0x80) { sb.Append((char)b); i++; continue; }
            int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (need < 0)
            {
                DecodeError(sb, data, i, i + 1, "utf-8", "invalid start byte", errors);
                i++;
                continue;
            }
            int k = 1;
            bool bad = false;
            for (; k <= need; k++)
            {
                if (i + k >= n) break;
                byte c = data[i + k];
                byte lo = 0x80, hi = 0xBF;
                if (k == 1)
                {
                    if (b == 0xE0) lo = 0xA0;
                    else if (b == 0xED) hi = 0x9F;
                    else if (b == 0xF0) lo = 0x90;
                    else if (b == 0xF4) hi = 0x8F;
                }
                if (c < lo || c > hi) { bad = true; break; }
            }
            if (bad)
            {
                DecodeError(sb, data, i, i + k, "utf-8", "invalid continuation byte", errors);
                i += k;
                continue;
            }
            if (k <= need)
            {
                DecodeError(sb, data, i, n, "utf-8", "unexpected end of data", errors);
                i = n;
                continue;
            }
            sb.Append(Encoding.UTF8.GetString(data, i, need + 1));
            i += need + 1;
        }
        return sb.ToString();
    }
}
