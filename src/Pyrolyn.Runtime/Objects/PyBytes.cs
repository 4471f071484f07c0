using System;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>bytes: an immutable byte array. Text-like methods run on the Latin-1 view of the
/// bytes, which maps each byte to one char, and convert back.</summary>
public sealed class PyBytes : PyObject
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

    internal static byte[] FromSource(PyObject src, PyObject? enc, PyObject? err)
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
        return FromIterable(src);
    }

    public static byte[] FromIterable(PyObject iterable)
    {
        var items = Ops.ToArray(iterable);
        var r = new byte[items.Length];
        for (int i = 0; i < items.Length; i++) r[i] = ToByte(items[i]);
        return r;
    }

    public static byte ToByte(PyObject o)
    {
        if (o is not PyInt i) throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        if (!i.IsSmall || i.Small < 0 || i.Small > 255) throw Errors.ValueError("bytes must be in range(0, 256)");
        return (byte)i.Small;
    }

    public static string ReprOf(byte[] v, int count)
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
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
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

    internal static readonly string[] MethodNames =
    {
        "decode", "hex", "join", "split", "rsplit", "strip", "lstrip", "rstrip", "replace", "find", "rfind", "index",
        "rindex", "count", "startswith", "endswith", "upper", "lower", "title", "capitalize", "swapcase", "isdigit",
        "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isascii", "center", "ljust", "rjust", "zfill",
        "partition", "rpartition", "splitlines", "expandtabs", "removeprefix", "removesuffix",
    };

    internal static void RegisterMethods()
    {
        BuiltinAttr.Register(BuiltinTypes.Bytes, Dispatch, MethodNames);
        BuiltinTypes.Bytes.Dict["fromhex"] = new PyBuiltinFunction("fromhex", (a, k) => new PyBytes(FromHex(ArgCheck.ToStr(ArgCheck.One(a, k, "bytes.fromhex"), "fromhex() argument"))), null);
    }

    public static byte[] FromHex(string s)
    {
        var r = new System.Collections.Generic.List<byte>();
        int i = 0;
        while (i < s.Length)
        {
            if (s[i] == ' ') { i++; continue; }
            if (i + 1 >= s.Length || !Uri.IsHexDigit(s[i]) || !Uri.IsHexDigit(s[i + 1]))
                throw Errors.ValueError($"non-hexadecimal number found in fromhex() arg at position {(i + 1 < s.Length && Uri.IsHexDigit(s[i]) ? i + 1 : i)}");
            r.Add(Convert.ToByte(s.Substring(i, 2), 16));
            i += 2;
        }
        return r.ToArray();
    }

    /// <summary>Shared by bytes and bytearray: methods on the Latin-1 view.</summary>
    internal static PyObject? ByteMethod(PyObject self, byte[] v, string name, PyObject[] args, string[]? kw, Func<byte[], PyObject> wrap)
    {
        switch (name)
        {
            case "decode":
            {
                int npos = ArgCheck.PositionalCount(args, kw);
                ArgCheck.OnlyKw(kw, "decode", "encoding", "errors");
                var enc = npos > 0 ? args[0] : ArgCheck.Kw(args, kw, "encoding");
                var err = npos > 1 ? args[1] : ArgCheck.Kw(args, kw, "errors");
                return new PyStr(Codecs.Decode(v, enc is null ? "utf-8" : ArgCheck.ToStr(enc, "decode() argument 'encoding'"),
                    err is null ? "strict" : ArgCheck.ToStr(err, "decode() argument 'errors'")));
            }
            case "hex":
            {
                if (args.Length == 0) return new PyStr(Convert.ToHexString(v).ToLowerInvariant());
                string sep = ArgCheck.ToStr(args[0], "sep");
                var parts = new string[v.Length];
                for (int i = 0; i < v.Length; i++) parts[i] = v[i].ToString("x2");
                return new PyStr(string.Join(sep, parts));
            }
            case "join":
            {
                var items = Ops.ToArray(ArgCheck.One(args, kw, "bytes.join"));
                var ms = new System.IO.MemoryStream();
                for (int i = 0; i < items.Length; i++)
                {
                    if (i > 0) ms.Write(v);
                    byte[] part = items[i] is PyBytes pb ? pb.Value : items[i] is PyByteArray pba ? pba.ToArray()
                        : throw Errors.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
                    ms.Write(part);
                }
                return wrap(ms.ToArray());
            }
        }
        if (Array.IndexOf(MethodNames, name) < 0) return null;
        // Convert bytes-like arguments to str, call the str method, convert the result back.
        var sargs = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++)
            sargs[i] = args[i] switch
            {
                PyBytes b => new PyStr(Encoding.Latin1.GetString(b.Value)),
                PyByteArray ba => new PyStr(Encoding.Latin1.GetString(ba.ToArray())),
                PyTuple t => new PyTuple(Array.ConvertAll(t.Items, x => x is PyBytes xb ? new PyStr(Encoding.Latin1.GetString(xb.Value)) : x)),
                PyStr when name is not ("center" or "ljust" or "rjust") => throw Errors.TypeError($"a bytes-like object is required, not 'str'"),
                _ => args[i],
            };
        var r = new PyStr(Encoding.Latin1.GetString(v)).CallMethod(name, sargs, kw);
        return Back(r, wrap);
    }

    private static PyObject Back(PyObject r, Func<byte[], PyObject> wrap) => r switch
    {
        PyStr s => wrap(Encoding.Latin1.GetBytes(s.Value)),
        PyList l => new PyList(Array.ConvertAll(l.ToArray(), x => Back(x, wrap))),
        PyTuple t => new PyTuple(Array.ConvertAll(t.Items, x => Back(x, wrap))),
        _ => r,
    };

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
