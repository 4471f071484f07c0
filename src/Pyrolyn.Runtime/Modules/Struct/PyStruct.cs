using System;

namespace Pyrolyn.Runtime.Modules;

/// <summary><c>struct.Struct(format)</c>: a compiled format with pack/unpack methods.</summary>
public sealed class PyStruct : PyObject
{
    public static readonly PyType StructType = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("Struct", new[] { BuiltinTypes.Object }, "_struct", Construct);
        BuiltinAttr.Register(t, static (self, name, args, kw) => ((PyStruct)self).Dispatch(name, args, kw),
            "pack", "unpack", "pack_into", "unpack_from", "iter_unpack");
        return t;
    }

    public PyStruct(StructFormat format) => Compiled = format;

    public StructFormat Compiled { get; }

    public override PyType Type => StructType;

    private static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        var p = new Args(args, kwnames, "Struct", "format");
        return new PyStruct(StructFormat.Get(p[0] ?? throw Errors.TypeError("Struct() missing required argument 'format' (pos 1)")));
    }

    public override PyObject GetAttr(string name) => name switch
    {
        "format" => new PyStr(Compiled.Format),
        "size" => PyInt.From(Compiled.Size),
        _ => BuiltinAttr.Get(this, name),
    };

    public override void SetAttr(string name, PyObject value)
    {
        if (name is "format" or "size")
            throw Errors.AttributeError($"attribute '{name}' of '_struct.Struct' objects is not writable");
        BuiltinAttr.Set(this, name);
    }

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "pack":
                ArgCheck.NoKw(kw, "pack");
                return new PyBytes(Compiled.Pack(args));
            case "unpack":
                return Unpack(Compiled, ArgCheck.One(args, kw, "unpack"));
            case "pack_into":
                ArgCheck.NoKw(kw, "pack_into");
                return PackInto(Compiled, args, 0);
            case "unpack_from":
            {
                var p = new Args(args, kw, "unpack_from", "buffer", "offset");
                return UnpackFrom(Compiled, p.Required(0), p[1]);
            }
            case "iter_unpack":
                return IterUnpack(Compiled, ArgCheck.One(args, kw, "iter_unpack"));
        }
        return null;
    }

    public static PyObject Unpack(StructFormat f, PyObject buffer)
    {
        var data = StructFormat.BufferOf(buffer);
        if (data.Length != f.Size)
            throw StructFormat.Error($"unpack requires a buffer of {f.Size} bytes");
        return f.Unpack(data);
    }

    public static PyObject UnpackFrom(StructFormat f, PyObject buffer, PyObject? offsetArg)
    {
        var data = StructFormat.BufferOf(buffer);
        long offset = offsetArg is null ? 0 : ArgCheck.ToLong(offsetArg);
        if (offset < 0)
        {
            if (offset + data.Length < 0)
                throw StructFormat.Error($"offset {offset} out of range for {data.Length}-byte buffer");
            if (offset + f.Size > 0)
                throw StructFormat.Error($"not enough data to unpack {f.Size} bytes at offset {offset}");
            offset += data.Length;
        }
        if (data.Length - offset < f.Size)
            throw StructFormat.Error($"unpack_from requires a buffer of at least {f.Size + offset} bytes for unpacking {f.Size} bytes at offset {offset} (actual buffer size is {data.Length})");
        return f.Unpack(data.AsSpan((int)offset));
    }

    /// <summary><c>pack_into(buffer, offset, *values)</c>; <paramref name="first"/> is where buffer is in args.</summary>
    public static PyObject PackInto(StructFormat f, PyObject[] args, int first)
    {
        if (args.Length - first < 2)
        {
            if (args.Length - first == 0)
                throw Errors.TypeError("pack_into expected buffer argument");
            throw Errors.TypeError("pack_into expected offset argument");
        }
        var target = args[first];
        if (target is not (PyByteArray or PyArray))
            throw Errors.TypeError($"argument must be read-write bytes-like object, not {target.Type.Name}");
        int length = target is PyByteArray ba ? ba.Count : ((PyArray)target).ByteLength;
        long offset = ArgCheck.ToLong(args[first + 1]);
        var values = args.AsSpan(first + 2);
        if (values.Length != f.ArgCount)
            throw StructFormat.Error($"pack_into expected {f.ArgCount} items for packing (got {values.Length})");
        if (offset < 0)
        {
            if (offset + f.Size > 0)
                throw StructFormat.Error($"no space to pack {f.Size} bytes at offset {offset}");
            if (offset + length < 0)
                throw StructFormat.Error($"offset {offset} out of range for {length}-byte buffer");
            offset += length;
        }
        if (length - offset < f.Size)
            throw StructFormat.Error($"pack_into requires a buffer of at least {f.Size + offset} bytes for packing {f.Size} bytes at offset {offset} (actual buffer size is {length})");
        var packed = f.Pack(values);
        if (target is PyByteArray bytes)
        {
            for (int i = 0; i < packed.Length; i++)
                bytes.SetItem(PyInt.From(offset + i), PyInt.From(packed[i]));
        }
        else
        {
            ((PyArray)target).WriteBytes((int)offset, packed);
        }
        return PyNone.Instance;
    }

    public static PyObject IterUnpack(StructFormat f, PyObject buffer)
    {
        var data = StructFormat.BufferOf(buffer);
        if (f.Size == 0)
            throw StructFormat.Error("cannot iteratively unpack with a struct of length 0");
        if (data.Length % f.Size != 0)
            throw StructFormat.Error($"iterative unpacking requires a buffer of a multiple of {f.Size} bytes");
        return new StructUnpackIterator(f, data);
    }
}

/// <summary>The iterator <c>iter_unpack</c> returns.</summary>
public sealed class StructUnpackIterator : PyIterator
{
    public static readonly PyType IteratorType = new("unpack_iterator", new[] { BuiltinTypes.Object }, "_struct");

    private readonly StructFormat _format;
    private readonly byte[] _data;
    private int _offset;

    public StructUnpackIterator(StructFormat format, byte[] data)
    {
        _format = format;
        _data = data;
    }

    public override PyType Type => IteratorType;

    public override long LengthHint() => (_data.Length - _offset) / _format.Size;

    public override PyObject? Next()
    {
        if (_offset + _format.Size > _data.Length)
            return null;
        var r = _format.Unpack(_data.AsSpan(_offset));
        _offset += _format.Size;
        return r;
    }
}
