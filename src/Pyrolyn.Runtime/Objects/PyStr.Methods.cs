using System;
using System.Collections.Generic;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>The str methods. One switch serves both <c>CallMethod</c> (no bound-method
/// allocation) and the method descriptors in <c>str.__dict__</c>.</summary>
public partial class PyStr
{
    internal static void RegisterMethods()
    {
        BuiltinAttr.Register(BuiltinTypes.Str, Dispatch,
            "join", "split", "rsplit", "strip", "lstrip", "rstrip", "replace", "find", "rfind", "index", "rindex",
            "count", "startswith", "endswith", "upper", "lower", "title", "capitalize", "swapcase", "casefold",
            "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isdecimal", "isnumeric",
            "isidentifier", "isprintable", "isascii", "center", "ljust", "rjust", "zfill", "partition", "rpartition",
            "splitlines", "expandtabs", "encode", "format", "format_map", "removeprefix", "removesuffix", "translate",
            "__len__", "__contains__", "__getitem__", "__add__", "__mul__", "__rmul__", "__mod__", "__eq__", "__ne__",
            "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__repr__", "__str__", "__format__", "__iter__");
        BuiltinTypes.Str.Dict["maketrans"] = new PyBuiltinFunction("maketrans", MakeTrans, null);
    }

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(this, name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private static void OldStyle(PyObject[] args, string[]? kw, string name, int min, int max)
    {
        ArgCheck.NoKw(kw, "str." + name);
        if (args.Length < min) throw ArgCheck.TakesAtLeast(name, min, args.Length);
        if (args.Length > max) throw ArgCheck.TakesAtMost(name, max, args.Length);
    }

    private static string StrArg(PyObject o, string func, int n) =>
        o is PyStr s ? s.Value : throw Errors.TypeError($"{func}() argument {n} must be str, not {ClinicTypeName(o)}");

    /// <summary>The type name in Argument Clinic's "must be str, not X" (None is spelled "None").</summary>
    private static string ClinicTypeName(PyObject o) => o is PyNone ? "None" : o.Type.Name;

    /// <summary>Argument Clinic positional-only arguments: "str.center() takes no keyword arguments",
    /// "center expected at least 1 argument, got 0".</summary>
    private static void Clinic(PyObject[] args, string[]? kw, string name, int min, int max)
    {
        ArgCheck.NoKw(kw, "str." + name);
        ArgCheck.Range(args, null, name, min, max);
    }

    private static string? CharsArg(PyObject[] args, string[]? kw, string name)
    {
        Clinic(args, kw, name, 0, 1);
        if (args.Length == 0 || args[0] is PyNone) return null;
        if (args[0] is PyStr s) return s.Value;
        throw Errors.TypeError($"{name} arg must be None or str");
    }

    /// <summary>Slice-style start/end arguments (None allowed), adjusted to [0, len].</summary>
    internal void StartEnd(PyObject[] args, int from, out int start, out int end)
    {
        int len = CpLength;
        long s = 0, e = len;
        if (args.Length > from && args[from] is not PyNone) s = SliceIndex(args[from]);
        if (args.Length > from + 1 && args[from + 1] is not PyNone) e = SliceIndex(args[from + 1]);
        if (e > len) e = len;
        else if (e < 0) { e += len; if (e < 0) e = 0; }
        if (s < 0) { s += len; if (s < 0) s = 0; }
        start = (int)Math.Min(s, int.MaxValue);
        end = (int)e;
    }

    private static long SliceIndex(PyObject o) => o is PyInt i
        ? (i.IsSmall ? i.Small : (i.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2))
        : throw Errors.TypeError("slice indices must be integers or None or have an __index__ method");

    private static int WidthArg(PyObject o) => (int)Math.Clamp(ArgCheck.ToIndex(o), -1, int.MaxValue / 4);

    private static PyObject? Dispatch(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        var self = (PyStr)selfObj;
        string v = self.Value;
        switch (name)
        {
            case "join": return Join(self, ArgCheck.One(args, kw, "str.join"));
            case "split": return self.Split(args, kw, false);
            case "rsplit": return self.Split(args, kw, true);
            case "strip": return From(Strip(v, CharsArg(args, kw, "strip"), true, true));
            case "lstrip": return From(Strip(v, CharsArg(args, kw, "lstrip"), true, false));
            case "rstrip": return From(Strip(v, CharsArg(args, kw, "rstrip"), false, true));
            case "replace":
            {
                Clinic(args, kw, "replace", 2, 3);
                string old = StrArg(args[0], "replace", 1), @new = StrArg(args[1], "replace", 2);
                long count = args.Length > 2 ? ArgCheck.ToLong(args[2]) : -1;
                return self.Replace(old, @new, count);
            }
            case "find": case "index": case "rfind": case "rindex":
            {
                OldStyle(args, kw, name, 1, 3);
                string sub = args[0] is PyStr ss ? ss.Value : throw Errors.TypeError($"must be str, not {args[0].Type.Name}");
                self.StartEnd(args, 1, out int start, out int end);
                int r = self.Find(sub, start, end, name[0] == 'r');
                if (r < 0 && name.EndsWith("index", StringComparison.Ordinal))
                    throw Errors.ValueError("substring not found");
                return PyInt.From(r);
            }
            case "count":
            {
                OldStyle(args, kw, name, 1, 3);
                string sub = args[0] is PyStr ss ? ss.Value : throw Errors.TypeError($"must be str, not {args[0].Type.Name}");
                self.StartEnd(args, 1, out int start, out int end);
                return PyInt.From(self.Count(sub, start, end));
            }
            case "startswith": case "endswith":
            {
                OldStyle(args, kw, name, 1, 3);
                self.StartEnd(args, 1, out int start, out int end);
                bool ends = name[0] == 'e';
                if (args[0] is PyTuple t)
                {
                    foreach (var item in t.Items)
                    {
                        if (item is not PyStr ps)
                            throw Errors.TypeError($"tuple for {name} must only contain str, not {item.Type.Name}");
                        if (self.Affix(ps.Value, start, end, ends)) return PyBool.True;
                    }
                    return PyBool.False;
                }
                if (args[0] is not PyStr p)
                    throw Errors.TypeError($"{name} first arg must be str or a tuple of str, not {args[0].Type.Name}");
                return PyBool.From(self.Affix(p.Value, start, end, ends));
            }
            case "upper": ArgCheck.None(args, kw, "str.upper"); return From(Upper(v));
            case "lower": ArgCheck.None(args, kw, "str.lower"); return From(Lower(v));
            case "casefold": ArgCheck.None(args, kw, "str.casefold"); return From(CaseFold(v));
            case "swapcase": ArgCheck.None(args, kw, "str.swapcase"); return From(SwapCase(v));
            case "title": ArgCheck.None(args, kw, "str.title"); return From(Title(v));
            case "capitalize":
                ArgCheck.None(args, kw, "str.capitalize");
                return v.Length == 0 ? self : From(Capitalize(v));
            case "isdigit": ArgCheck.None(args, kw, "str.isdigit"); return PyBool.From(All(v, CharInfo.IsDigit));
            case "isalpha": ArgCheck.None(args, kw, "str.isalpha"); return PyBool.From(All(v, CharInfo.IsAlpha));
            case "isalnum": ArgCheck.None(args, kw, "str.isalnum"); return PyBool.From(All(v, CharInfo.IsAlnum));
            case "isspace": ArgCheck.None(args, kw, "str.isspace"); return PyBool.From(All(v, CharInfo.IsSpace));
            case "isdecimal": ArgCheck.None(args, kw, "str.isdecimal"); return PyBool.From(All(v, CharInfo.IsDecimal));
            case "isnumeric": ArgCheck.None(args, kw, "str.isnumeric"); return PyBool.From(All(v, CharInfo.IsNumeric));
            case "isprintable":
                ArgCheck.None(args, kw, "str.isprintable");
                return PyBool.From(v.Length == 0 || All(v, CharInfo.IsPrintable));
            case "isascii":
                ArgCheck.None(args, kw, "str.isascii");
                foreach (char c in v) if (c > 127) return PyBool.False;
                return PyBool.True;
            case "isidentifier":
            {
                ArgCheck.None(args, kw, "str.isidentifier");
                if (v.Length == 0) return PyBool.False;
                int i = 0;
                if (!CharInfo.IsIdStart(NextCodePoint(v, ref i))) return PyBool.False;
                while (i < v.Length) if (!CharInfo.IsIdContinue(NextCodePoint(v, ref i))) return PyBool.False;
                return PyBool.True;
            }
            case "isupper": case "islower":
            {
                ArgCheck.None(args, kw, "str." + name);
                bool wantUpper = name == "isupper", cased = false;
                for (int i = 0; i < v.Length;)
                {
                    int c = NextCodePoint(v, ref i);
                    if (wantUpper ? (CharInfo.IsLower(c) || CharInfo.IsTitle(c)) : (CharInfo.IsUpper(c) || CharInfo.IsTitle(c))) return PyBool.False;
                    if (wantUpper ? CharInfo.IsUpper(c) : CharInfo.IsLower(c)) cased = true;
                }
                return PyBool.From(cased);
            }
            case "istitle":
            {
                ArgCheck.None(args, kw, "str.istitle");
                bool cased = false, prev = false;
                for (int i = 0; i < v.Length;)
                {
                    int c = NextCodePoint(v, ref i);
                    if (CharInfo.IsUpper(c) || CharInfo.IsTitle(c)) { if (prev) return PyBool.False; prev = cased = true; }
                    else if (CharInfo.IsLower(c)) { if (!prev) return PyBool.False; prev = cased = true; }
                    else prev = false;
                }
                return PyBool.From(cased);
            }
            case "center": case "ljust": case "rjust":
            {
                Clinic(args, kw, name, 1, 2);
                int width = WidthArg(args[0]);
                string fill = " ";
                if (args.Length > 1)
                {
                    if (args[1] is not PyStr f)
                        throw Errors.TypeError($"The fill character must be a unicode character, not {args[1].Type.Name}");
                    if (f.CpLength != 1) throw Errors.TypeError("The fill character must be exactly one character long");
                    fill = f.Value;
                }
                int len = self.CpLength;
                if (width <= len) return self;
                int marg = width - len;
                int left = name == "ljust" ? 0 : name == "rjust" ? marg : marg / 2 + (marg & width & 1);
                return new PyStr(Repeat(fill, left) + v + Repeat(fill, marg - left));
            }
            case "zfill":
            {
                int width = WidthArg(ArgCheck.One(args, kw, "str.zfill"));
                int len = self.CpLength;
                if (width <= len) return self;
                string pad = new('0', width - len);
                if (v.Length > 0 && (v[0] == '+' || v[0] == '-'))
                    return new PyStr(v[0] + pad + v[1..]);
                return new PyStr(pad + v);
            }
            case "partition": case "rpartition":
            {
                var sepObj = ArgCheck.One(args, kw, "str." + name);
                string sep = sepObj is PyStr ps ? ps.Value : throw Errors.TypeError($"must be str, not {sepObj.Type.Name}");
                if (sep.Length == 0) throw Errors.ValueError("empty separator");
                int idx = name == "partition" ? v.IndexOf(sep, StringComparison.Ordinal) : v.LastIndexOf(sep, StringComparison.Ordinal);
                if (idx < 0)
                    return name == "partition"
                        ? new PyTuple(new PyObject[] { self, Empty, Empty })
                        : new PyTuple(new PyObject[] { Empty, Empty, self });
                return new PyTuple(new PyObject[] { From(v[..idx]), sepObj, From(v[(idx + sep.Length)..]) });
            }
            case "splitlines":
            {
                int npos = ArgCheck.PositionalCount(args, kw);
                ArgCheck.OnlyKwClinic(kw, "splitlines", "keepends");
                if (npos > 1) throw Errors.TypeError($"splitlines() takes at most 1 argument ({npos} given)");
                var ke = npos > 0 ? args[0] : ArgCheck.Kw(args, kw, "keepends");
                return SplitLines(v, ke is not null && ke.IsTrue());
            }
            case "expandtabs":
            {
                int npos = ArgCheck.PositionalCount(args, kw);
                ArgCheck.OnlyKwClinic(kw, "expandtabs", "tabsize");
                if (npos > 1) throw ArgCheck.TakesAtMost("expandtabs", 1, npos);
                var ts = npos > 0 ? args[0] : ArgCheck.Kw(args, kw, "tabsize");
                long tab = ts is null ? 8 : ArgCheck.ToLong(ts);
                var sb = new StringBuilder(v.Length);
                long col = 0;
                foreach (char c in v)
                {
                    if (char.IsLowSurrogate(c)) { sb.Append(c); continue; }
                    if (c == '\t')
                    {
                        if (tab > 0) { long n = tab - col % tab; sb.Append(' ', (int)n); col += n; }
                    }
                    else
                    {
                        sb.Append(c);
                        col = c is '\n' or '\r' ? 0 : col + 1;
                    }
                }
                return new PyStr(sb.ToString());
            }
            case "encode":
            {
                int npos = ArgCheck.PositionalCount(args, kw);
                ArgCheck.OnlyKwClinic(kw, "encode", "encoding", "errors");
                if (npos > 2) throw ArgCheck.TakesAtMost("encode", 2, npos);
                var enc = npos > 0 ? args[0] : ArgCheck.Kw(args, kw, "encoding");
                var err = npos > 1 ? args[1] : ArgCheck.Kw(args, kw, "errors");
                return new PyBytes(Codecs.Encode(v, enc is null ? "utf-8" : ArgCheck.ToStr(enc, "encode() argument 'encoding'"),
                    err is null ? "strict" : ArgCheck.ToStr(err, "encode() argument 'errors'")));
            }
            case "format": return new PyStr(StrFormat.Format(v, args, kw));
            case "format_map": return new PyStr(StrFormat.FormatMap(v, ArgCheck.One(args, kw, "str.format_map")));
            case "removeprefix":
            {
                string p = AffixArg(ArgCheck.One(args, kw, "str.removeprefix"), "removeprefix");
                return p.Length > 0 && v.StartsWith(p, StringComparison.Ordinal) ? From(v[p.Length..]) : self;
            }
            case "removesuffix":
            {
                string p = AffixArg(ArgCheck.One(args, kw, "str.removesuffix"), "removesuffix");
                return p.Length > 0 && v.EndsWith(p, StringComparison.Ordinal) ? From(v[..^p.Length]) : self;
            }
            case "translate": return self.Translate(ArgCheck.One(args, kw, "str.translate"));
            case "__len__": return PyInt.From(self.CpLength);
            case "__contains__": return PyBool.From(self.Contains(ArgCheck.One(args, kw, "str.__contains__")));
            case "__getitem__": return self.GetItem(ArgCheck.One(args, kw, "str.__getitem__"));
            case "__add__": return Ops.NotImplementedIfNull(self.BinaryOp(Runtime.BinaryOp.Add, ArgCheck.One(args, kw, "str.__add__")));
            case "__mul__": case "__rmul__": return Ops.NotImplementedIfNull(self.BinaryOp(Runtime.BinaryOp.Mul, ArgCheck.One(args, kw, "str." + name)));
            case "__mod__": return self.BinaryOp(Runtime.BinaryOp.Mod, ArgCheck.One(args, kw, "str.__mod__"))!;
            case "__hash__": return PyInt.From(self.Hash());
            case "__repr__": return new PyStr(self.Repr());
            case "__str__": return self;
            case "__format__": return new PyStr(self.Format(ArgCheck.ToStr(ArgCheck.One(args, kw, "str.__format__"), "format_spec")));
            case "__iter__": return self.GetIter();
        }
        if (OpNames.TryCompare(name, out var cop))
            return Ops.NotImplementedIfNull(self.RichCompare(ArgCheck.One(args, kw, "str." + name), cop));
        return null;
    }

    private static string AffixArg(PyObject o, string func) =>
        o is PyStr s ? s.Value : throw Errors.TypeError($"{func}() argument must be str, not {ClinicTypeName(o)}");

    private static string Repeat(string s, int n)
    {
        if (n <= 0) return "";
        if (s.Length == 1) return new string(s[0], n);
        var sb = new StringBuilder(s.Length * n);
        for (int i = 0; i < n; i++) sb.Append(s);
        return sb.ToString();
    }

    private static bool All(string v, Func<int, bool> pred)
    {
        if (v.Length == 0) return false;
        for (int i = 0; i < v.Length;)
            if (!pred(NextCodePoint(v, ref i))) return false;
        return true;
    }

    // ---- case mapping (CPython's full mappings, with the final-sigma rule) ------------------------
    private static bool IsAsciiOnly(string v)
    {
        foreach (char c in v) if (c >= 128) return false;
        return true;
    }

    public static string Upper(string v)
    {
        if (IsAsciiOnly(v)) return v.ToUpperInvariant();
        var sb = new StringBuilder(v.Length);
        for (int i = 0; i < v.Length;) UnicodeDb.AppendMapped(sb, NextCodePoint(v, ref i), UnicodeDb.MapUpper);
        return sb.ToString();
    }

    public static string Lower(string v)
    {
        if (IsAsciiOnly(v)) return v.ToLowerInvariant();
        var sb = new StringBuilder(v.Length);
        for (int i = 0; i < v.Length;)
        {
            int at = i;
            UnicodeDb.AppendLower(sb, v, at, NextCodePoint(v, ref i));
        }
        return sb.ToString();
    }

    private static string CaseFold(string v)
    {
        if (IsAsciiOnly(v)) return v.ToLowerInvariant();
        var sb = new StringBuilder(v.Length);
        for (int i = 0; i < v.Length;) UnicodeDb.AppendMapped(sb, NextCodePoint(v, ref i), UnicodeDb.MapFold);
        return sb.ToString();
    }

    private static string Capitalize(string v)
    {
        var sb = new StringBuilder(v.Length);
        for (int i = 0; i < v.Length;)
        {
            int at = i;
            int c = NextCodePoint(v, ref i);
            if (at == 0) UnicodeDb.AppendMapped(sb, c, UnicodeDb.MapTitle);
            else UnicodeDb.AppendLower(sb, v, at, c);
        }
        return sb.ToString();
    }

    private static string Title(string v)
    {
        var sb = new StringBuilder(v.Length);
        bool prevCased = false;
        for (int i = 0; i < v.Length;)
        {
            int at = i;
            int c = NextCodePoint(v, ref i);
            if (prevCased) UnicodeDb.AppendLower(sb, v, at, c);
            else UnicodeDb.AppendMapped(sb, c, UnicodeDb.MapTitle);
            prevCased = CharInfo.IsCased(c);
        }
        return sb.ToString();
    }

    private static string SwapCase(string v)
    {
        var sb = new StringBuilder(v.Length);
        for (int i = 0; i < v.Length;)
        {
            int at = i;
            int c = NextCodePoint(v, ref i);
            if (CharInfo.IsUpper(c)) UnicodeDb.AppendLower(sb, v, at, c);
            else if (CharInfo.IsLower(c)) UnicodeDb.AppendMapped(sb, c, UnicodeDb.MapUpper);
            else UnicodeDb.AppendCp(sb, c);
        }
        return sb.ToString();
    }

    // ---- joining, splitting, stripping ---------------------------------------------------------
    public static PyStr Join(PyStr sep, PyObject iterable)
    {
        PyObject[] items;
        int count;
        if (iterable is PyList l) { items = l.Items; count = l.Count; }
        else if (iterable is PyTuple t) { items = t.Items; count = t.Count; }
        else
        {
            try { items = Ops.ToArray(iterable); }
            catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError && iterable is not PyStr
                && iterable.Type.Lookup("__iter__") is null && iterable.Type.Lookup("__getitem__") is null)
            {
                throw Errors.TypeError("can only join an iterable");
            }
            count = items.Length;
        }
        if (count == 0) return Empty;
        if (count == 1 && items[0] is PyStr only) return only;
        // Size the result first so the text is copied once, straight into the new string.
        string s = sep.Value;
        long total = (long)s.Length * (count - 1);
        for (int i = 0; i < count; i++)
        {
            if (items[i] is not PyStr ps)
                throw Errors.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            total += ps.Value.Length;
        }
        if (total > int.MaxValue) throw Errors.New(ExceptionTypes.MemoryError, "");
        var result = string.Create((int)total, (items, count, s), static (span, state) =>
        {
            var (parts, n, separator) = state;
            int at = 0;
            for (int i = 0; i < n; i++)
            {
                if (i > 0)
                {
                    separator.AsSpan().CopyTo(span[at..]);
                    at += separator.Length;
                }
                string part = ((PyStr)parts[i]).Value;
                part.AsSpan().CopyTo(span[at..]);
                at += part.Length;
            }
        });
        return From(result);
    }

    public static string Strip(string v, string? chars, bool left, bool right)
    {
        int a = 0, b = v.Length;
        if (chars is null)
        {
            if (left) while (a < b && CharInfo.IsSpace(v[a])) a++;
            if (right) while (b > a && CharInfo.IsSpace(v[b - 1])) b--;
        }
        else
        {
            if (left) while (a < b && chars.Contains(v[a])) a++;
            if (right) while (b > a && chars.Contains(v[b - 1])) b--;
        }
        return a == 0 && b == v.Length ? v : v.Substring(a, b - a);
    }

    private PyList Split(PyObject[] args, string[]? kw, bool reverse)
    {
        string fname = reverse ? "rsplit" : "split";
        int npos = ArgCheck.PositionalCount(args, kw);
        ArgCheck.OnlyKwClinic(kw, fname, "sep", "maxsplit");
        if (npos > 2) throw ArgCheck.TakesAtMost(fname, 2, npos);
        PyObject? sepObj = npos > 0 ? args[0] : ArgCheck.Kw(args, kw, "sep");
        PyObject? maxObj = npos > 1 ? args[1] : ArgCheck.Kw(args, kw, "maxsplit");
        long max = maxObj is null ? -1 : ArgCheck.ToLong(maxObj);
        if (sepObj is not null && sepObj is not PyNone && sepObj is not PyStr)
            throw Errors.TypeError($"must be str or None, not {sepObj.Type.Name}");
        if (!reverse)
            return sepObj is PyStr sep ? SplitSepForward(sep.Value, max) : SplitWhitespaceForward(max);
        var parts = sepObj is PyStr sepStr
            ? SplitSep(Value, sepStr.Value, max, reverse)
            : SplitWhitespace(Value, max, reverse, c => CharInfo.IsSpace(c));
        var result = new PyList();
        if (parts.Count == 1 && parts[0].Length == Value.Length) result.Append(this);
        else foreach (var part in parts) result.Append(From(part));
        return result;
    }

    /// <summary>str.split(sep): counts the pieces first so the list is allocated at its final
    /// size and each piece is copied once.</summary>
    private PyList SplitSepForward(string sep, long max)
    {
        if (sep.Length == 0) throw Errors.ValueError("empty separator");
        if (max < 0) max = long.MaxValue;
        string v = Value;
        int pieces = 1;
        for (int pos = 0; pieces - 1 < max; pieces++)
        {
            int idx = IndexOfSep(v, sep, pos);
            if (idx < 0) break;
            pos = idx + sep.Length;
        }
        if (pieces == 1) return new PyList(new PyObject[] { this });
        var items = new PyObject[pieces];
        int at = 0;
        for (int k = 0; k < pieces - 1; k++)
        {
            int idx = IndexOfSep(v, sep, at);
            items[k] = From(v.Substring(at, idx - at));
            at = idx + sep.Length;
        }
        items[pieces - 1] = From(v.Substring(at));
        return new PyList(items);
    }

    private static int IndexOfSep(string v, string sep, int from)
    {
        if (sep.Length == 1)
        {
            int i = v.AsSpan(from).IndexOf(sep[0]);
            return i < 0 ? -1 : i + from;
        }
        return v.IndexOf(sep, from, StringComparison.Ordinal);
    }

    /// <summary>str.split() on whitespace runs, building the list directly.</summary>
    private PyList SplitWhitespaceForward(long max)
    {
        if (max < 0) max = long.MaxValue;
        string v = Value;
        var result = new PyList();
        int i = 0, n = v.Length;
        while (true)
        {
            while (i < n && CharInfo.IsSpace(v[i])) i++;
            if (i >= n) break;
            if (max-- == 0) { result.Append(i == 0 ? this : From(v.Substring(i))); break; }
            int j = i;
            while (j < n && !CharInfo.IsSpace(v[j])) j++;
            result.Append(i == 0 && j == n ? this : From(v.Substring(i, j - i)));
            i = j;
        }
        return result;
    }

    /// <summary>split()/rsplit() without a separator: runs of whitespace; after maxsplit splits the
    /// rest is kept as is (only the whitespace at the splitting end is dropped).</summary>
    internal static List<string> SplitWhitespace(string v, long max, bool reverse, Func<char, bool> isSpace)
    {
        if (max < 0) max = long.MaxValue;
        var result = new List<string>();
        if (!reverse)
        {
            int i = 0, n = v.Length;
            while (true)
            {
                while (i < n && isSpace(v[i])) i++;
                if (i >= n) break;
                if (max-- == 0) { result.Add(v[i..]); break; }
                int j = i;
                while (j < n && !isSpace(v[j])) j++;
                result.Add(v[i..j]);
                i = j;
            }
        }
        else
        {
            int i = v.Length;
            while (true)
            {
                while (i > 0 && isSpace(v[i - 1])) i--;
                if (i <= 0) break;
                if (max-- == 0) { result.Add(v[..i]); break; }
                int j = i;
                while (j > 0 && !isSpace(v[j - 1])) j--;
                result.Add(v[j..i]);
                i = j;
            }
            result.Reverse();
        }
        return result;
    }

    internal static List<string> SplitSep(string v, string sep, long max, bool reverse)
    {
        if (sep.Length == 0) throw Errors.ValueError("empty separator");
        if (max < 0) max = long.MaxValue;
        var result = new List<string>();
        if (!reverse)
        {
            int pos = 0;
            while (max-- > 0)
            {
                int idx = v.IndexOf(sep, pos, StringComparison.Ordinal);
                if (idx < 0) break;
                result.Add(v[pos..idx]);
                pos = idx + sep.Length;
            }
            result.Add(v[pos..]);
        }
        else
        {
            int end = v.Length;
            while (max-- > 0 && end > 0)
            {
                int idx = end - sep.Length < 0 ? -1 : v.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
                if (idx < 0) break;
                result.Add(v[(idx + sep.Length)..end]);
                end = idx;
            }
            result.Add(v[..end]);
            result.Reverse();
        }
        return result;
    }

    private static PyList SplitLines(string v, bool keepends)
    {
        // Count the lines first so the list is allocated once at its final size.
        int lines = 0;
        for (int i = 0, n = v.Length; i < n; lines++)
            i = NextLine(v, i, out _);
        var items = new PyObject[lines];
        for (int i = 0, k = 0; k < lines; k++)
        {
            int j = NextLine(v, i, out int eol);
            items[k] = From(v.Substring(i, (keepends ? j : eol) - i));
            i = j;
        }
        return new PyList(items);
    }

    /// <summary>The start of the line after the one starting at <paramref name="i"/>;
    /// <paramref name="eol"/> receives where that line's text ends (before its line break).</summary>
    private static int NextLine(string v, int i, out int eol)
    {
        int n = v.Length;
        int j = i;
        while (j < n && !CharInfo.IsLineBreak(v[j])) j++;
        eol = j;
        if (j < n)
        {
            if (v[j] == '\r' && j + 1 < n && v[j + 1] == '\n') j += 2;
            else j++;
        }
        return j;
    }

    // ---- searching -------------------------------------------------------------------------------
    /// <summary>str.find/rfind with code-point start/end; returns a code-point index or -1.</summary>
    public int Find(string sub, int start, int end, bool reverse)
    {
        if (start > CpLength || end - start < 0) return -1;
        int us = CpToUnit(start), ue = CpToUnit(Math.Max(end, start));
        if (ue - us < sub.Length) return -1;
        int idx = reverse
            ? (sub.Length == 0 ? ue : Value.LastIndexOf(sub, ue - 1, ue - us, StringComparison.Ordinal))
            : Value.IndexOf(sub, us, ue - us, StringComparison.Ordinal);
        return idx < 0 ? -1 : UnitToCp(idx);
    }

    internal int Count(string sub, int start, int end)
    {
        if (start > CpLength) return 0;
        if (end < start) return 0;
        if (sub.Length == 0) return end - start + 1;
        int us = CpToUnit(start), ue = CpToUnit(end);
        int count = 0;
        int pos = us;
        while (pos <= ue - sub.Length)
        {
            int idx = Value.IndexOf(sub, pos, ue - pos, StringComparison.Ordinal);
            if (idx < 0) break;
            count++;
            pos = idx + sub.Length;
        }
        return count;
    }

    internal bool Affix(string p, int start, int end, bool suffix)
    {
        if (start > CpLength || end - start < 0) return false;
        int us = CpToUnit(start), ue = CpToUnit(end);
        if (ue - us < p.Length) return false;
        return suffix
            ? string.CompareOrdinal(Value, ue - p.Length, p, 0, p.Length) == 0
            : string.CompareOrdinal(Value, us, p, 0, p.Length) == 0;
    }

    internal PyStr Replace(string old, string @new, long count)
    {
        string v = Value;
        if (count < 0)
        {
            if (old.Length == 0)
            {
                var sb0 = new StringBuilder();
                sb0.Append(@new);
                for (int i = 0; i < v.Length;)
                {
                    int s = i;
                    NextCodePoint(v, ref i);
                    sb0.Append(v, s, i - s).Append(@new);
                }
                return new PyStr(sb0.ToString());
            }
            var r = v.Replace(old, @new, StringComparison.Ordinal);
            return ReferenceEquals(r, v) ? this : new PyStr(r);
        }
        if (count == 0) return this;
        var sb = new StringBuilder(v.Length);
        int pos = 0;
        if (old.Length == 0)
        {
            int i = 0;
            while (count-- > 0)
            {
                sb.Append(@new);
                if (i >= v.Length) { pos = i; break; }
                int s = i;
                NextCodePoint(v, ref i);
                sb.Append(v, s, i - s);
                pos = i;
            }
            sb.Append(v, pos, v.Length - pos);
            return new PyStr(sb.ToString());
        }
        while (count-- > 0)
        {
            int idx = v.IndexOf(old, pos, StringComparison.Ordinal);
            if (idx < 0) break;
            sb.Append(v, pos, idx - pos).Append(@new);
            pos = idx + old.Length;
        }
        sb.Append(v, pos, v.Length - pos);
        return new PyStr(sb.ToString());
    }

    private PyStr Translate(PyObject table)
    {
        var sb = new StringBuilder(Value.Length);
        for (int i = 0; i < Value.Length;)
        {
            int c = NextCodePoint(Value, ref i);
            PyObject? m;
            try { m = table.GetItem(PyInt.From(c)); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.LookupError)) { m = null; }
            if (m is null) UnicodeDb.AppendCp(sb, c);
            else if (m is PyNone) { }
            else if (m is PyStr s) sb.Append(s.Value);
            else if (m is PyInt mi)
            {
                if (!mi.IsSmall || mi.Small < 0 || mi.Small > 0x10FFFF)
                    throw Errors.ValueError("character mapping must be in range(0x110000)");
                UnicodeDb.AppendCp(sb, (int)mi.Small);
            }
            else throw Errors.TypeError("character mapping must return integer, None or str");
        }
        return new PyStr(sb.ToString());
    }

    private static PyObject MakeTrans(PyObject[] args, string[]? kw)
    {
        ArgCheck.NoKw(kw, "maketrans");
        ArgCheck.Range(args, null, "maketrans", 1, 3);
        var d = new PyDict();
        if (args.Length == 1)
        {
            if (args[0] is not PyDict src)
                throw Errors.TypeError("if you give only one argument to maketrans it must be a dict");
            foreach (var (k, val) in src.Pairs())
            {
                if (k is PyStr ks)
                {
                    if (ks.CpLength != 1) throw Errors.ValueError("string keys in translate table must be of length 1");
                    d.SetItem(PyInt.From(ks.CodePointAt(0)), val);
                }
                else if (k is PyInt) d.SetItem(k, val);
                else throw Errors.TypeError("keys in translate table must be strings or integers");
            }
            return d;
        }
        var x = args[0] as PyStr ?? throw Errors.TypeError("first maketrans argument must be a string if there is a second argument");
        var y = args[1] as PyStr ?? throw Errors.TypeError($"maketrans() argument 2 must be str, not {ClinicTypeName(args[1])}");
        if (args.Length > 2 && args[2] is not PyStr)
            throw Errors.TypeError($"maketrans() argument 3 must be str, not {ClinicTypeName(args[2])}");
        if (x.CpLength != y.CpLength) throw Errors.ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < x.CpLength; i++)
            d.SetItem(PyInt.From(x.CodePointAt(i)), PyInt.From(y.CodePointAt(i)));
        if (args.Length > 2 && args[2] is PyStr z)
            for (int i = 0; i < z.CpLength; i++)
                d.SetItem(PyInt.From(z.CodePointAt(i)), PyNone.Instance);
        return d;
    }
}
