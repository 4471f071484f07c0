using System;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Pyrolyn.Runtime;

/// <summary>
/// CPython 3.11's string/bytes hash: SipHash-1-3 over the string's compact representation
/// (1, 2 or 4 bytes per character). The key is zero, which is what CPython uses under
/// PYTHONHASHSEED=0, so sets and dicts of strings iterate in the same order as such a run.
/// </summary>
public static class SipHash
{
    public static long Hash(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0) return 0;
        ulong h = SipHash13(0, 0, data);
        long r = (long)h;
        return r == -1 ? -2 : r;
    }

    /// <summary>hash(str): the bytes of PyUnicode_DATA for the string's kind.</summary>
    public static long HashString(string s)
    {
        if (s.Length == 0) return 0;
        int max = 0;
        bool pairs = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c > max) max = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) pairs = true;
        }
        if (!pairs && max >= 256)
            return Hash(MemoryMarshal.AsBytes(s.AsSpan()));
        if (!pairs)
        {
            Span<byte> buf = s.Length <= 512 ? stackalloc byte[s.Length] : new byte[s.Length];
            for (int i = 0; i < s.Length; i++) buf[i] = (byte)s[i];
            return Hash(buf);
        }
        var cps = new int[s.Length];
        int n = 0;
        for (int i = 0; i < s.Length;) cps[n++] = PyStr.NextCodePoint(s, ref i);
        return Hash(MemoryMarshal.AsBytes(cps.AsSpan(0, n)));
    }

    private static ulong SipHash13(ulong k0, ulong k1, ReadOnlySpan<byte> src)
    {
        ulong b = (ulong)src.Length << 56;
        ulong v0 = k0 ^ 0x736f6d6570736575UL;
        ulong v1 = k1 ^ 0x646f72616e646f6dUL;
        ulong v2 = k0 ^ 0x6c7967656e657261UL;
        ulong v3 = k1 ^ 0x7465646279746573UL;
        int i = 0;
        for (; i + 8 <= src.Length; i += 8)
        {
            ulong mi = BinaryPrimitives.ReadUInt64LittleEndian(src.Slice(i, 8));
            v3 ^= mi;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= mi;
        }
        ulong t = 0;
        for (int k = src.Length - i - 1; k >= 0; k--)
            t = (t << 8) | src[i + k];
        b |= t;
        v3 ^= b;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= b;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        // HALF_ROUND(v0,v1,v2,v3,13,16)
        v0 += v1; v2 += v3;
        v1 = BitOperations.RotateLeft(v1, 13) ^ v0;
        v3 = BitOperations.RotateLeft(v3, 16) ^ v2;
        v0 = BitOperations.RotateLeft(v0, 32);
        // HALF_ROUND(v2,v1,v0,v3,17,21)
        v2 += v1; v0 += v3;
        v1 = BitOperations.RotateLeft(v1, 17) ^ v2;
        v3 = BitOperations.RotateLeft(v3, 21) ^ v0;
        v2 = BitOperations.RotateLeft(v2, 32);
    }
}
