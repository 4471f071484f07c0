using System;
using System.Collections.Generic;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>The methods shared by bytes and bytearray (CPython's bytes_methods.c): ASCII-only
/// case mapping, predicates and whitespace; searches accept an int or a bytes-like needle.
/// Searching and splitting run on the Latin-1 view of the bytes (one char per byte).</summary>
public sealed partial class PyBytes
{
    internal static readonly string[] MethodNames =
    {
        "decode", "hex", "join", "split", "rsplit", "strip", "lstrip", "rstrip", "replace", "find", "rfind", "index",
        "rindex", "count", "startswith", "endswith", "upper", "lower", "title", "capitalize", "swapcase", "isdigit",
        "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isascii", "center", "ljust", "rjust", "zfill",
        "partition", "rpartition", "splitlines", "expandtabs", "removeprefix", "removesuffix", "translate",
    };

    internal static void RegisterMethods()
    {
        BuiltinAttr.Register(BuiltinTypes.Bytes, Dispatch, MethodNames);
        BuiltinTypes.Bytes.Dict["fromhex"] = new PyBuiltinFunction("fromhex",
            (a, k) => new PyBytes(FromHex(ArgCheck.One(a, k, "bytes.fromhex"))), null);
        BuiltinTypes.Bytes.Dict["maketrans"] = new PyBuiltinFunction("maketrans", MakeTrans, null);
    }

    internal static PyObject MakeTrans(PyObject[] args, string[]? kw)
    {
        ArgCheck.NoKw(kw, "maketrans");
        if (args.Length != 2) throw Errors.TypeError($"maketrans expected 2 arguments, got {args.Length}");
        byte[] from = Buffer(args[0]), to = Buffer(args[1]);
        if (from.Length != to.Length) throw Errors.ValueError("maketrans arguments must have same length");
        var table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte)i;
        for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
        return new PyBytes(table);
    }

    /// <summary>The bytes of a bytes-like argument.</summary>
    internal static byte[] Buffer(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.ToArray(),
        _ => throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'"),
    };

    internal static byte[]? AsBuffer(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.ToArray(),
        _ => null,
    };

    /// <summary>A search needle: an int in range(256) or a bytes-like object.</summary>
    private static byte[] Needle(PyObject o)
    {
        if (o is PyInt or PyBool) return new[] { ByteValue(o) };
        return AsBuffer(o) ?? (SequenceHelpers.AsIndex(o) is { } idx ? new[] { ByteValue(idx) }
            : throw Errors.TypeError($"argument should be integer or bytes-like object, not '{o.Type.Name}'"));
    }

    private static byte ByteValue(PyObject o)
    {
        var i = (PyInt)o;
        if (!i.IsSmall || i.Small < 0 || i.Small > 255) throw Errors.ValueError("byte must be in range(0, 256)");
        return (byte)i.Small;
    }

    public static byte[] FromHex(PyObject arg)
    {
        if (arg is not PyStr ps) throw Errors.TypeError($"fromhex() argument must be str, not {arg.Type.Name}");
        string s = ps.Value;
        var r = new List<byte>(s.Length / 2);
        int i = 0;
        while (i < s.Length)
        {
            if (IsAsciiSpace(s[i]))
            {
                do i++; while (i < s.Length && IsAsciiSpace(s[i]));
                if (i >= s.Length) break;
            }
            int top = HexValue(s[i]);
            if (top < 0) throw NonHex(ps, i);
            int bot = i + 1 < s.Length ? HexValue(s[i + 1]) : -1;
            if (bot < 0) throw NonHex(ps, i + 1);
            r.Add((byte)(top * 16 + bot));
            i += 2;
        }
        return r.ToArray();
    }

    private static PyException NonHex(PyStr s, int unitIndex) =>
        Errors.ValueError($"non-hexadecimal number found in fromhex() arg at position {s.UnitToCp(unitIndex)}");

    private static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    // ---- ASCII character classes (pyctype.h) ----------------------------------------------------
    private static bool IsAsciiSpace(int c) => c == ' ' || (c >= 9 && c <= 13);
    private static bool IsAsciiUpper(int c) => c >= 'A' && c <= 'Z';
    private static bool IsAsciiLower(int c) => c >= 'a' && c <= 'z';
    private static bool IsAsciiAlpha(int c) => IsAsciiUpper(c) || IsAsciiLower(c);
    private static bool IsAsciiDigit(int c) => c >= '0' && c <= '9';

    private static string L1(byte[] b) => Encoding.Latin1.GetString(b);
    private static byte[] FromL1(string s) => Encoding.Latin1.GetBytes(s);

    private static bool AllOf(byte[] v, Func<int, bool> pred)
    {
        if (v.Length == 0) return false;
        foreach (byte b in v) if (!pred(b)) return false;
        return true;
    }

    private static void Positional(PyObject[] args, string[]? kw, string qual, string name, int min, int max)
    {
        ArgCheck.NoKw(kw, qual + "." + name);
        ArgCheck.Range(args, null, name, min, max);
    }

    private static byte[] Hex(byte[] v, PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        ArgCheck.OnlyKwClinic(kw, "hex", "sep", "bytes_per_sep");
        if (npos > 2) throw ArgCheck.TakesAtMost("hex", 2, npos);
        var sepObj = npos > 0 ? args[0] : ArgCheck.Kw(args, kw, "sep");
        var perObj = npos > 1 ? args[1] : ArgCheck.Kw(args, kw, "bytes_per_sep");
        const string digits = "0123456789abcdef";
        if (sepObj is null || sepObj is PyNone)
        {
            var plain = new byte[v.Length * 2];
            for (int i = 0; i < v.Length; i++) { plain[2 * i] = (byte)digits[v[i] >> 4]; plain[2 * i + 1] = (byte)digits[v[i] & 15]; }
            return plain;
        }
        string sep = sepObj switch
        {
            PyStr s => s.Value,
            PyBytes or PyByteArray => L1(Buffer(sepObj)),
            _ => throw Errors.TypeError($"object of type '{sepObj.Type.Name}' has no len()"),
        };
        if (sep.Length != 1) throw Errors.ValueError("sep must be length 1.");
        if (sep[0] > 127) throw Errors.ValueError("sep must be ASCII.");
        long per = perObj is null ? 1 : ArgCheck.ToLong(perObj);
        var sb = new StringBuilder(v.Length * 3);
        long group = Math.Abs(per);
        if (group == 0 || v.Length == 0) group = v.Length + 1L;
        for (int i = 0; i < v.Length; i++)
        {
            // Separators are counted from the right for a positive bytes_per_sep, from the left otherwise.
            if (i > 0)
            {
                bool cut = per > 0 ? (v.Length - i) % group == 0 : i % group == 0;
                if (cut) sb.Append(sep[0]);
            }
            sb.Append(digits[v[i] >> 4]).Append(digits[v[i] & 15]);
        }
        return FromL1(sb.ToString());
    }

    /// <summary>Shared by bytes and bytearray.</summary>
    internal static PyObject? ByteMethod(PyObject self, byte[] v, string name, PyObject[] args, string[]? kw, Func<byte[], PyObject> wrap)
    {
        string tn = self is PyByteArray ? "bytearray" : "bytes";
        switch (name)
        {
            case "decode":
            {
                int npos = ArgCheck.PositionalCount(args, kw);
                ArgCheck.OnlyKwClinic(kw, "decode", "encoding", "errors");
                if (npos > 2) throw ArgCheck.TakesAtMost("decode", 2, npos);
                var enc = npos > 0 ? args[0] : ArgCheck.Kw(args, kw, "encoding");
                var err = npos > 1 ? args[1] : ArgCheck.Kw(args, kw, "errors");
                return new PyStr(Codecs.Decode(v, enc is null ? "utf-8" : ArgCheck.ToStr(enc, "decode() argument 'encoding'"),
                    err is null ? "strict" : ArgCheck.ToStr(err, "decode() argument 'errors'")));
            }
            case "hex": return new PyStr(Encoding.ASCII.GetString(Hex(v, args, kw)));
            case "join":
            {
                var it = ArgCheck.One(args, kw, tn + ".join");
                PyObject[] items;
                try { items = Ops.ToArray(it); }
                catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError && it.Type.Lookup("__iter__") is null && it is not PyStr)
                {
                    throw Errors.TypeError("can only join an iterable");
                }
                var ms = new System.IO.MemoryStream();
                for (int i = 0; i < items.Length; i++)
                {
                    if (i > 0) ms.Write(v);
                    byte[] part = AsBuffer(items[i])
                        ?? throw Errors.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
                    ms.Write(part);
                }
                return wrap(ms.ToArray());
            }
            case "find": case "rfind": case "index": case "rindex": case "count":
            {
                ArgCheck.NoKw(kw, tn + "." + name);
                if (args.Length < 1) throw ArgCheck.TakesAtLeast(name, 1, args.Length);
                if (args.Length > 3) throw ArgCheck.TakesAtMost(name, 3, args.Length);
                string sub = L1(Needle(args[0]));
                var s = new PyStr(L1(v));
                s.StartEnd(args, 1, out int start, out int end);
                if (name == "count") return PyInt.From(s.Count(sub, start, end));
                int r = s.Find(sub, start, end, name[0] == 'r');
                if (r < 0 && name.EndsWith("index", StringComparison.Ordinal)) throw Errors.ValueError("subsection not found");
                return PyInt.From(r);
            }
            case "startswith": case "endswith":
            {
                ArgCheck.NoKw(kw, tn + "." + name);
                if (args.Length < 1) throw ArgCheck.TakesAtLeast(name, 1, args.Length);
                if (args.Length > 3) throw ArgCheck.TakesAtMost(name, 3, args.Length);
                var s = new PyStr(L1(v));
                s.StartEnd(args, 1, out int start, out int end);
                bool suffix = name[0] == 'e';
                if (args[0] is PyTuple t)
                {
                    foreach (var item in t.Items)
                        if (s.Affix(L1(Buffer(item)), start, end, suffix)) return PyBool.True;
                    return PyBool.False;
                }
                byte[] p = AsBuffer(args[0])
                    ?? throw Errors.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {args[0].Type.Name}");
                return PyBool.From(s.Affix(L1(p), start, end, suffix));
            }
            case "replace":
            {
                Positional(args, kw, tn, "replace", 2, 3);
                byte[] old = Buffer(args[0]), @new = Buffer(args[1]);
                long count = args.Length > 2 ? ArgCheck.ToLong(args[2]) : -1;
                return wrap(FromL1(new PyStr(L1(v)).Replace(L1(old), L1(@new), count).Value));
            }
            case "split": case "rsplit":
            {
                int npos = ArgCheck.PositionalCount(args, kw);
                ArgCheck.OnlyKwClinic(kw, name, "sep", "maxsplit");
                if (npos > 2) throw ArgCheck.TakesAtMost(name, 2, npos);
                var sepObj = npos > 0 ? args[0] : ArgCheck.Kw(args, kw, "sep");
                var maxObj = npos > 1 ? args[1] : ArgCheck.Kw(args, kw, "maxsplit");
                long max = maxObj is null ? -1 : ArgCheck.ToLong(maxObj);
                string text = L1(v);
                List<string> parts = sepObj is null || sepObj is PyNone
                    ? PyStr.SplitWhitespace(text, max, name == "rsplit", c => IsAsciiSpace(c))
                    : PyStr.SplitSep(text, L1(Buffer(sepObj)), max, name == "rsplit");
                var result = new PyList();
                foreach (var part in parts) result.Append(wrap(FromL1(part)));
                return result;
            }
            case "strip": case "lstrip": case "rstrip":
            {
                Positional(args, kw, tn, name, 0, 1);
                string text = L1(v);
                bool left = name != "rstrip", right = name != "lstrip";
                int a = 0, b = text.Length;
                if (args.Length == 0 || args[0] is PyNone)
                {
                    if (left) while (a < b && IsAsciiSpace(text[a])) a++;
                    if (right) while (b > a && IsAsciiSpace(text[b - 1])) b--;
                }
                else
                {
                    string chars = L1(Buffer(args[0]));
                    if (left) while (a < b && chars.Contains(text[a])) a++;
                    if (right) while (b > a && chars.Contains(text[b - 1])) b--;
                }
                return wrap(v.AsSpan(a, b - a).ToArray());
            }
            case "upper": case "lower": case "swapcase":
            {
                ArgCheck.None(args, kw, tn + "." + name);
                var r = (byte[])v.Clone();
                for (int i = 0; i < r.Length; i++)
                {
                    byte c = r[i];
                    if (IsAsciiLower(c) && name != "lower") r[i] = (byte)(c - 32);
                    else if (IsAsciiUpper(c) && name != "upper") r[i] = (byte)(c + 32);
                }
                return wrap(r);
            }
            case "title": case "capitalize":
            {
                ArgCheck.None(args, kw, tn + "." + name);
                var r = (byte[])v.Clone();
                bool prevCased = false;
                for (int i = 0; i < r.Length; i++)
                {
                    byte c = r[i];
                    bool upper = name == "title" ? !prevCased : i == 0;
                    if (upper && IsAsciiLower(c)) r[i] = (byte)(c - 32);
                    else if (!upper && IsAsciiUpper(c)) r[i] = (byte)(c + 32);
                    prevCased = IsAsciiAlpha(c);
                }
                return wrap(r);
            }
            case "isascii":
                ArgCheck.None(args, kw, tn + ".isascii");
                foreach (byte b in v) if (b > 127) return PyBool.False;
                return PyBool.True;
            case "isalpha": ArgCheck.None(args, kw, tn + ".isalpha"); return PyBool.From(AllOf(v, IsAsciiAlpha));
            case "isalnum": ArgCheck.None(args, kw, tn + ".isalnum"); return PyBool.From(AllOf(v, c => IsAsciiAlpha(c) || IsAsciiDigit(c)));
            case "isdigit": ArgCheck.None(args, kw, tn + ".isdigit"); return PyBool.From(AllOf(v, IsAsciiDigit));
            case "isspace": ArgCheck.None(args, kw, tn + ".isspace"); return PyBool.From(AllOf(v, IsAsciiSpace));
            case "isupper": case "islower":
            {
                ArgCheck.None(args, kw, tn + "." + name);
                bool cased = false;
                foreach (byte c in v)
                {
                    if (name == "isupper" ? IsAsciiLower(c) : IsAsciiUpper(c)) return PyBool.False;
                    if (name == "isupper" ? IsAsciiUpper(c) : IsAsciiLower(c)) cased = true;
                }
                return PyBool.From(cased);
            }
            case "istitle":
            {
                ArgCheck.None(args, kw, tn + ".istitle");
                bool cased = false, prev = false;
                foreach (byte c in v)
                {
                    if (IsAsciiUpper(c)) { if (prev) return PyBool.False; prev = cased = true; }
                    else if (IsAsciiLower(c)) { if (!prev) return PyBool.False; prev = cased = true; }
                    else prev = false;
                }
                return PyBool.From(cased);
            }
            case "center": case "ljust": case "rjust":
            {
                Positional(args, kw, tn, name, 1, 2);
                long width = ArgCheck.ToIndex(args[0]);
                byte fill = (byte)' ';
                if (args.Length > 1)
                {
                    byte[]? f = AsBuffer(args[1]);
                    if (f is null || f.Length != 1)
                        throw Errors.TypeError($"{name}() argument 2 must be a byte string of length 1, not {args[1].Type.Name}");
                    fill = f[0];
                }
                if (width <= v.Length) return self is PyBytes ? self : wrap((byte[])v.Clone());
                int marg = (int)Math.Min(width - v.Length, int.MaxValue / 2);
                int left = name == "ljust" ? 0 : name == "rjust" ? marg : marg / 2 + (marg & (int)width & 1);
                var r = new byte[v.Length + marg];
                r.AsSpan(0, left).Fill(fill);
                v.CopyTo(r, left);
                r.AsSpan(left + v.Length).Fill(fill);
                return wrap(r);
            }
            case "zfill":
            {
                long width = ArgCheck.ToIndex(ArgCheck.One(args, kw, tn + ".zfill"));
                if (width <= v.Length) return self is PyBytes ? self : wrap((byte[])v.Clone());
                int pad = (int)Math.Min(width - v.Length, int.MaxValue / 2);
                var r = new byte[v.Length + pad];
                int off = v.Length > 0 && (v[0] == '+' || v[0] == '-') ? 1 : 0;
                if (off == 1) r[0] = v[0];
                r.AsSpan(off, pad).Fill((byte)'0');
                v.AsSpan(off).CopyTo(r.AsSpan(off + pad));
                return wrap(r);
            }
            case "partition": case "rpartition":
            {
                byte[] sep = Buffer(ArgCheck.One(args, kw, tn + "." + name));
                if (sep.Length == 0) throw Errors.ValueError("empty separator");
                int idx = name == "partition" ? v.AsSpan().IndexOf(sep) : v.AsSpan().LastIndexOf(sep);
                if (idx < 0)
                    return name == "partition"
                        ? new PyTuple(new[] { wrap((byte[])v.Clone()), wrap(Array.Empty<byte>()), wrap(Array.Empty<byte>()) })
                        : new PyTuple(new[] { wrap(Array.Empty<byte>()), wrap(Array.Empty<byte>()), wrap((byte[])v.Clone()) });
                return new PyTuple(new[] { wrap(v[..idx]), wrap(sep), wrap(v[(idx + sep.Length)..]) });
            }
            case "splitlines":
            {
                int npos = ArgCheck.PositionalCount(args, kw);
                ArgCheck.OnlyKwClinic(kw, "splitlines", "keepends");
                if (npos > 1) throw ArgCheck.TakesAtMost("splitlines", 1, npos);
                var ke = npos > 0 ? args[0] : ArgCheck.Kw(args, kw, "keepends");
                bool keep = ke is not null && ke.IsTrue();
                var result = new PyList();
                int i = 0, n = v.Length;
                while (i < n)
                {
                    int j = i;
                    while (j < n && v[j] != '\n' && v[j] != '\r') j++;
                    int eol = j;
                    if (j < n)
                    {
                        j += v[j] == '\r' && j + 1 < n && v[j + 1] == '\n' ? 2 : 1;
                        if (keep) eol = j;
                    }
                    result.Append(wrap(v[i..eol]));
                    i = j;
                }
                return result;
            }
            case "expandtabs":
            {
                int npos = ArgCheck.PositionalCount(args, kw);
                ArgCheck.OnlyKwClinic(kw, "expandtabs", "tabsize");
                if (npos > 1) throw ArgCheck.TakesAtMost("expandtabs", 1, npos);
                var ts = npos > 0 ? args[0] : ArgCheck.Kw(args, kw, "tabsize");
                long tab = ts is null ? 8 : ArgCheck.ToLong(ts);
                var r = new List<byte>(v.Length);
                long col = 0;
                foreach (byte c in v)
                {
                    if (c == '\t')
                    {
                        if (tab > 0) { long k = tab - col % tab; for (long q = 0; q < k; q++) r.Add((byte)' '); col += k; }
                    }
                    else
                    {
                        r.Add(c);
                        col = c is (byte)'\n' or (byte)'\r' ? 0 : col + 1;
                    }
                }
                return wrap(r.ToArray());
            }
            case "removeprefix": case "removesuffix":
            {
                byte[] a = Buffer(ArgCheck.One(args, kw, tn + "." + name));
                bool match = a.Length > 0 && a.Length <= v.Length &&
                    (name == "removeprefix" ? v.AsSpan(0, a.Length).SequenceEqual(a) : v.AsSpan(v.Length - a.Length).SequenceEqual(a));
                if (!match) return self is PyBytes ? self : wrap((byte[])v.Clone());
                return wrap(name == "removeprefix" ? v[a.Length..] : v[..^a.Length]);
            }
            case "translate":
            {
                int npos = ArgCheck.PositionalCount(args, kw);
                ArgCheck.OnlyKwClinic(kw, "translate", "delete");
                if (npos < 1) throw Errors.TypeError($"translate() takes at least 1 positional argument ({npos} given)");
                if (npos > 2) throw ArgCheck.TakesAtMost("translate", 2, npos);
                var tableObj = args[0];
                var delObj = npos > 1 ? args[1] : ArgCheck.Kw(args, kw, "delete");
                byte[]? table = tableObj is PyNone ? null : Buffer(tableObj);
                if (table is not null && table.Length != 256) throw Errors.ValueError("translation table must be 256 characters long");
                byte[] del = delObj is null ? Array.Empty<byte>() : Buffer(delObj);
                var r = new List<byte>(v.Length);
                foreach (byte c in v)
                {
                    if (Array.IndexOf(del, c) >= 0) continue;
                    r.Add(table is null ? c : table[c]);
                }
                return wrap(r.ToArray());
            }
        }
        return null;
    }
}
