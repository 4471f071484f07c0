using System;
using System.Collections.Generic;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary>json.dumps: CPython's JSONEncoder rules (key coercion, float spelling, escaping,
/// indentation layout, circular-reference and default() handling).</summary>
internal sealed class JsonEncoder
{
    public bool SkipKeys;
    public bool EnsureAscii = true;
    public bool CheckCircular = true;
    public bool AllowNan = true;
    public bool SortKeys;
    public string? Indent;
    public string ItemSeparator = ", ";
    public string KeySeparator = ": ";
    public PyObject? Default;

    private readonly StringBuilder _sb = new();
    private readonly HashSet<object> _markers = new(ReferenceEqualityComparer.Instance);

    public string Encode(PyObject o)
    {
        EncodeValue(o, 0);
        return _sb.ToString();
    }

    private void EncodeValue(PyObject o, int level)
    {
        switch (o)
        {
            case PyStr s: AppendString(_sb, s.Value, EnsureAscii); return;
            case PyNone: _sb.Append("null"); return;
            case PyBool b: _sb.Append(b.Value ? "true" : "false"); return;
            case PyInt i: _sb.Append(i.Repr()); return;
            case PyFloat f: _sb.Append(FloatText(f.Value)); return;
            case PyList or PyTuple: EncodeList(o, level); return;
            case PyDict d: EncodeDict(d, level); return;
        }
        if (Default is null)
            throw Errors.TypeError($"Object of type {o.Type.Name} is not JSON serializable");
        Enter(o);
        EncodeValue(Default.Call(new[] { o }), level);
        Leave(o);
    }

    private void Enter(PyObject o)
    {
        if (CheckCircular && !_markers.Add(o))
            throw Errors.ValueError("Circular reference detected");
    }

    private void Leave(PyObject o)
    {
        if (CheckCircular)
            _markers.Remove(o);
    }

    private string FloatText(double v)
    {
        if (double.IsNaN(v) || double.IsInfinity(v))
        {
            if (!AllowNan)
                throw Errors.ValueError("Out of range float values are not JSON compliant");
            return double.IsNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }
        return new PyFloat(v).Repr();
    }

    /// <summary>Opens a container: '[' or '{' plus the first newline and indent.</summary>
    private string Open(char bracket, ref int level)
    {
        _sb.Append(bracket);
        if (Indent is null)
            return ItemSeparator;
        level++;
        string newlineIndent = "\n" + Repeat(Indent, level);
        _sb.Append(newlineIndent);
        return ItemSeparator + newlineIndent;
    }

    private void Close(char bracket, int level)
    {
        if (Indent is not null)
            _sb.Append('\n').Append(Repeat(Indent, level - 1));
        _sb.Append(bracket);
    }

    private static string Repeat(string s, int n)
    {
        if (n <= 0 || s.Length == 0)
            return "";
        var sb = new StringBuilder(s.Length * n);
        for (int i = 0; i < n; i++)
            sb.Append(s);
        return sb.ToString();
    }

    private void EncodeList(PyObject seq, int level)
    {
        var items = seq is PyList l ? l.ToArray() : ((PyTuple)seq).Items;
        if (items.Length == 0)
        {
            _sb.Append("[]");
            return;
        }
        Enter(seq);
        string separator = Open('[', ref level);
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
                _sb.Append(separator);
            EncodeValue(items[i], level);
        }
        Close(']', level);
        Leave(seq);
    }

    private void EncodeDict(PyDict d, int level)
    {
        if (d.Count == 0)
        {
            _sb.Append("{}");
            return;
        }
        Enter(d);
        string separator = Open('{', ref level);
        var keys = d.KeysArray();
        if (SortKeys)
            ListSort.Sort(keys, keys.Length, null, reverse: false);
        bool first = true;
        foreach (var key in keys)
        {
            string? k = key switch
            {
                PyStr s => s.Value,
                PyFloat f => FloatText(f.Value),
                PyBool b => b.Value ? "true" : "false",
                PyNone => "null",
                PyInt i => i.Repr(),
                _ => SkipKeys ? null : throw Errors.TypeError($"keys must be str, int, float, bool or None, not {key.Type.Name}"),
            };
            if (k is null)
                continue;
            if (!first)
                _sb.Append(separator);
            first = false;
            AppendString(_sb, k, EnsureAscii);
            _sb.Append(KeySeparator);
            EncodeValue(d.GetItem(key), level);
        }
        Close('}', level);
        Leave(d);
    }

    /// <summary>A JSON string literal: py_encode_basestring(_ascii).</summary>
    public static void AppendString(StringBuilder sb, string s, bool ensureAscii)
    {
        sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || (ensureAscii && c > 0x7e))
                        sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else
                        sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
