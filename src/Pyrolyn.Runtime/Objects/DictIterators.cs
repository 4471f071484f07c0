namespace Pyrolyn.Runtime;

/// <summary>dict key/value/item iterators; raise "dictionary changed size during iteration"
/// as CPython does when the size changes under them.</summary>
public sealed class PyDictIterator : PyIterator
{
    private readonly PyDict _dict;
    private readonly DictIterKind _kind;
    private int _pos;
    private int _expected;
    private long _remaining;

    public PyDictIterator(PyDict dict, DictIterKind kind)
    {
        _dict = dict;
        _kind = kind;
        _expected = dict.Count;
        _remaining = dict.Count;
    }

    public override PyType Type => _kind switch
    {
        DictIterKind.Keys => IterTypes.DictKeyIterator,
        DictIterKind.Values => IterTypes.DictValueIterator,
        _ => IterTypes.DictItemIterator,
    };

    public override PyObject? Next()
    {
        if (_expected < 0) return null;
        DictEntries.CheckUnchanged(_dict, ref _expected);
        int limit = _dict.EntryLimit;
        while (_pos < limit)
        {
            int e = _pos++;
            var k = _dict.KeyAt(e);
            if (k is null) continue;
            _remaining--;
            return DictEntries.Project(_dict, _kind, k, e);
        }
        _expected = -1;
        return null;
    }

    public override long LengthHint() => _expected < 0 ? 0 : _remaining;
}

/// <summary>reversed(dict) and reversed(dict views).</summary>
public sealed class PyDictReverseIterator : PyIterator
{
    private readonly PyDict _dict;
    private readonly DictIterKind _kind;
    private int _pos;
    private int _expected;

    public PyDictReverseIterator(PyDict dict, DictIterKind kind)
    {
        _dict = dict;
        _kind = kind;
        _pos = dict.EntryLimit - 1;
        _expected = dict.Count;
    }

    public override PyType Type => _kind switch
    {
        DictIterKind.Keys => IterTypes.DictReverseKeyIterator,
        DictIterKind.Values => IterTypes.DictReverseValueIterator,
        _ => IterTypes.DictReverseItemIterator,
    };

    public override PyObject? Next()
    {
        if (_expected < 0) return null;
        DictEntries.CheckUnchanged(_dict, ref _expected);
        while (_pos >= 0)
        {
            int e = _pos--;
            var k = _dict.KeyAt(e);
            if (k is null) continue;
            return DictEntries.Project(_dict, _kind, k, e);
        }
        _expected = -1;
        return null;
    }
}

/// <summary>What the forward and reverse dict iterators share.</summary>
internal static class DictEntries
{
    /// <summary>CPython stops an iterator for good once the dict changed size under it.</summary>
    public static void CheckUnchanged(PyDict dict, ref int expected)
    {
        if (dict.Count == expected)
            return;
        expected = -1;
        throw Errors.RuntimeError("dictionary changed size during iteration");
    }

    /// <summary>The key, the value or the (key, value) pair of entry <paramref name="entry"/>.</summary>
    public static PyObject Project(PyDict dict, DictIterKind kind, PyObject key, int entry) => kind switch
    {
        DictIterKind.Keys => key,
        DictIterKind.Values => dict.ValueAt(entry)!,
        _ => new PyTuple(new[] { key, dict.ValueAt(entry)! }),
    };
}
