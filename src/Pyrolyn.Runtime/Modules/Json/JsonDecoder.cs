using System;
using System.Collections.Generic;
using System.Globalization;
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

    private int SkipWs(int i)
    {
        while (i < _s.Length && _s[i] is ' ' or '\t' or '\n' or '\r')
            i++;
        return i;
    }

    /// <summary>JSONDecodeError(msg, doc, pos) with lineno/colno like json.decoder does.</summary>
    private PyException Error(string msg, int utf16Pos) => JsonModule.DecodeError(msg, _s, utf16Pos);

    private PyException ExpectingValue(int idx) => Error("Expecting value", idx);

    private PyObject ScanOnce(int idx, out int end, bool topLevel = false)
    {
        if (idx >= _s.Length)
            throw ExpectingValue(idx);
        char c = _s[idx];
        switch (c)
        {
            case '"':
                return new PyStr(ScanString(idx + 1, out end));
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
                return Constant("NaN", double.NaN);
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
        string text = _s.Substring(start, i - start);
        if (isFloat)
        {
            if (ParseFloat is not null)
                return ParseFloat.Call(new PyObject[] { new PyStr(text) });
            return new PyFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        if (ParseInt is not null)
            return ParseInt.Call(new PyObject[] { new PyStr(text) });
        return text.Length < 18 ? PyInt.From(long.Parse(text, CultureInfo.InvariantCulture))
            : PyInt.From(System.Numerics.BigInteger.Parse(text, CultureInfo.InvariantCulture));
    }

    /// <summary>scanstring: <paramref name="begin"/> is just after the opening quote.</summary>
    private string ScanString(int begin, out int end)
    {
        var sb = new StringBuilder();
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
                sb.Append(c);
                i++;
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

    private PyObject ParseObject(int idx, out int end)
    {
        var pairs = new List<(PyObject Key, PyObject Value)>();
        idx = SkipWs(idx);
        if (idx < _s.Length && _s[idx] == '}')
        {
            end = idx + 1;
            return FinishObject(pairs);
        }
        while (true)
        {
            if (idx >= _s.Length || _s[idx] != '"')
                throw Error("Expecting property name enclosed in double quotes", idx);
            var key = new PyStr(ScanString(idx + 1, out idx));
            idx = SkipWs(idx);
            if (idx >= _s.Length || _s[idx] != ':')
                throw Error("Expecting ':' delimiter", idx);
            idx = SkipWs(idx + 1);
            var value = ScanOnce(idx, out idx);
            pairs.Add((key, value));
            idx = SkipWs(idx);
            if (idx < _s.Length && _s[idx] == '}')
            {
                end = idx + 1;
                return FinishObject(pairs);
            }
            if (idx >= _s.Length || _s[idx] != ',')
                throw Error("Expecting ',' delimiter", idx);
            idx = SkipWs(idx + 1);
        }
    }

    private PyObject FinishObject(List<(PyObject Key, PyObject Value)> pairs)
    {
        if (ObjectPairsHook is not null)
        {
            var list = new PyObject[pairs.Count];
            for (int i = 0; i < pairs.Count; i++)
                list[i] = new PyTuple(new[] { pairs[i].Key, pairs[i].Value });
            return ObjectPairsHook.Call(new PyObject[] { new PyList(list) });
        }
        var d = new PyDict(pairs.Count);
        foreach (var (k, v) in pairs)
            d.SetItem(k, v);
        return ObjectHook is null ? d : ObjectHook.Call(new PyObject[] { d });
    }

    private PyObject ParseArray(int idx, out int end)
    {
        var items = new PyList();
        idx = SkipWs(idx);
        if (idx < _s.Length && _s[idx] == ']')
        {
            end = idx + 1;
            return items;
        }
        while (true)
        {
            items.Append(ScanOnce(idx, out idx));
            idx = SkipWs(idx);
            if (idx < _s.Length && _s[idx] == ']')
            {
                end = idx + 1;
                return items;
            }
            if (idx >= _s.Length || _s[idx] != ',')
                throw Error("Expecting ',' delimiter", idx);
            idx = SkipWs(idx + 1);
        }
    }
}
