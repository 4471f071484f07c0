using System;
using System.Numerics;

namespace Pyrolyn.Runtime;

/// <summary>CPython's numeric hash (Python/pyhash.c): reduction modulo the Mersenne prime
/// 2**61-1 so equal ints, floats and complexes hash equally; -1 is reserved and maps to -2.</summary>
public static class NumericHash
{
    public const int Bits = 61;
    public const ulong Modulus = (1UL << Bits) - 1;
    public const long Inf = 314159;
    public const long Imag = 1000003;

    public static long Of(long v)
    {
        if (v >= -(long)Modulus + 1 && v < (long)Modulus && v != -1)
            return v;
        ulong a = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
        long h = (long)(a % Modulus);
        if (v < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public static long Of(BigInteger v)
    {
        var r = (long)(ulong)BigInteger.Remainder(BigInteger.Abs(v), Modulus);
        if (v.Sign < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    /// <summary>_Py_HashDouble; <paramref name="owner"/> supplies the identity hash for NaN.</summary>
    public static long Of(double v, object owner)
    {
        if (!double.IsFinite(v))
        {
            if (double.IsInfinity(v))
                return v > 0 ? Inf : -Inf;
            return Identity.Of(owner) >> 4;
        }
        // frexp: v = m * 2**e with 0.5 <= |m| < 1.
        int sign = 1;
        double m = v;
        if (m < 0) { sign = -1; m = -m; }
        int e = 0;
        if (m != 0)
        {
            e = Math.ILogB(m) + 1;
            m = Math.ScaleB(m, -e);
        }
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & Modulus) | x >> (Bits - 28);
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= Modulus)
                x -= Modulus;
        }
        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & Modulus) | x >> (Bits - e);
        long h = (long)x * sign;
        return h == -1 ? -2 : h;
    }
}

/// <summary>Exact comparison of floats with ints (CPython's float_richcompare).</summary>
public static class NumericCompare
{
    /// <summary>Sign of (d - i); d must not be NaN.</summary>
    public static int FloatVsInt(double d, PyInt i)
    {
        if (i.IsSmall && Math.Abs(i.Small) <= (1L << 53))
            return d.CompareTo((double)i.Small);
        if (double.IsInfinity(d))
            return d > 0 ? 1 : -1;
        double fl = Math.Floor(d);
        var bi = new BigInteger(fl);
        int c = bi.CompareTo(i.ToBigInteger());
        if (c != 0)
            return c;
        return d > fl ? 1 : 0;
    }
}
