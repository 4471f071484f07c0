using System;
using System.Collections.Generic;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// <c>array.array</c>: a typed sequence. Items are kept as normalized Python values (ints
/// checked against the typecode's C range, floats rounded to float32 for <c>'f'</c>, single
/// characters for <c>'u'</c>); the raw bytes are produced on demand (<c>tobytes</c>, struct).
/// </summary>
public sealed class PyArray : PyObject
{
    public static readonly PyType ArrayType = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("array", new[] { BuiltinTypes.Object }, "array", Construct);
        BuiltinAttr.Register(t, static (self, name, args, kw) => ((PyArray)self).Dispatch(name, args, kw),
            "append", "extend", "insert", "pop", "remove", "index", "count", "reverse", "tolist", "tobytes",
            "frombytes", "fromlist", "tounicode", "fromunicode", "byteswap", "buffer_info", "__len__", "__getitem__",
            "__setitem__", "__delitem__", "__contains__", "__iter__", "__copy__");
        return t;
    }

    private readonly List<PyObject> _items = new();

    public PyArray(char typeCode) => TypeCode = typeCode;

    public char TypeCode { get; }
    public int ItemSize => ArrayTypeCode.ItemSize(TypeCode);
    public int ByteLength => _items.Count * ItemSize;

    public override PyType Type => ArrayType;

    private static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        ArgCheck.NoKw(kwnames, "array.array");
        if (args.Length < 1 || args.Length > 2)
            throw Errors.TypeError($"array() takes at most 2 arguments ({args.Length} given)");
        if (args[0] is not PyStr { Value.Length: 1 } tc)
            throw Errors.TypeError($"array() argument 1 must be a unicode character, not {(args[0] is PyStr ? "str" : args[0].Type.Name)}");
        char c = tc.Value[0];
        if (ArrayTypeCode.Codes.IndexOf(c) < 0)
            throw Errors.ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        var a = new PyArray(c);
        if (args.Length == 2)
        {
            switch (args[1])
            {
                case PyStr s:
                    if (c != 'u')
                        throw Errors.TypeError($"cannot use a str to initialize an array with typecode '{c}'");
                    a.FromUnicode(s.Value);
                    break;
                case PyBytes or PyByteArray:
                    a.FromBytes(StructFormat.BufferOf(args[1]));
                    break;
                default:
                    a.ExtendIterable(args[1]);
                    break;
            }
        }
        return a;
    }

    // ---- contents ------------------------------------------------------------------------------

    public PyObject[] Snapshot() => _items.ToArray();

    private PyArray NewLike(IEnumerable<PyObject> items)
    {
        var r = new PyArray(TypeCode);
        r._items.AddRange(items);
        return r;
    }

    public byte[] ToBytes()
    {
        int size = ItemSize;
        var buf = new byte[_items.Count * size];
        for (int i = 0; i < _items.Count; i++)
            ArrayTypeCode.Write(TypeCode, _items[i], buf.AsSpan(i * size, size));
        return buf;
    }

    /// <summary>Overwrites raw bytes at <paramref name="offset"/> (struct.pack_into).</summary>
    public void WriteBytes(int offset, byte[] data)
    {
        var all = ToBytes();
        data.CopyTo(all, offset);
        _items.Clear();
        FromBytes(all);
    }

    private void FromBytes(byte[] data)
    {
        int size = ItemSize;
        if (data.Length % size != 0)
            throw Errors.ValueError("bytes length not a multiple of item size");
        for (int i = 0; i < data.Length; i += size)
            _items.Add(ArrayTypeCode.Read(TypeCode, data.AsSpan(i, size)));
    }

    private void FromUnicode(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                _items.Add(new PyStr(s.Substring(i, 2)));
                i++;
            }
            else
            {
                _items.Add(new PyStr(s[i].ToString()));
            }
        }
    }

    private void ExtendIterable(PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is { } x)
            _items.Add(ArrayTypeCode.Convert(TypeCode, x));
    }

    private int IndexOf(PyObject key, string op)
    {
        var k = key as PyInt ?? SequenceHelpers.AsIndex(key) ?? throw Errors.TypeError("array indices must be integers");
        long i = SequenceHelpers.Normalize(k, _items.Count);
        if (i < 0)
            throw Errors.IndexError(op);
        return (int)i;
    }

    // ---- object protocol ----------------------------------------------------------------------

    public override string Repr()
    {
        if (_items.Count == 0)
            return $"array('{TypeCode}')";
        if (TypeCode == 'u')
            return $"array('u', {PyStr.ReprOf(ToUnicode())})";
        var sb = new StringBuilder("array('").Append(TypeCode).Append("', [");
        SequenceHelpers.AppendItems(sb, Snapshot(), _items.Count);
        return sb.Append("])").ToString();
    }

    private string ToUnicode()
    {
        var sb = new StringBuilder();
        foreach (var x in _items)
            sb.Append(((PyStr)x).Value);
        return sb.ToString();
    }

    public override bool IsTrue() => _items.Count != 0;
    public override long Length() => _items.Count;
    public override long Hash() => throw Errors.TypeError("unhashable type: 'array.array'");

    public override bool Contains(PyObject item)
    {
        foreach (var x in Snapshot())
            if (SequenceHelpers.ItemEq(x, item))
                return true;
        return false;
    }

    public override PyObject GetIter() => new ArrayIterator(this);

    internal PyObject? ItemOrNull(int i) => i < _items.Count ? _items[i] : null;

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice slice)
        {
            long n = slice.Indices(_items.Count, out long start, out _, out long step);
            var r = new PyArray(TypeCode);
            for (long i = 0, j = start; i < n; i++, j += step)
                r._items.Add(_items[(int)j]);
            return r;
        }
        return _items[IndexOf(key, "array index out of range")];
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (key is PySlice slice)
        {
            if (value is not PyArray other)
                throw Errors.TypeError($"can only assign array (not \"{value.Type.Name}\") to array slice");
            if (other.TypeCode != TypeCode)
                throw Errors.TypeError("bad argument type for built-in operation");
            var src = other.Snapshot();
            long n = slice.Indices(_items.Count, out long start, out long stop, out long step);
            if (step == 1)
            {
                if (stop < start)
                    stop = start;
                _items.RemoveRange((int)start, (int)(stop - start));
                _items.InsertRange((int)start, src);
                return;
            }
            if (src.Length != n)
                throw Errors.ValueError($"attempt to assign array of size {src.Length} to extended slice of size {n}");
            for (long i = 0, j = start; i < n; i++, j += step)
                _items[(int)j] = src[i];
            return;
        }
        int idx = IndexOf(key, "array assignment index out of range");
        _items[idx] = ArrayTypeCode.Convert(TypeCode, value);
    }

    public override void DelItem(PyObject key)
    {
        if (key is PySlice slice)
        {
            long n = slice.Indices(_items.Count, out long start, out _, out long step);
            var drop = new HashSet<long>();
            for (long i = 0, j = start; i < n; i++, j += step)
                drop.Add(j);
            var keep = new List<PyObject>();
            for (int i = 0; i < _items.Count; i++)
                if (!drop.Contains(i))
                    keep.Add(_items[i]);
            _items.Clear();
            _items.AddRange(keep);
            return;
        }
        _items.RemoveAt(IndexOf(key, "array assignment index out of range"));
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyArray b)
            return null;
        var x = Snapshot();
        var y = b.Snapshot();
        return SequenceHelpers.Compare(x, x.Length, y, y.Length, op);
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        switch (op)
        {
            case Runtime.BinaryOp.Add:
                if (other is not PyArray b)
                    throw Errors.TypeError($"can only append array (not \"{other.Type.Name}\") to array");
                if (b.TypeCode != TypeCode)
                    throw Errors.TypeError("bad argument type for built-in operation");
                var r = NewLike(_items);
                r._items.AddRange(b.Snapshot());
                return r;
            case Runtime.BinaryOp.Mul:
                return NewLike(Repeat(RepeatArg(other)));
        }
        return null;
    }

    private static PyInt RepeatArg(PyObject other) => other as PyInt ?? SequenceHelpers.AsIndex(other)
        ?? throw Errors.TypeError($"can't multiply sequence by non-int of type '{other.Type.Name}'");

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other) =>
        op == Runtime.BinaryOp.Mul ? NewLike(Repeat(RepeatArg(other))) : null;

    public override PyObject? InPlaceOp(BinaryOp op, PyObject other)
    {
        switch (op)
        {
            case Runtime.BinaryOp.Add:
                if (other is not PyArray b)
                    throw Errors.TypeError($"can only extend array with array (not \"{other.Type.Name}\")");
                if (b.TypeCode != TypeCode)
                    throw Errors.TypeError("can only extend with array of same kind");
                _items.AddRange(b.Snapshot());
                return this;
            case Runtime.BinaryOp.Mul:
                var items = Repeat(RepeatArg(other));
                _items.Clear();
                _items.AddRange(items);
                return this;
        }
        return null;
    }

    private List<PyObject> Repeat(PyInt n)
    {
        long c = SequenceHelpers.RepeatCount(n);
        var r = new List<PyObject>();
        if (c == 0 || _items.Count == 0)
            return r;
        if (c * _items.Count > int.MaxValue / 2)
            throw Errors.New(ExceptionTypes.MemoryError, "");
        var snap = Snapshot();
        for (long i = 0; i < c; i++)
            r.AddRange(snap);
        return r;
    }

    public override PyObject GetAttr(string name) => name switch
    {
        "typecode" => new PyStr(TypeCode.ToString()),
        "itemsize" => PyInt.From(ItemSize),
        _ => BuiltinAttr.Get(this, name),
    };

    public override void SetAttr(string name, PyObject value)
    {
        if (name is "typecode" or "itemsize")
            throw Errors.AttributeError($"attribute '{name}' of 'array.array' objects is not writable");
        BuiltinAttr.Set(this, name);
    }

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "append":
                _items.Add(ArrayTypeCode.Convert(TypeCode, ArgCheck.One(args, kw, "array.append")));
                return PyNone.Instance;
            case "extend":
            {
                var x = ArgCheck.One(args, kw, "array.extend");
                if (x is PyArray b)
                {
                    if (b.TypeCode != TypeCode)
                        throw Errors.TypeError("can only extend with array of same kind");
                    _items.AddRange(b.Snapshot());
                }
                else
                {
                    ExtendIterable(x);
                }
                return PyNone.Instance;
            }
            case "insert":
            {
                ArgCheck.Range(args, kw, "insert", 2, 2);
                long i = ArgCheck.ToIndex(args[0]);
                var v = ArrayTypeCode.Convert(TypeCode, args[1]);
                if (i < 0)
                {
                    i += _items.Count;
                    if (i < 0)
                        i = 0;
                }
                if (i > _items.Count)
                    i = _items.Count;
                _items.Insert((int)i, v);
                return PyNone.Instance;
            }
            case "pop":
            {
                ArgCheck.Range(args, kw, "pop", 0, 1);
                if (_items.Count == 0)
                    throw Errors.IndexError("pop from empty array");
                long i = args.Length == 0 ? -1 : ArgCheck.ToIndex(args[0]);
                if (i < 0)
                    i += _items.Count;
                if (i < 0 || i >= _items.Count)
                    throw Errors.IndexError("pop index out of range");
                var r = _items[(int)i];
                _items.RemoveAt((int)i);
                return r;
            }
            case "remove":
            {
                var x = ArgCheck.One(args, kw, "array.remove");
                for (int i = 0; i < _items.Count; i++)
                    if (SequenceHelpers.ItemEq(_items[i], x))
                    {
                        _items.RemoveAt(i);
                        return PyNone.Instance;
                    }
                throw Errors.ValueError("array.remove(x): x not in array");
            }
            case "index":
            {
                ArgCheck.Range(args, kw, "index", 1, 3);
                SequenceHelpers.IndexRange(args, _items.Count, out int start, out int stop);
                for (int i = start; i < stop && i < _items.Count; i++)
                    if (SequenceHelpers.ItemEq(_items[i], args[0]))
                        return PyInt.From(i);
                throw Errors.ValueError("array.index(x): x not in array");
            }
            case "count":
            {
                var x = ArgCheck.One(args, kw, "array.count");
                int n = 0;
                foreach (var v in Snapshot())
                    if (SequenceHelpers.ItemEq(v, x))
                        n++;
                return PyInt.From(n);
            }
            case "reverse":
                ArgCheck.None(args, kw, "array.reverse");
                _items.Reverse();
                return PyNone.Instance;
            case "tolist":
                ArgCheck.None(args, kw, "array.tolist");
                return new PyList(Snapshot());
            case "tobytes":
                ArgCheck.None(args, kw, "array.tobytes");
                return new PyBytes(ToBytes());
            case "frombytes":
            {
                var x = ArgCheck.One(args, kw, "array.frombytes");
                FromBytes(StructFormat.BufferOf(x));
                return PyNone.Instance;
            }
            case "fromlist":
            {
                var x = ArgCheck.One(args, kw, "array.fromlist");
                if (x is not PyList list)
                    throw Errors.TypeError("arg must be list");
                var converted = new List<PyObject>();
                foreach (var v in Ops.ToArray(list))
                    converted.Add(ArrayTypeCode.Convert(TypeCode, v));
                _items.AddRange(converted);
                return PyNone.Instance;
            }
            case "tounicode":
                ArgCheck.None(args, kw, "array.tounicode");
                if (TypeCode != 'u')
                    throw Errors.ValueError("tounicode() may only be called on unicode type arrays");
                return new PyStr(ToUnicode());
            case "fromunicode":
            {
                var x = ArgCheck.One(args, kw, "array.fromunicode");
                if (x is not PyStr s)
                    throw Errors.TypeError($"fromunicode() argument must be str, not {x.Type.Name}");
                if (TypeCode != 'u')
                    throw Errors.ValueError("fromunicode() may only be called on unicode type arrays");
                FromUnicode(s.Value);
                return PyNone.Instance;
            }
            case "byteswap":
            {
                ArgCheck.None(args, kw, "array.byteswap");
                var data = ToBytes();
                int size = ItemSize;
                for (int i = 0; i < data.Length; i += size)
                    Array.Reverse(data, i, size);
                _items.Clear();
                FromBytes(data);
                return PyNone.Instance;
            }
            case "buffer_info":
                ArgCheck.None(args, kw, "array.buffer_info");
                return new PyTuple(new PyObject[] { PyInt.From(Identity.Of(this)), PyInt.From(_items.Count) });
            case "__copy__":
                return NewLike(_items);
            case "__len__": return PyInt.From(_items.Count);
            case "__getitem__": return GetItem(ArgCheck.One(args, kw, "__getitem__"));
            case "__setitem__": ArgCheck.Range(args, kw, "__setitem__", 2, 2); SetItem(args[0], args[1]); return PyNone.Instance;
            case "__delitem__": DelItem(ArgCheck.One(args, kw, "__delitem__")); return PyNone.Instance;
            case "__contains__": return PyBool.From(Contains(ArgCheck.One(args, kw, "__contains__")));
            case "__iter__": return GetIter();
        }
        return null;
    }
}

/// <summary>The iterator over an array (sees items appended during iteration, as CPython's).</summary>
public sealed class ArrayIterator : PyIterator
{
    public static readonly PyType IteratorType = new("arrayiterator", new[] { BuiltinTypes.Object }, "array");

    private PyArray? _array;
    private int _index;

    public ArrayIterator(PyArray array) => _array = array;

    public override PyType Type => IteratorType;

    public override PyObject? Next()
    {
        if (_array?.ItemOrNull(_index) is { } x)
        {
            _index++;
            return x;
        }
        _array = null;
        return null;
    }
}
