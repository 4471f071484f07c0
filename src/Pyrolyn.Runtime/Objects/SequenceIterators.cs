using System;

namespace Pyrolyn.Runtime;

/// <summary>Iterator over a fixed array (tuple_iterator).</summary>
public sealed class PyArrayIterator : PyIterator
{
    private readonly PyObject[] _items;
    private readonly PyType _type;
    private int _index;

    public PyArrayIterator(PyObject[] items, PyType type)
    {
        _items = items;
        _type = type;
    }

    public override PyType Type => _type;
    public override PyObject? Next() => _index < _items.Length ? _items[_index++] : null;
    public override long LengthHint() => _items.Length - _index;
}

/// <summary>list_iterator: reads the live list, so appends during iteration are seen.</summary>
public sealed class PyListIterator : PyIterator
{
    private PyList? _list;
    private int _index;

    public PyListIterator(PyList list) => _list = list;
    public override PyType Type => IterTypes.ListIterator;

    public override PyObject? Next()
    {
        var l = _list;
        if (l is null) return null;
        if (_index < l.Count) return l[_index++];
        _list = null; // exhausted iterators stay exhausted
        return null;
    }

    public override long LengthHint() => _list is null ? 0 : Math.Max(0, _list.Count - _index);
}

/// <summary>str iterator: one code point per step.</summary>
public sealed class PyStrIterator : PyIterator
{
    private readonly PyStr _str;
    private int _unit;

    public PyStrIterator(PyStr s) => _str = s;

    public override PyType Type
    {
        get
        {
            foreach (char c in _str.Value)
                if (c > 127) return IterTypes.StrIterator;
            return IterTypes.StrAsciiIterator;
        }
    }

    public override PyObject? Next()
    {
        var s = _str.Value;
        if (_unit >= s.Length) return null;
        char c = s[_unit];
        if (char.IsHighSurrogate(c) && _unit + 1 < s.Length && char.IsLowSurrogate(s[_unit + 1]))
        {
            var r = new PyStr(s.Substring(_unit, 2));
            _unit += 2;
            return r;
        }
        _unit++;
        return PyStr.FromChar(c);
    }
}

/// <summary>reversed(seq): list_reverseiterator for lists, the generic <c>reversed</c> type over
/// <c>__len__</c>/<c>__getitem__</c> otherwise.</summary>
public sealed class PyReversedSequence : PyIterator
{
    private readonly PyObject _seq;
    private long _index;

    public PyReversedSequence(PyObject seq)
    {
        _seq = seq;
        _index = seq.Length() - 1;
    }

    public override PyType Type => _seq is PyList ? IterTypes.ListReverseIterator : IterTypes.Reversed;

    public override PyObject? Next()
    {
        if (_index < 0) return null;
        if (_seq is PyList l)
        {
            if (_index >= l.Count) { _index = -1; return null; }
            return l[(int)_index--];
        }
        return _seq.GetItem(PyInt.From(_index--));
    }

    public override long LengthHint() => _index + 1;

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        ArgCheck.NoKw(kwnames, "reversed");
        if (args.Length != 1) throw Errors.TypeError($"reversed expected 1 argument, got {args.Length}");
        return Builtins.Reversed(args[0]);
    }
}

/// <summary>The sequence-protocol iterator (<c>__getitem__</c> with 0, 1, 2, ... until IndexError).</summary>
public sealed class PySeqIterator : PyIterator
{
    private PyObject? _seq;
    private long _index;

    public PySeqIterator(PyObject seq) => _seq = seq;
    public override PyType Type => IterTypes.SeqIterator;

    public override PyObject? Next()
    {
        if (_seq is null) return null;
        try
        {
            return _seq.GetItem(PyInt.From(_index++));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.IndexError) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            _seq = null;
            return null;
        }
    }
}

/// <summary>iter(callable, sentinel).</summary>
public sealed class PyCallableIterator : PyIterator
{
    private PyObject? _callable;
    private readonly PyObject _sentinel;

    public PyCallableIterator(PyObject callable, PyObject sentinel)
    {
        _callable = callable;
        _sentinel = sentinel;
    }

    public override PyType Type => IterTypes.CallableIterator;

    public override PyObject? Next()
    {
        if (_callable is null) return null;
        var v = _callable.Call(Array.Empty<PyObject>());
        if (Ops.EqBool(v, _sentinel))
        {
            _callable = null;
            return null;
        }
        return v;
    }
}
