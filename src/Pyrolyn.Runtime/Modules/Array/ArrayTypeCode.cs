using System;
using System.Buffers.Binary;
using System.Numerics;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// One <c>array</c> typecode: its item size and how a Python value is checked and stored
/// (with CPython's exact OverflowError and TypeError messages, which come from the different
/// C conversions each typecode uses), and how items convert to and from raw bytes.
/// </summary>
internal static class ArrayTypeCode
{
    public const string Codes = "bBuhHiIlLqQfd";

    public static int ItemSize(char c) => c switch
    {
        'b' or 'B' => 1,
        'h' or 'H' => 2,
        'i' or 'I' or 'f' or 'u' => 4,
        _ => 8,
    };

    private static readonly BigInteger LongMin = long.MinValue, LongMax = long.MaxValue, ULongMax = ulong.MaxValue;

    /// <summary>Checks and normalizes <paramref name="v"/> for typecode <paramref name="c"/>.</summary>
    public static PyObject Convert(char c, PyObject v)
    {
        switch (c)
        {
            case 'u':
                if (v is PyStr s && CodePointLength(s.Value) == 1)
                    return v;
                throw Errors.TypeError("array item must be unicode character");
            case 'f':
            case 'd':
            {
                double d = v switch
                {
                    PyFloat f => f.Value,
                    PyInt i => i.IsSmall ? i.Small : i.ToDouble(),
                    _ => FloatOf(v),
                };
                return new PyFloat(c == 'f' ? (double)(float)d : d);
            }
        }
        var iv = v as PyInt ?? SequenceHelpers.AsIndex(v)
            ?? throw Errors.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer");
        BigInteger x = iv.ToBigInteger();
        switch (c)
        {
            case 'b':
                CheckLong(x);
                CheckRange(x, short.MinValue, short.MaxValue, "signed short integer");
                CheckRange(x, sbyte.MinValue, sbyte.MaxValue, "signed char");
                break;
            case 'B':
                CheckLong(x);
                CheckRange(x, 0, 255, "unsigned byte integer");
                break;
            case 'h':
                CheckLong(x);
                CheckRange(x, short.MinValue, short.MaxValue, "signed short integer");
                break;
            case 'H':
                CheckLong(x);
                CheckRange(x, int.MinValue, int.MaxValue, "signed integer");
                CheckRange(x, 0, ushort.MaxValue, "unsigned short");
                break;
            case 'i':
                CheckLong(x);
                CheckRange(x, int.MinValue, int.MaxValue, "signed integer");
                break;
            case 'I':
            case 'L':
                if (x.Sign < 0)
                    throw Errors.OverflowError("can't convert negative value to unsigned int");
                if (x > ULongMax)
                    throw Errors.OverflowError("Python int too large to convert to C unsigned long");
                if (c == 'I' && x > uint.MaxValue)
                    throw Errors.OverflowError("unsigned int is greater than maximum");
                break;
            case 'l':
                CheckLong(x);
                break;
            case 'q':
                if (x < LongMin || x > LongMax)
                    throw Errors.OverflowError("int too big to convert");
                break;
            case 'Q':
                if (x.Sign < 0)
                    throw Errors.OverflowError("can't convert negative int to unsigned");
                if (x > ULongMax)
                    throw Errors.OverflowError("int too big to convert");
                break;
        }
        return ReferenceEquals(iv.Type, BuiltinTypes.Int) ? iv : PyInt.From(x);
    }

    private static int CodePointLength(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                i++;
            n++;
        }
        return n;
    }

    private static void CheckLong(BigInteger x)
    {
        if (x < LongMin || x > LongMax)
            throw Errors.OverflowError("Python int too large to convert to C long");
    }

    private static void CheckRange(BigInteger x, long min, long max, string what)
    {
        if (x < min)
            throw Errors.OverflowError($"{what} is less than minimum");
        if (x > max)
            throw Errors.OverflowError($"{what} is greater than maximum");
    }

    private static double FloatOf(PyObject v)
    {
        if (v is PyInstance && ObjectProtocol.LookupUser(v.Type, "__float__") is { } m && Calls.Call1(m, v) is PyFloat f)
            return f.Value;
        if (SequenceHelpers.AsIndex(v) is { } idx)
            return idx.IsSmall ? idx.Small : idx.ToDouble();
        throw Errors.TypeError($"must be real number, not {v.Type.Name}");
    }

    /// <summary>Writes a stored item as native (little-endian) bytes.</summary>
    public static void Write(char c, PyObject item, Span<byte> dest)
    {
        switch (c)
        {
            case 'f': BinaryPrimitives.WriteSingleLittleEndian(dest, (float)((PyFloat)item).Value); return;
            case 'd': BinaryPrimitives.WriteDoubleLittleEndian(dest, ((PyFloat)item).Value); return;
            case 'u':
            {
                var s = ((PyStr)item).Value;
                BinaryPrimitives.WriteInt32LittleEndian(dest, char.ConvertToUtf32(s, 0));
                return;
            }
        }
        var x = ((PyInt)item).ToBigInteger();
        ulong raw = x.Sign < 0 ? (ulong)(long)x : (ulong)x;
        for (int i = 0; i < dest.Length; i++)
            dest[i] = (byte)(raw >> (8 * i));
    }

    /// <summary>Reads an item from native (little-endian) bytes.</summary>
    public static PyObject Read(char c, ReadOnlySpan<byte> src)
    {
        switch (c)
        {
            case 'f': return new PyFloat(BinaryPrimitives.ReadSingleLittleEndian(src));
            case 'd': return new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(src));
            case 'u':
            {
                int cp = BinaryPrimitives.ReadInt32LittleEndian(src);
                if (cp < 0 || cp > 0x10FFFF)
                    throw Errors.ValueError($"character U+{(uint)cp:x} is not in range [U+0000; U+10ffff]");
                return new PyStr(char.ConvertFromUtf32(cp));
            }
        }
        ulong raw = 0;
        for (int i = 0; i < src.Length; i++)
            raw |= (ulong)src[i] << (8 * i);
        bool unsigned = c is 'B' or 'H' or 'I' or 'L' or 'Q';
        if (unsigned)
            return raw <= long.MaxValue ? PyInt.From((long)raw) : PyInt.From(new BigInteger(raw));
        int shift = 64 - src.Length * 8;
        return PyInt.From((long)(raw << shift) >> shift);
    }
}
