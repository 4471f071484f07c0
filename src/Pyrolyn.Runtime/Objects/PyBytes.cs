using System;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>bytes: an immutable byte array. Text-like methods run on the Latin-1 view of the
/// bytes, which maps each byte to one char, and convert back.</summary>
public sealed partial class PyBytes : PyObject
{
    public static readonly PyBytes Empty = new(Array.Empty<byte>());

    public PyBytes(byte[] value) => Value = value;
    public byte[] Value { get; }
    public override PyType Type => BuiltinTypes.Bytes;

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        ArgCheck.OnlyKw(kwnames, "bytes", "source", "encoding", "errors");
        var src = npos > 0 ? args[0] : ArgCheck.Kw(args, kwnames, "source");
        var enc = npos > 1 ? args[1] : ArgCheck.Kw(args, kwnames, "encoding");
        var err = npos > 2 ? args[2] : ArgCheck.Kw(args, kwnames, "errors");
        if (src is null) return Empty;
        return new PyBytes(FromSource(src, enc, err));
    }

    internal static byte[] FromSource(PyObject src, PyObject? enc, PyObject? err, string typeName = "bytes")
    {
        if (src is PyStr s)
        {
            if (enc is null) throw Errors.TypeError("string argument without an encoding");
            return Codecs.Encode(s.Value, ArgCheck.ToStr(enc, "bytes() argument 'encoding'"), err is null ? "strict" : ArgCheck.ToStr(err, "errors"));
        }
        if (enc is not null) throw Errors.TypeError("encoding without a string argument");
        if (src is PyInt n)
        {
            long c = n.AsSsize();
            if (c < 0) throw Errors.ValueError("negative count");
            return new byte[c];
        }
        if (src is PyBytes b) return b.Value;
        if (src is PyByteArray ba) return ba.ToArray();
        if (src.Type.Lookup("__iter__") is null && src.Type.Lookup("__getitem__") is null)
            throw Errors.TypeError($"cannot convert '{src.Type.Name}' object to {typeName}");
        return FromIterable(src, typeName == "bytes");
    }

    /// <summary>Bytes from an iterable of ints; bytes() says "bytes must be in range(0, 256)",
    /// bytearray "byte must be ...".</summary>
    public static byte[] FromIterable(PyObject iterable, bool plural = true)
    {
        var items = Ops.ToArray(iterable);
        var r = new byte[items.Length];
        for (int i = 0; i < items.Length; i++) r[i] = ToByte(items[i], plural);
        return r;
    }

    public static byte ToByte(PyObject o, bool plural = false)
    {
        if (o is not PyInt i)
        {
            if (SequenceHelpers.AsIndex(o) is PyInt idx) return ToByte(idx, plural);
            throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        }
        if (!i.IsSmall || i.Small < 0 || i.Small > 255)
            throw Errors.ValueError(plural ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
        return (byte)i.Small;
    }

    /// <summary>bytes repr; bytearray's repr escapes a single quote even inside double quotes.</summary>
    public static string ReprOf(byte[] v, int count, bool escapeSingle = false)
    {
        bool hasSingle = false, hasDouble = false;
        for (int i = 0; i < count; i++)
        {
            if (v[i] == '\'') hasSingle = true;
            else if (v[i] == '"') hasDouble = true;
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(count + 3);
        sb.Append('b').Append(quote);
        for (int i = 0; i < count; i++)
        {
            byte c = v[i];
            if (c == quote || c == '\\' || (escapeSingle && c == '\'')) sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.Append("\\x").Append(c.ToString("x2"));
            else sb.Append((char)c);
        }
        sb.Append(quote);
        return sb.ToString();
    }

    public override string Repr() => ReprOf(Value, Value.Length);
    public override bool IsTrue() => Value.Length != 0;
    public override long Length() => Value.Length;

    public override long Hash() => SipHash.Hash(Value);

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        byte[]? o = other is PyBytes b ? b.Value : other is PyByteArray ba ? ba.ToArray() : null;
        if (o is null) return null;
        int c = Value.AsSpan().SequenceCompareTo(o);
        return PyBool.From(PyInt.CompareResult(c, op));
    }

    public override bool Contains(PyObject item)
    {
        if (item is PyInt) return Array.IndexOf(Value, ToByte(item)) >= 0;
        if (item is PyBytes b) return Value.AsSpan().IndexOf(b.Value) >= 0;
        if (item is PyByteArray ba) return Value.AsSpan().IndexOf(ba.ToArray()) >= 0;
        throw Errors.TypeError($"a bytes-like object is required, not '{item.Type.Name}'");
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i)
        {
            long idx = SequenceHelpers.Normalize(i, Value.Length);
            if (idx < 0) throw Errors.IndexError("index out of range");
            return PyInt.From(Value[idx]);
        }
        if (key is PySlice s)
        {
            long n = s.Indices(Value.Length, out long start, out _, out long step);
            if (n <= 0) return Empty;
            var r = new byte[n];
            for (long k = 0, p = start; k < n; k++, p += step) r[k] = Value[p];
            return new PyBytes(r);
        }
        throw Errors.TypeError($"byte indices must be integers or slices, not {key.Type.Name}");
    }

    public override PyObject GetIter() => new PyBytesIterator(Value, Value.Length, IterTypes.BytesIterator);

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        if (op == Runtime.BinaryOp.Add)
        {
            byte[]? o = other is PyBytes b ? b.Value : other is PyByteArray ba ? ba.ToArray() : null;
            if (o is null) return null;
            var r = new byte[Value.Length + o.Length];
            Value.CopyTo(r, 0);
            o.CopyTo(r, Value.Length);
            return new PyBytes(r);
        }
        if (op == Runtime.BinaryOp.Mul && other is PyInt n) return Repeat(n);
        if (op == Runtime.BinaryOp.Mod)
            return new PyBytes(Encoding.Latin1.GetBytes(PercentFormat.Format(Encoding.Latin1.GetString(Value), other, true)));
        return null;
    }

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other) =>
        op == Runtime.BinaryOp.Mul && other is PyInt n ? Repeat(n) : null;

    private PyBytes Repeat(PyInt n)
    {
        long c = SequenceHelpers.RepeatCount(n);
        if (c == 0 || Value.Length == 0) return Empty;
        var r = new byte[c * Value.Length];
        for (long i = 0; i < c; i++) Value.CopyTo(r, i * Value.Length);
        return new PyBytes(r);
    }

    public override PyObject GetAttr(string name) => BuiltinAttr.Get(this, name);

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(this, name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private static PyObject? Dispatch(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        var self = (PyBytes)selfObj;
        return ByteMethod(self, self.Value, name, args, kw, b => new PyBytes(b));
    }
}

/// <summary>Iterator over bytes/bytearray yielding ints.</summary>
public sealed class PyBytesIterator : PyIterator
{
    private readonly byte[] _data;
    private readonly int _count;
    private readonly PyType _type;
    private int _index;

    public PyBytesIterator(byte[] data, int count, PyType type)
    {
        _data = data;
        _count = count;
        _type = type;
    }

    public override PyType Type => _type;
    public override PyObject? Next() => _index < _count ? PyInt.From(_data[_index++]) : null;
}
