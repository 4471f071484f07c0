using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Numerics;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// A compiled <c>struct</c> format string: the byte order prefix (<c>@ = &lt; &gt; !</c>), then
/// items with optional repeat counts. Native mode (<c>@</c>, the default) uses the sizes and
/// alignment of a 64-bit Linux C compiler, as CPython on x86-64 does; the other modes use the
/// standard sizes without alignment.
/// </summary>
public sealed class StructFormat
{
    /// <summary>One item: its code, size, and for <c>s</c>/<c>p</c> the byte length.</summary>
    private readonly record struct Item(char Code, int Offset, int Size);

    private readonly Item[] _items;

    public string Format { get; }
    public int Size { get; }
    public int ArgCount { get; }
    public bool LittleEndian { get; }
    public bool Native { get; }

    private StructFormat(string format, Item[] items, int size, bool little, bool native)
    {
        Format = format;
        _items = items;
        Size = size;
        LittleEndian = little;
        Native = native;
        int n = 0;
        foreach (var it in items)
            if (it.Code != 'x')
                n++;
        ArgCount = n;
    }

    private static readonly Dictionary<string, StructFormat> Cache = new(StringComparer.Ordinal);

    /// <summary>Parses (and caches) a format given as str or bytes.</summary>
    public static StructFormat Get(PyObject format)
    {
        string text = format switch
        {
            PyStr s => s.Value,
            PyBytes b => System.Text.Encoding.Latin1.GetString(b.Value),
            _ => throw Errors.TypeError($"Struct() argument 1 must be a str or bytes object, not {format.Type.Name}"),
        };
        lock (Cache)
        {
            if (Cache.TryGetValue(text, out var f))
                return f;
        }
        var parsed = Parse(text);
        lock (Cache)
        {
            if (Cache.Count > 256)
                Cache.Clear();
            Cache[text] = parsed;
        }
        return parsed;
    }

    public static PyException Error(string message) => Errors.New(StructModule.Error, message);

    private static int NativeSize(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'd' or 'P' => 8,
        _ => -1,
    };

    private static int StandardSize(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'l' or 'L' or 'f' => 4,
        'q' or 'Q' or 'd' => 8,
        _ => -1,
    };

    private static StructFormat Parse(string fmt)
    {
        int pos = 0;
        bool native = true, little = BitConverter.IsLittleEndian;
        if (fmt.Length > 0)
        {
            switch (fmt[0])
            {
                case '@': pos = 1; break;
                case '=': native = false; pos = 1; break;
                case '<': native = false; little = true; pos = 1; break;
                case '>' or '!': native = false; little = false; pos = 1; break;
            }
        }
        var items = new List<Item>();
        long offset = 0;
        while (pos < fmt.Length)
        {
            char c = fmt[pos];
            if (char.IsWhiteSpace(c))
            {
                pos++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9')
            {
                count = 0;
                while (pos < fmt.Length && fmt[pos] >= '0' && fmt[pos] <= '9')
                {
                    count = count * 10 + (fmt[pos] - '0');
                    if (count > int.MaxValue)
                        throw Error("total struct size too long");
                    pos++;
                }
                if (pos >= fmt.Length)
                    throw Error("repeat count given without format specifier");
                c = fmt[pos];
            }
            pos++;
            int size = native ? NativeSize(c) : StandardSize(c);
            if (size < 0)
                throw Error("bad char in struct format");
            if (native && size > 1 && c is not ('s' or 'p'))
                offset = (offset + size - 1) / size * size;
            if (c is 's' or 'p')
            {
                items.Add(new Item(c, (int)offset, (int)count));
                offset += count;
            }
            else
            {
                for (long i = 0; i < count; i++)
                {
                    items.Add(new Item(c, (int)offset, size));
                    offset += size;
                }
            }
            if (offset > int.MaxValue)
                throw Error("total struct size too long");
        }
        return new StructFormat(fmt, items.ToArray(), (int)offset, little, native);
    }

    // ---- packing -------------------------------------------------------------------------------

    public byte[] Pack(ReadOnlySpan<PyObject> args)
    {
        var buf = new byte[Size];
        PackInto(buf, 0, args);
        return buf;
    }

    public void PackInto(Span<byte> buf, int start, ReadOnlySpan<PyObject> args)
    {
        if (args.Length != ArgCount)
            throw Error($"pack expected {ArgCount} items for packing (got {args.Length})");
        int a = 0;
        foreach (var it in _items)
        {
            var dest = buf.Slice(start + it.Offset, it.Size);
            if (it.Code == 'x')
                continue;
            PackItem(it, dest, args[a++]);
        }
    }

    private void PackItem(Item it, Span<byte> dest, PyObject v)
    {
        switch (it.Code)
        {
            case 'c':
                if (v is PyBytes { Value.Length: 1 } cb)
                    dest[0] = cb.Value[0];
                else
                    throw Error("char format requires a bytes object of length 1");
                return;
            case '?':
                dest[0] = Ops.IsTrue(v) ? (byte)1 : (byte)0;
                return;
            case 's':
            case 'p':
            {
                byte[] data = v switch
                {
                    PyBytes b => b.Value,
                    PyByteArray ba => ba.ToArray(),
                    _ => throw Error($"argument for '{it.Code}' must be a bytes object"),
                };
                if (it.Code == 's')
                {
                    int n = Math.Min(data.Length, it.Size);
                    data.AsSpan(0, n).CopyTo(dest);
                }
                else if (it.Size > 0)
                {
                    int n = Math.Min(Math.Min(data.Length, it.Size - 1), 255);
                    data.AsSpan(0, n).CopyTo(dest.Slice(1));
                    dest[0] = (byte)n;
                }
                return;
            }
            case 'e':
            case 'f':
            case 'd':
                PackFloat(it, dest, v);
                return;
            default:
                PackInteger(it, dest, v);
                return;
        }
    }

    private void PackFloat(Item it, Span<byte> dest, PyObject v)
    {
        double d = v switch
        {
            PyFloat f => f.Value,
            PyInt i => i.IsSmall ? i.Small : i.ToDouble(),
            _ => FloatOf(v),
        };
        switch (it.Code)
        {
            case 'e':
            {
                var h = (Half)d;
                if (Half.IsInfinity(h) && !double.IsInfinity(d))
                    throw Errors.OverflowError("float too large to pack with e format");
                ushort bits = BitConverter.HalfToUInt16Bits(h);
                if (LittleEndian) BinaryPrimitives.WriteUInt16LittleEndian(dest, bits);
                else BinaryPrimitives.WriteUInt16BigEndian(dest, bits);
                return;
            }
            case 'f':
            {
                float f = (float)d;
                if (!Native && float.IsInfinity(f) && !double.IsInfinity(d))
                    throw Errors.OverflowError("float too large to pack with f format");
                if (LittleEndian) BinaryPrimitives.WriteSingleLittleEndian(dest, f);
                else BinaryPrimitives.WriteSingleBigEndian(dest, f);
                return;
            }
            default:
                if (LittleEndian) BinaryPrimitives.WriteDoubleLittleEndian(dest, d);
                else BinaryPrimitives.WriteDoubleBigEndian(dest, d);
                return;
        }
    }

    private static double FloatOf(PyObject v)
    {
        if (v is PyInstance && ObjectProtocol.LookupUser(v.Type, "__float__") is { } m && Calls.Call1(m, v) is PyFloat f)
            return f.Value;
        if (SequenceHelpers.AsIndex(v) is { } idx)
            return idx.IsSmall ? idx.Small : idx.ToDouble();
        throw Error("required argument is not a float");
    }

    private static readonly BigInteger LongMin = long.MinValue, LongMax = long.MaxValue, ULongMax = ulong.MaxValue;

    private void PackInteger(Item it, Span<byte> dest, PyObject v)
    {
        var iv = v as PyInt ?? SequenceHelpers.AsIndex(v) ?? throw Error("required argument is not an integer");
        BigInteger x = iv.ToBigInteger();
        char c = it.Code;
        bool unsigned = c is 'B' or 'H' or 'I' or 'L' or 'Q' or 'N';
        if (c == 'P')
        {
            if (x < LongMin || x > ULongMax)
                throw Error("int too large to convert");
            WriteUnsigned(dest, (ulong)(x < 0 ? (ulong)(long)x : (ulong)x));
            return;
        }
        // The C conversion (to long or unsigned long) comes first: out of its range is "argument out of range".
        if (unsigned && c is 'I' or 'L' or 'Q' or 'N')
        {
            if (x.Sign < 0 || x > ULongMax)
                throw Error("argument out of range");
        }
        else if (x < LongMin || x > LongMax)
        {
            throw Error("argument out of range");
        }
        if (it.Size < 8)
        {
            int bits = it.Size * 8;
            if (unsigned)
            {
                ulong max = (1UL << bits) - 1;
                if (x.Sign < 0 || x > max)
                    throw Error(c switch
                    {
                        'B' => "ubyte format requires 0 <= number <= 255",
                        'H' => "ushort format requires 0 <= number <= 65535",
                        _ => $"'{c}' format requires 0 <= number <= {max}",
                    });
            }
            else
            {
                long max = (1L << (bits - 1)) - 1, min = -max - 1;
                if (x < min || x > max)
                    throw Error(c switch
                    {
                        'b' => "byte format requires -128 <= number <= 127",
                        'h' => "short format requires -32768 <= number <= 32767",
                        _ => $"'{c}' format requires {min} <= number <= {max}",
                    });
            }
        }
        ulong raw = x.Sign < 0 ? (ulong)(long)x : (ulong)x;
        WriteUnsigned(dest, raw);
    }

    private void WriteUnsigned(Span<byte> dest, ulong raw)
    {
        int n = dest.Length;
        for (int i = 0; i < n; i++)
        {
            byte b = (byte)(raw >> (8 * i));
            dest[LittleEndian ? i : n - 1 - i] = b;
        }
    }

    // ---- unpacking -----------------------------------------------------------------------------

    public PyTuple Unpack(ReadOnlySpan<byte> buf)
    {
        var result = new PyObject[ArgCount];
        int a = 0;
        foreach (var it in _items)
        {
            if (it.Code == 'x')
                continue;
            result[a++] = UnpackItem(it, buf.Slice(it.Offset, it.Size));
        }
        return new PyTuple(result);
    }

    private PyObject UnpackItem(Item it, ReadOnlySpan<byte> src)
    {
        switch (it.Code)
        {
            case 'c': return new PyBytes(new[] { src[0] });
            case '?': return PyBool.From(src[0] != 0);
            case 's': return new PyBytes(src.ToArray());
            case 'p':
            {
                if (it.Size == 0)
                    return PyBytes.Empty;
                int n = Math.Min(src[0], it.Size - 1);
                return new PyBytes(src.Slice(1, n).ToArray());
            }
            case 'e':
            {
                ushort bits = LittleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(src) : BinaryPrimitives.ReadUInt16BigEndian(src);
                return new PyFloat((double)BitConverter.UInt16BitsToHalf(bits));
            }
            case 'f':
                return new PyFloat(LittleEndian ? BinaryPrimitives.ReadSingleLittleEndian(src) : BinaryPrimitives.ReadSingleBigEndian(src));
            case 'd':
                return new PyFloat(LittleEndian ? BinaryPrimitives.ReadDoubleLittleEndian(src) : BinaryPrimitives.ReadDoubleBigEndian(src));
        }
        ulong raw = 0;
        int size = src.Length;
        for (int i = 0; i < size; i++)
            raw |= (ulong)src[LittleEndian ? i : size - 1 - i] << (8 * i);
        bool unsigned = it.Code is 'B' or 'H' or 'I' or 'L' or 'Q' or 'N' or 'P';
        if (unsigned)
            return raw <= long.MaxValue ? PyInt.From((long)raw) : PyInt.From(new BigInteger(raw));
        int shift = 64 - size * 8;
        return PyInt.From((long)(raw << shift) >> shift);
    }

    /// <summary>The bytes of a bytes-like object (bytes, bytearray, array).</summary>
    public static byte[] BufferOf(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.ToArray(),
        PyArray arr => arr.ToBytes(),
        _ => throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'"),
    };
}
