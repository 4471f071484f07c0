using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>str: a .NET string indexed by code point. Surrogate pairs count as one character;
/// strings without them (the common case) index the UTF-16 buffer directly.</summary>
public partial class PyStr : PyObject
{
    public static readonly PyStr Empty = new("");
    private static readonly PyStr[] Latin1 = BuildLatin1();

    // Kept to three fields (40 bytes with the header) because programs hold millions of strs.
    // _data is the text as a string, except in two rare cases: a StringBuilder while a `s += t`
    // chain has not been read yet, or a SurrogateText when the text has surrogate pairs.
    private object _data;
    private long _hash;           // 0 = not computed yet
    // Code points once computed (>= 0; equals the UTF-16 length when there are no surrogates);
    // -1 = not computed; below -1 while builder-backed: -2 - (length of this str's builder prefix).
    private int _cpLength = -1;

    /// <summary>The text plus the UTF-16 offset of each code point, for strs with surrogate pairs.</summary>
    private sealed class SurrogateText(string text, int[] offsets)
    {
        public readonly string Text = text;
        public readonly int[] Offsets = offsets;
    }

    public PyStr(string value) => _data = value;

    // Repeated `s += t` appends to a builder shared along the chain of results; each PyStr
    // sees its own prefix of it, so the loop is linear instead of quadratic.
    private PyStr(StringBuilder builder, int length)
    {
        _data = builder;
        _cpLength = -2 - length;
    }

    public string Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _data as string ?? SlowValue();
    }

    private string SlowValue()
    {
        var d = _data;
        if (d is StringBuilder sb)
        {
            int c = _cpLength;
            // c >= -1: a concurrent reader already materialized (and measured) the text.
            if (c >= -1) return Value;
            var v = sb.ToString(0, -2 - c);
            _data = v;
            return v;
        }
        return d as string ?? ((SurrogateText)d).Text;
    }

    /// <summary>The builder this str is the newest prefix of, if it is still builder-backed.</summary>
    private StringBuilder? Builder => _data as StringBuilder;

    /// <summary>Length in UTF-16 units without materializing a builder-backed string.</summary>
    private int UnitLength => _data is StringBuilder && _cpLength < -1 ? -2 - _cpLength : Value.Length;

    /// <summary>UTF-16 offset of each code point; only valid when the text has surrogate pairs.</summary>
    private int[] Offsets => ((SurrogateText)_data).Offsets;

    private static PyStr[] BuildLatin1()
    {
        var a = new PyStr[256];
        for (int i = 0; i < 256; i++)
            a[i] = new PyStr(((char)i).ToString());
        return a;
    }

    /// <summary>A one-character string; Latin-1 characters are cached.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyStr FromChar(char c) => c < 256 ? Latin1[c] : new PyStr(c.ToString());

    public static PyStr FromCodePoint(int cp) => cp < 256 ? Latin1[cp] : new PyStr(CodePointToString(cp));

    public static string CodePointToString(int cp) =>
        cp <= 0xFFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    public static PyStr From(string s) => s.Length == 0 ? Empty : s.Length == 1 ? FromChar(s[0]) : new PyStr(s);

    public override PyType Type => BuiltinTypes.Str;
    public override string Str() => Value;
    public override bool IsTrue() => UnitLength != 0;
    public override string Format(string spec) => spec.Length == 0 ? Value : NumberFormatter.FormatStr(Value, spec);

    // ---- code points -----------------------------------------------------------------------------
    public int CpLength
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int n = _cpLength;
            return n >= 0 ? n : ComputeCodePoints();
        }
    }

    /// <summary>True when every character is a single UTF-16 unit (no surrogate pairs).</summary>
    public bool IsSimple => CpLength == Value.Length;

    private int ComputeCodePoints()
    {
        var s = Value;
        // Most text has no surrogates: one vectorized search settles it (len() of a document).
        int first = s.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF');
        if (first < 0)
        {
            _cpLength = s.Length;
            return s.Length;
        }
        int n = 0;
        int pairs = 0;
        for (int i = first; i < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                pairs++;
                i++;
            }
        n = s.Length - pairs;
        if (pairs > 0)
        {
            var offs = new int[n];
            int k = 0;
            for (int i = 0; i < s.Length; i++)
            {
                offs[k++] = i;
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    i++;
            }
            _data = new SurrogateText(s, offs);
        }
        _cpLength = n;
        return n;
    }

    /// <summary>UTF-16 offset of code point <paramref name="cp"/> (cp may equal the length).</summary>
    public int CpToUnit(int cp)
    {
        if (IsSimple) return cp;
        return cp >= _cpLength ? Value.Length : Offsets[cp];
    }

    public int UnitToCp(int unit)
    {
        if (IsSimple || unit < 0) return unit;
        int idx = Array.BinarySearch(Offsets, unit);
        return idx >= 0 ? idx : ~idx;
    }

    public int CodePointAt(int cp)
    {
        if (IsSimple) return Value[cp];
        int u = Offsets[cp];
        return char.IsHighSurrogate(Value[u]) && u + 1 < Value.Length && char.IsLowSurrogate(Value[u + 1])
            ? char.ConvertToUtf32(Value[u], Value[u + 1]) : Value[u];
    }

    public PyStr CharAt(int cp)
    {
        if (IsSimple) return FromChar(Value[cp]);
        var offsets = Offsets;
        int u = offsets[cp];
        int end = cp + 1 < _cpLength ? offsets[cp + 1] : Value.Length;
        return end - u == 1 ? FromChar(Value[u]) : new PyStr(Value.Substring(u, end - u));
    }

    /// <summary>Substring by code-point range [start, stop).</summary>
    public string CpSubstring(int start, int stop)
    {
        if (stop <= start) return "";
        int a = CpToUnit(start), b = CpToUnit(stop);
        return Value.Substring(a, b - a);
    }

    /// <summary>Iterates code points (for algorithms that need whole characters).</summary>
    public static int NextCodePoint(string s, ref int i)
    {
        char c = s[i++];
        if (char.IsHighSurrogate(c) && i < s.Length && char.IsLowSurrogate(s[i]))
            return char.ConvertToUtf32(c, s[i++]);
        return c;
    }

    // ---- repr, hash, comparison -----------------------------------------------------------------
    public override string Repr() => ReprOf(Value);

    public static string ReprOf(string s)
    {
        char quote = '\'';
        if (s.Contains('\'') && !s.Contains('"'))
            quote = '"';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length;)
        {
            int c = NextCodePoint(s, ref i);
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < ' ' || c == 0x7f) sb.Append("\\x").Append(c.ToString("x2"));
            else if (c < 0x7f) sb.Append((char)c);
            else if (CharInfo.IsPrintable(c))
            {
                if (c > 0xFFFF) sb.Append(char.ConvertFromUtf32(c)); else sb.Append((char)c);
            }
            else if (c <= 0xff) sb.Append("\\x").Append(c.ToString("x2"));
            else if (c <= 0xffff) sb.Append("\\u").Append(c.ToString("x4"));
            else sb.Append("\\U").Append(c.ToString("x8"));
        }
        sb.Append(quote);
        return sb.ToString();
    }

    public override long Hash()
    {
        long h = _hash;
        if (h != 0 || Value.Length == 0) return h;
        return _hash = ComputeHash(Value);
    }

    /// <summary>CPython's str hash under PYTHONHASHSEED=0 (SipHash-1-3 with a zero key).
    /// Never 0 for a non-empty string, so 0 can mean "not computed" in the cache.</summary>
    public static long ComputeHash(string s) => SipHash.HashString(s);

    /// <summary>Code-point order comparison (UTF-16 order differs only above the surrogates).</summary>
    public static int Compare(string a, string b)
    {
        // The first units decide most comparisons ("a" <= ch <= "z"): no vectorized prefix scan.
        if (a.Length > 0 && b.Length > 0 && a[0] != b[0] && a[0] < 0xD800 && b[0] < 0xD800)
            return a[0] - b[0];
        int i = a.AsSpan().CommonPrefixLength(b);
        if (i == a.Length || i == b.Length)
            return a.Length.CompareTo(b.Length);
        int x = a[i], y = b[i];
        if (x >= 0xD800 && y >= 0xD800)
        {
            x = x >= 0xE000 ? x - 0x800 : x + 0x2000;
            y = y >= 0xE000 ? y - 0x800 : y + 0x2000;
        }
        return x - y;
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyStr o) return null;
        if (op == CompareOp.Eq) return PyBool.From(string.Equals(Value, o.Value));
        if (op == CompareOp.Ne) return PyBool.From(!string.Equals(Value, o.Value));
        return PyBool.From(PyInt.CompareResult(Compare(Value, o.Value), op));
    }

    // ---- sequence protocol -----------------------------------------------------------------------
    public override long Length() => CpLength;

    public override bool Contains(PyObject item)
    {
        if (item is PyStr s)
        {
            string text = Value, sub = s.Value;
            return sub.Length == 1 ? ContainsUnit(text, sub[0]) : text.Contains(sub, StringComparison.Ordinal);
        }
        throw Errors.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
    }

    /// <summary><c>ch in text</c> for a one-unit needle (`d in "123456789"`): a plain loop on short
    /// texts, where the vectorized search's set-up cost more than the search (13% of sudoku).</summary>
    private static bool ContainsUnit(string text, char ch)
    {
        if (text.Length > 16)
            return text.Contains(ch);
        foreach (char c in text)
            if (c == ch)
                return true;
        return false;
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i)
        {
            long idx = i.IsSmall ? i.Small : throw Errors.IndexError("cannot fit 'int' into an index-sized integer");
            int n = CpLength;
            if (idx < 0) idx += n;
            if ((ulong)idx >= (ulong)n) throw Errors.IndexError("string index out of range");
            return CharAt((int)idx);
        }
        if (key is PySlice sl)
            return Slice(sl);
        if (SequenceHelpers.AsIndex(key) is { } index)
            return GetItem(index);
        throw Errors.TypeError($"string indices must be integers, not '{key.Type.Name}'");
    }

    public PyStr Slice(PySlice sl)
    {
        long count = sl.Indices(CpLength, out long start, out _, out long step);
        if (count <= 0) return Empty;
        if (step == 1)
        {
            if (start == 0 && count == CpLength) return this;
            return From(CpSubstring((int)start, (int)(start + count)));
        }
        var sb = new StringBuilder((int)count);
        bool simple = IsSimple;
        for (long k = 0, p = start; k < count; k++, p += step)
        {
            if (simple) sb.Append(Value[(int)p]);
            else sb.Append(CharAt((int)p).Value);
        }
        return From(sb.ToString());
    }

    public override PyObject GetIter() => new PyStrIterator(this);

    // ---- operators -------------------------------------------------------------------------------
    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        switch (op)
        {
            case Runtime.BinaryOp.Add:
                return other is PyStr s ? Concat(this, s) : null;
            case Runtime.BinaryOp.Mul:
                return other is PyInt n ? Repeat(n) : null;
            case Runtime.BinaryOp.Mod:
                return new PyStr(PercentFormat.Format(Value, other));
        }
        return null;
    }

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other) =>
        op == Runtime.BinaryOp.Mul && other is PyInt n ? Repeat(n) : null;

    private const int BuilderThreshold = 256;

    public static PyStr Concat(PyStr a, PyStr b)
    {
        int la = a.UnitLength;
        if (la == 0) return b;
        string bv = b.Value;
        if (bv.Length == 0) return a;
        // Extend a's builder when a is its newest prefix (the `s += x` loop).
        var sb = a.Builder;
        if (sb is not null && sb.Length == la)
        {
            sb.Append(bv);
            return new PyStr(sb, sb.Length);
        }
        if (la + bv.Length >= BuilderThreshold)
        {
            sb = new StringBuilder(Math.Max(2 * (la + bv.Length), 1024));
            sb.Append(a.Value).Append(bv);
            return new PyStr(sb, sb.Length);
        }
        return new PyStr(string.Concat(a.Value, bv));
    }

    public PyStr Repeat(PyInt n)
    {
        long count = n.IsSmall ? n.Small : (n.Sign < 0 ? 0 : long.MaxValue);
        if (count <= 0 || Value.Length == 0) return Empty;
        if (count == 1) return this;
        if (count * Value.Length > int.MaxValue / 2)
            throw Errors.New(ExceptionTypes.MemoryError, "");
        string v = Value;
        if (v.Length == 1) return new PyStr(new string(v[0], (int)count));
        // Copy the text once, then double the filled prefix until the result is full.
        return new PyStr(string.Create(v.Length * (int)count, v, static (span, text) =>
        {
            text.AsSpan().CopyTo(span);
            for (int filled = text.Length; filled < span.Length; filled *= 2)
                span[..Math.Min(filled, span.Length - filled)].CopyTo(span[filled..]);
        }));
    }

    public override PyObject GetAttr(string name) => BuiltinAttr.Get(this, name);
    public override void SetAttr(string name, PyObject value) => BuiltinAttr.Set(this, name);

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        ArgCheck.OnlyKw(kwnames, "str", "object", "encoding", "errors");
        PyObject? obj = npos > 0 ? args[0] : ArgCheck.Kw(args, kwnames, "object");
        PyObject? enc = npos > 1 ? args[1] : ArgCheck.Kw(args, kwnames, "encoding");
        PyObject? errors = npos > 2 ? args[2] : ArgCheck.Kw(args, kwnames, "errors");
        if (npos > 3) throw Errors.TypeError($"str() takes at most 3 arguments ({npos} given)");
        if (obj is null) return Empty;
        if (enc is null && errors is null)
            return obj.GetType() == typeof(PyStr) ? obj : From(Ops.Str(obj));
        byte[] data = obj switch
        {
            PyBytes b => b.Value,
            PyByteArray ba => ba.ToArray(),
            PyStr => throw Errors.TypeError("decoding str is not supported"),
            _ => throw Errors.TypeError($"decoding to str: need a bytes-like object, {obj.Type.Name} found"),
        };
        return new PyStr(Codecs.Decode(data, enc is null ? "utf-8" : ArgCheck.ToStr(enc, "str() argument 'encoding'"),
            errors is null ? "strict" : ArgCheck.ToStr(errors, "str() argument 'errors'")));
    }
}
