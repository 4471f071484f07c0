using System;
using System.Collections.Generic;
using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary>json.loads: a recursive-descent scanner with the positions and messages of
/// CPython's C scanner (_json.c). Positions are UTF-16 indexes internally and are converted to
/// code points when an error is reported.</summary>
internal sealed class JsonDecoder
{
    public PyObject? ObjectHook;
    public PyObject? ObjectPairsHook;
    public PyObject? ParseFloat;
    public PyObject? ParseInt;
    public PyObject? ParseConstant;
    public bool Strict = true;

    private string _s = "";
    /// <summary>Items of the arrays and (key, value) pairs of the objects being parsed, as a
    /// stack: each container is built once with its final size.</summary>
    private PyObject[] _stack = new PyObject[64];
    private int _top;
    /// <summary>Object keys seen in this document (CPython's memo): repeated keys share one str.</summary>
    private Dictionary<string, PyStr>? _memo;
    private Dictionary<string, PyStr>.AlternateLookup<ReadOnlySpan<char>> _memoBySpan;
    private StringBuilder? _sb;

    private static readonly SearchValues<char> StringSpecial = SearchValues.Create(StringSpecialChars());

    private static string StringSpecialChars()
    {
        var chars = new List<char> { '"', '\\' };
        for (char c = '\0'; c < ' '; c++)
            chars.Add(c);
        return new string(chars.ToArray());
    }

    /// <summary>JSONDecoder.decode: one value surrounded by optional whitespace.</summary>
    public PyObject Decode(string s)
    {
        _s = s;
        if (s.Length > 0 && s[0] == '\ufeff')
            throw Error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
        int idx = SkipWs(0);
        var value = ScanOnce(idx, out int end, topLevel: true);
        end = SkipWs(end);
        if (end != s.Length)
            throw Error("Extra data", end);
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SkipWs(int i)
    {
        while (i < _s.Length && _s[i] is ' ' or '\t' or '\n' or '\r')
            i++;
        return i;
    }

    /// <summary>JSONDecodeError(msg, doc, pos) with lineno/colno like json.decoder does.</summary>
    private PyException Error(string msg, int utf16Pos) => JsonModule.DecodeError(msg, _s, utf16Pos);

    private PyException ExpectingValue(int idx) => Error("Expecting value", idx);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PyObject ScanOnce(int idx, out int end, bool topLevel = false)
    {
        if (idx >= _s.Length)
            throw ExpectingValue(idx);
        char c = _s[idx];
        switch (c)
        {
            case '"':
                return new PyStr(ScanString(idx + 1, out end));
            case >= '0' and <= '9':
                return ScanNumber(idx, out end) ?? throw ExpectingValue(idx);
            case '{':
                return ParseObject(idx + 1, out end);
            case '[':
                return ParseArray(idx + 1, out end);
            case 'n' when Matches(idx, "null"):
                end = idx + 4;
                return PyNone.Instance;
            case 't' when Matches(idx, "true"):
                end = idx + 4;
                return PyBool.True;
            case 'f' when Matches(idx, "false"):
                end = idx + 5;
                return PyBool.False;
            case 'N' when Matches(idx, "NaN"):
                end = idx + 3;
                return Constant("NaN", PyFloat.PositiveNaN);
            case 'I' when Matches(idx, "Infinity"):
                end = idx + 8;
                return Constant("Infinity", double.PositiveInfinity);
            case '-' when Matches(idx, "-Infinity"):
                end = idx + 9;
                return Constant("-Infinity", double.NegativeInfinity);
        }
        return ScanNumber(idx, out end) ?? throw ExpectingValue(idx);
    }

    private bool Matches(int idx, string word) => string.CompareOrdinal(_s, idx, word, 0, word.Length) == 0 && idx + word.Length <= _s.Length;

    private PyObject Constant(string name, double value) =>
        ParseConstant is null ? new PyFloat(value) : ParseConstant.Call(new PyObject[] { new PyStr(name) });

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PyObject? ScanNumber(int start, out int end)
    {
        int i = start;
        end = start;
        if (i < _s.Length && _s[i] == '-')
            i++;
        if (i >= _s.Length)
            return null;
        if (_s[i] >= '1' && _s[i] <= '9')
        {
            while (i < _s.Length && char.IsAsciiDigit(_s[i]))
                i++;
        }
        else if (_s[i] == '0')
        {
            i++;
        }
        else
        {
            return null;
        }
        bool isFloat = false;
        if (i + 1 < _s.Length && _s[i] == '.' && char.IsAsciiDigit(_s[i + 1]))
        {
            isFloat = true;
            i += 2;
            while (i < _s.Length && char.IsAsciiDigit(_s[i]))
                i++;
        }
        if (i < _s.Length && _s[i] is 'e' or 'E')
        {
            int eStart = i;
            i++;
            if (i < _s.Length && _s[i] is '+' or '-')
                i++;
            int digits = i;
            while (i < _s.Length && char.IsAsciiDigit(_s[i]))
                i++;
            if (i > digits)
                isFloat = true;
            else
                i = eStart;
        }
        end = i;
        var text = _s.AsSpan(start, i - start);
        if (isFloat)
        {
            if (ParseFloat is not null)
                return ParseFloat.Call(new PyObject[] { new PyStr(text.ToString()) });
            return new PyFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        if (ParseInt is not null)
            return ParseInt.Call(new PyObject[] { new PyStr(text.ToString()) });
        if (text.Length < 19)
        {
            bool negative = text[0] == '-';
            long v = 0;
            for (int k = negative ? 1 : 0; k < text.Length; k++)
                v = v * 10 + (text[k] - '0');
            return PyInt.From(negative ? -v : v);
        }
        return PyInt.From(System.Numerics.BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    /// <summary>scanstring: <paramref name="begin"/> is just after the opening quote.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string ScanString(int begin, out int end)
    {
        int plain = _s.AsSpan(begin).IndexOfAny(StringSpecial);
        if (plain >= 0 && _s[begin + plain] == '"')
        {
            end = begin + plain + 1;
            return _s.Substring(begin, plain);
        }
        return ScanEscapedString(begin, out end);
    }

    /// <summary>An object key: a memoised str when the key text has been seen before.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PyStr ScanKey(int begin, out int end)
    {
        if (_memo is null)
        {
            _memo = new Dictionary<string, PyStr>();
            _memoBySpan = _memo.GetAlternateLookup<ReadOnlySpan<char>>();
        }
        int plain = _s.AsSpan(begin).IndexOfAny(StringSpecial);
        if (plain >= 0 && _s[begin + plain] == '"')
        {
            end = begin + plain + 1;
            var span = _s.AsSpan(begin, plain);
            if (_memoBySpan.TryGetValue(span, out var known))
                return known;
            var key = new PyStr(span.ToString());
            _memo[key.Value] = key;
            return key;
        }
        string text = ScanEscapedString(begin, out end);
        if (_memo.TryGetValue(text, out var seen))
            return seen;
        var escapedKey = new PyStr(text);
        _memo[text] = escapedKey;
        return escapedKey;
    }

    /// <summary>A string with escapes (or an error): decoded character by character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string ScanEscapedString(int begin, out int end)
    {
        var sb = _sb ??= new StringBuilder();
        sb.Clear();
        int i = begin;
        while (true)
        {
            if (i >= _s.Length)
                throw Error("Unterminated string starting at", begin - 1);
            char c = _s[i];
            if (c == '"')
            {
                end = i + 1;
                return sb.ToString();
            }
            if (c != '\\')
            {
                if (c <= 0x1f && Strict)
                    throw Error("Invalid control character at", i);
                int run = _s.AsSpan(i + 1).IndexOfAny(StringSpecial);
                int runEnd = run < 0 ? _s.Length : i + 1 + run;
                sb.Append(_s, i, runEnd - i);
                i = runEnd;
                continue;
            }
            i++;
            if (i >= _s.Length)
                throw Error("Unterminated string starting at", begin - 1);
            c = _s[i];
            if (c != 'u')
            {
                char decoded = c switch
                {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\b',
                    'f' => '\f',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => '\0',
                };
                if (decoded == '\0')
                    throw Error("Invalid \\escape", i - 1);
                sb.Append(decoded);
                i++;
                continue;
            }
            // \uXXXX: i is at 'u'; CPython requires a character after the four digits.
            int hexStart = i + 1;
            int hexEnd = hexStart + 4;
            if (hexEnd >= _s.Length)
                throw Error("Invalid \\uXXXX escape", i);
            int cp = Hex4(hexStart) ?? throw Error("Invalid \\uXXXX escape", i);
            if (cp >= 0xD800 && cp <= 0xDBFF && hexEnd + 6 < _s.Length && _s[hexEnd] == '\\' && _s[hexEnd + 1] == 'u')
            {
                int low = Hex4(hexEnd + 2) ?? throw Error("Invalid \\uXXXX escape", hexEnd + 1);
                if (low >= 0xDC00 && low <= 0xDFFF)
                {
                    sb.Append((char)cp).Append((char)low);
                    i = hexEnd + 6;
                    continue;
                }
            }
            sb.Append((char)cp);
            i = hexEnd;
        }
    }

    private int? Hex4(int at)
    {
        int v = 0;
        for (int k = 0; k < 4; k++)
        {
            char h = _s[at + k];
            int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            if (d < 0)
                return null;
            v = v * 16 + d;
        }
        return v;
    }

    private void Push(PyObject o)
    {
        if (_top == _stack.Length)
            Array.Resize(ref _stack, _stack.Length * 2);
        ObjectArrays.Store(_stack, _top++, o);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PyObject ParseObject(int idx, out int end)
    {
        int start = _top;
        try
        {
            idx = SkipWs(idx);
            if (idx < _s.Length && _s[idx] == '}')
            {
                end = idx + 1;
                return FinishObject(start);
            }
            while (true)
            {
                if (idx >= _s.Length || _s[idx] != '"')
                    throw Error("Expecting property name enclosed in double quotes", idx);
                var key = ScanKey(idx + 1, out idx);
                idx = SkipWs(idx);
                if (idx >= _s.Length || _s[idx] != ':')
                    throw Error("Expecting ':' delimiter", idx);
                idx = SkipWs(idx + 1);
                var value = ScanOnce(idx, out idx);
                Push(key);
                Push(value);
                idx = SkipWs(idx);
                if (idx < _s.Length && _s[idx] == '}')
                {
                    end = idx + 1;
                    return FinishObject(start);
                }
                if (idx >= _s.Length || _s[idx] != ',')
                    throw Error("Expecting ',' delimiter", idx);
                idx = SkipWs(idx + 1);
            }
        }
        finally
        {
            Array.Clear(_stack, start, _top - start);
            _top = start;
        }
    }

    /// <summary>The object whose pairs are on the stack from <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PyObject FinishObject(int start)
    {
        int n = (_top - start) / 2;
        if (ObjectPairsHook is not null)
        {
            var list = new PyObject[n];
            for (int i = 0; i < n; i++)
                list[i] = new PyTuple(new[] { _stack[start + 2 * i], _stack[start + 2 * i + 1] });
            return ObjectPairsHook.Call(new PyObject[] { new PyList(list) });
        }
        var d = new PyDict(n);
        for (int i = 0; i < n; i++)
            d.SetItem(_stack[start + 2 * i], _stack[start + 2 * i + 1]);
        return ObjectHook is null ? d : ObjectHook.Call(new PyObject[] { d });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PyObject ParseArray(int idx, out int end)
    {
        int start = _top;
        try
        {
            idx = SkipWs(idx);
            if (idx < _s.Length && _s[idx] == ']')
            {
                end = idx + 1;
                return new PyList();
            }
            while (true)
            {
                Push(ScanOnce(idx, out idx));
                idx = SkipWs(idx);
                if (idx < _s.Length && _s[idx] == ']')
                {
                    end = idx + 1;
                    var items = new PyObject[_top - start];
                    Array.Copy(_stack, start, items, 0, items.Length);
                    return new PyList(items);
                }
                if (idx >= _s.Length || _s[idx] != ',')
                    throw Error("Expecting ',' delimiter", idx);
                idx = SkipWs(idx + 1);
            }
        }
        finally
        {
            Array.Clear(_stack, start, _top - start);
            _top = start;
        }
    }
}
