using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime.Modules;

/// <summary>json.dumps: CPython's JSONEncoder rules (key coercion, float spelling, escaping,
/// indentation layout, circular-reference and default() handling). The text goes straight into
/// one pooled char buffer (<see cref="JsonWriter"/>); exact str/int/float/bool/None/list/tuple/dict
/// values are written without temporary objects.</summary>
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

    private JsonWriter _w;
    private readonly HashSet<object> _markers = new(ReferenceEqualityComparer.Instance);
    /// <summary>"\n" + indent * level, built once per level.</summary>
    private readonly List<string> _newlineIndents = new();
    /// <summary>Dict items snapshots (key, value pairs) of the dicts being written, as a stack.</summary>
    private PyObject[] _items = new PyObject[32];
    private int _itemsTop;

    /// <summary>The length of the last document, as the next buffer size: programs tend to dump
    /// documents of similar size, and a right-sized buffer is never copied to grow.</summary>
    private static int s_lastLength = 256;

    public string Encode(PyObject o)
    {
        _w = new JsonWriter(Math.Min(s_lastLength, 1 << 24));
        try
        {
            EncodeValue(o, 0);
            s_lastLength = Math.Max(256, _w.Length);
            return _w.ToString();
        }
        finally
        {
            _w.Dispose();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EncodeValue(PyObject o, int level)
    {
        // Exact types first: one method-table compare each, where the type tests below walk the
        // class hierarchy (str, int, tuple and dict have subclasses). Written `o.GetType() ==
        // typeof(T)` each time: NativeAOT folds that to a method-table compare, not a Type kept in a local.
        if (o.GetType() == typeof(PyStr))
        {
            AppendString(ref _w, Unsafe.As<PyStr>(o).Value, EnsureAscii);
            return;
        }
        if (o.GetType() == typeof(PyDict))
        {
            EncodeDict(Unsafe.As<PyDict>(o), level);
            return;
        }
        if (o.GetType() == typeof(PyInt))
        {
            AppendInt(Unsafe.As<PyInt>(o));
            return;
        }
        switch (o)
        {
            case PyStr s: AppendString(ref _w, s.Value, EnsureAscii); return;
            case PyNone: _w.Append("null"); return;
            case PyBool b: _w.Append(b.Value ? "true" : "false"); return;
            case PyInt i: AppendInt(i); return;
            case PyFloat f: AppendFloat(f.Value); return;
            case PyList l: EncodeList(l, level); return;
            case PyTuple t: EncodeTuple(t, level); return;
            case PyDict d: EncodeDict(d, level); return;
        }
        if (Default is null)
            throw Errors.TypeError($"Object of type {o.Type.Name} is not JSON serializable");
        Enter(o);
        EncodeValue(Default.Call(new[] { o }), level);
        Leave(o);
    }

    private void AppendInt(PyInt i)
    {
        if (i.IsSmall && i.GetType() == typeof(PyInt))
            _w.Append(i.Small);
        else
            _w.Append(i.Repr());
    }

    private void AppendFloat(double v)
    {
        if (!double.IsFinite(v))
            _w.Append(NonFiniteText(v));
        else
            _w.Append(JsonFloatCache.Repr(v));
    }

    private string NonFiniteText(double v)
    {
        if (!AllowNan)
            throw Errors.ValueError("Out of range float values are not JSON compliant");
        return double.IsNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
    }

    private string FloatText(double v) => double.IsFinite(v) ? JsonFloatCache.Repr(v) : NonFiniteText(v);

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

    /// <summary>Opens a container: '[' or '{' plus the first newline and indent. Returns the
    /// separator written between items.</summary>
    private string Open(char bracket, ref int level)
    {
        _w.Append(bracket);
        if (Indent is null)
            return ItemSeparator;
        level++;
        string newlineIndent = NewlineIndent(level);
        _w.Append(newlineIndent);
        return ItemSeparator + newlineIndent;
    }

    private void Close(char bracket, int level)
    {
        if (Indent is not null)
            _w.Append(NewlineIndent(level - 1));
        _w.Append(bracket);
    }

    private string NewlineIndent(int level)
    {
        while (_newlineIndents.Count <= level)
        {
            int n = _newlineIndents.Count;
            _newlineIndents.Add(n == 0 ? "\n" : _newlineIndents[n - 1] + Indent);
        }
        return _newlineIndents[level];
    }

    /// <summary>Lists are read by index while they are written, as CPython's encoder does (a
    /// default() that appends to the list being written is seen).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EncodeList(PyList list, int level)
    {
        if (list.Count == 0)
        {
            _w.Append("[]");
            return;
        }
        Enter(list);
        string separator = Open('[', ref level);
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0)
                _w.Append(separator);
            EncodeValue(list.Items[i], level);
        }
        Close(']', level);
        Leave(list);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EncodeTuple(PyTuple tuple, int level)
    {
        var items = tuple.Items;
        if (items.Length == 0)
        {
            _w.Append("[]");
            return;
        }
        Enter(tuple);
        string separator = Open('[', ref level);
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
                _w.Append(separator);
            EncodeValue(items[i], level);
        }
        Close(']', level);
        Leave(tuple);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EncodeDict(PyDict d, int level)
    {
        if (d.Count == 0)
        {
            _w.Append("{}");
            return;
        }
        Enter(d);
        string separator = Open('{', ref level);
        // A snapshot of the items, as CPython's PyMapping_Items: default() may change the dict.
        int start = _itemsTop;
        int n = SnapshotItems(d);
        try
        {
            if (SortKeys)
                SortItems(start, n);
            bool first = true;
            for (int e = 0; e < n; e++)
            {
                var key = _items[start + 2 * e];
                var value = _items[start + 2 * e + 1];
                if (!first)
                    _w.Append(separator);
                if (key is PyStr s)
                {
                    AppendString(ref _w, s.Value, EnsureAscii);
                }
                else
                {
                    string? k = key switch
                    {
                        PyFloat f => FloatText(f.Value),
                        PyBool b => b.Value ? "true" : "false",
                        PyNone => "null",
                        PyInt i => i.Repr(),
                        _ => SkipKeys ? null : throw Errors.TypeError($"keys must be str, int, float, bool or None, not {key.Type.Name}"),
                    };
                    if (k is null)
                        continue;
                    AppendString(ref _w, k, EnsureAscii);
                }
                first = false;
                _w.Append(KeySeparator);
                EncodeValue(value, level);
            }
        }
        finally
        {
            Array.Clear(_items, start, 2 * n);
            _itemsTop = start;
        }
        Close('}', level);
        Leave(d);
    }

    /// <summary>Pushes the dict's (key, value) pairs onto <see cref="_items"/>; returns their count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SnapshotItems(PyDict d)
    {
        int start = _itemsTop;
        if (d.GetType() == typeof(PyDict))
        {
            int limit = d.EntryLimit;
            EnsureItems(start + 2 * d.Count);
            int top = start;
            for (int e = 0; e < limit; e++)
            {
                var k = d.KeyAt(e);
                if (k is null)
                    continue;
                if (top + 2 > _items.Length)
                    EnsureItems(top + 2);
                ObjectArrays.Store(_items, top++, k);
                ObjectArrays.Store(_items, top++, d.ValueAt(e));
            }
            _itemsTop = top;
            return (top - start) / 2;
        }
        var keys = d.KeysArray();
        EnsureItems(start + 2 * keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            _items[start + 2 * i] = keys[i];
            _items[start + 2 * i + 1] = d.GetItem(keys[i]);
        }
        _itemsTop = start + 2 * keys.Length;
        return keys.Length;
    }

    private void EnsureItems(int size)
    {
        if (size > _items.Length)
            Array.Resize(ref _items, Math.Max(size, _items.Length * 2));
    }

    /// <summary>sort_keys: orders the pairs by key with Python's <c>&lt;</c> (TypeError for mixed keys).</summary>
    private void SortItems(int start, int n)
    {
        if (n < 2)
            return;
        if (n <= 32 && SortStrKeys(start, n))
            return;
        var keys = new PyObject[n];
        var order = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = _items[start + 2 * i];
            order[i] = PyInt.From(i);
        }
        ListSort.Sort(order, n, keys, reverse: false);
        var values = new PyObject[n];
        for (int i = 0; i < n; i++)
            values[i] = _items[start + 2 * (int)((PyInt)order[i]).Small + 1];
        for (int i = 0; i < n; i++)
        {
            _items[start + 2 * i] = keys[i];
            _items[start + 2 * i + 1] = values[i];
        }
    }

    /// <summary>The common case of a few exact-str keys: an insertion sort of the pairs in place
    /// (str &lt; str cannot call Python code). False, untouched, when some key is not an exact str.</summary>
    private bool SortStrKeys(int start, int n)
    {
        for (int i = 0; i < n; i++)
            if (_items[start + 2 * i].GetType() != typeof(PyStr))
                return false;
        for (int i = 1; i < n; i++)
        {
            var key = _items[start + 2 * i];
            var value = _items[start + 2 * i + 1];
            string text = ((PyStr)key).Value;
            int j = i - 1;
            while (j >= 0 && PyStr.Compare(text, ((PyStr)_items[start + 2 * j]).Value) < 0)
            {
                _items[start + 2 * j + 2] = _items[start + 2 * j];
                _items[start + 2 * j + 3] = _items[start + 2 * j + 1];
                j--;
            }
            _items[start + 2 * j + 2] = key;
            _items[start + 2 * j + 3] = value;
        }
        return true;
    }

    private static readonly SearchValues<char> AsciiPlain = SearchValues.Create(AsciiPlainChars());
    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create(NeedsEscapeChars());

    private static string AsciiPlainChars()
    {
        var chars = new List<char>();
        for (char c = ' '; c <= '~'; c++)
            if (c != '"' && c != '\\')
                chars.Add(c);
        return new string(chars.ToArray());
    }

    private static string NeedsEscapeChars()
    {
        var chars = new List<char> { '"', '\\' };
        for (char c = '\0'; c < ' '; c++)
            chars.Add(c);
        return new string(chars.ToArray());
    }

    /// <summary>A JSON string literal: py_encode_basestring(_ascii). Runs of plain characters are
    /// copied as spans.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AppendString(ref JsonWriter w, string s, bool ensureAscii)
    {
        w.Append('"');
        var rest = s.AsSpan();
        while (true)
        {
            int i = ensureAscii ? rest.IndexOfAnyExcept(AsciiPlain) : rest.IndexOfAny(NeedsEscape);
            if (i < 0)
            {
                w.Append(rest);
                break;
            }
            w.Append(rest[..i]);
            AppendEscape(ref w, rest[i]);
            rest = rest[(i + 1)..];
        }
        w.Append('"');
    }

    private static void AppendEscape(ref JsonWriter w, char c)
    {
        switch (c)
        {
            case '"': w.Append("\\\""); break;
            case '\\': w.Append("\\\\"); break;
            case '\n': w.Append("\\n"); break;
            case '\r': w.Append("\\r"); break;
            case '\t': w.Append("\\t"); break;
            case '\b': w.Append("\\b"); break;
            case '\f': w.Append("\\f"); break;
            default:
                w.Append("\\u");
                w.AppendHex4(c);
                break;
        }
    }
}

/// <summary>An append-only char buffer rented from the shared pool; one final string.</summary>
internal struct JsonWriter : IDisposable
{
    private char[] _buf;
    private int _len;

    public JsonWriter(int capacity)
    {
        _buf = ArrayPool<char>.Shared.Rent(capacity);
        _len = 0;
    }

    private void Grow(int extra)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_buf.Length * 2, _len + extra));
        _buf.AsSpan(0, _len).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_buf);
        _buf = bigger;
    }

    public void Append(char c)
    {
        if (_len == _buf.Length)
            Grow(1);
        _buf[_len++] = c;
    }

    public void Append(string s) => Append(s.AsSpan());

    public void Append(ReadOnlySpan<char> s)
    {
        if (_len + s.Length > _buf.Length)
            Grow(s.Length);
        s.CopyTo(_buf.AsSpan(_len));
        _len += s.Length;
    }

    public void Append(long v)
    {
        if (_len + 20 > _buf.Length)
            Grow(20);
        v.TryFormat(_buf.AsSpan(_len), out int written, default, CultureInfo.InvariantCulture);
        _len += written;
    }

    public void AppendHex4(char c)
    {
        if (_len + 4 > _buf.Length)
            Grow(4);
        ((int)c).TryFormat(_buf.AsSpan(_len), out int written, "x4", CultureInfo.InvariantCulture);
        _len += written;
    }

    public readonly int Length => _len;

    public override string ToString() => new(_buf, 0, _len);

    public void Dispose()
    {
        if (_buf is not null)
            ArrayPool<char>.Shared.Return(_buf);
        _buf = null!;
    }
}
