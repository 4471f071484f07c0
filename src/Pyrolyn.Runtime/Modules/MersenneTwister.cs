using System;
using System.Numerics;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// MT19937 exactly as CPython's _random module runs it (seeding by init_by_array, 53-bit floats
/// from two outputs, getrandbits word order), so seeded sequences match CPython bit for bit.
/// Callers hold <see cref="Lock"/>-free access under the GIL; free-threaded callers lock the
/// instance itself.
/// </summary>
internal sealed class MersenneTwister
{
    public const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0df;
    private const uint UpperMask = 0x80000000;
    private const uint LowerMask = 0x7fffffff;

    private readonly uint[] _mt = new uint[N];
    private int _index = N + 1;

    private void InitGenrand(uint s)
    {
        _mt[0] = s;
        for (int i = 1; i < N; i++)
            _mt[i] = 1812433253u * (_mt[i - 1] ^ (_mt[i - 1] >> 30)) + (uint)i;
        _index = N;
    }

    /// <summary>CPython's init_by_array: the key is the seed's 32-bit words, least significant first.</summary>
    public void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        for (int k = Math.Max(N, key.Length); k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N) { _mt[0] = _mt[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N) { _mt[0] = _mt[N - 1]; i = 1; }
        }
        _mt[0] = 0x80000000u;
    }

    /// <summary>Seeds from a non-negative integer (CPython takes abs() first).</summary>
    public void Seed(BigInteger n)
    {
        if (n.IsZero)
        {
            InitByArray(new uint[] { 0 });
            return;
        }
        var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        var key = new uint[(bytes.Length + 3) / 4];
        for (int b = 0; b < bytes.Length; b++)
            key[b / 4] |= (uint)bytes[b] << (8 * (b % 4));
        InitByArray(key);
    }

    /// <summary>Seeds from the operating system's entropy, like seed(None).</summary>
    public void SeedFromEntropy()
    {
        var bytes = new byte[N * 4];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        var key = new uint[N];
        Buffer.BlockCopy(bytes, 0, key, 0, bytes.Length);
        InitByArray(key);
    }

    public uint NextUInt32()
    {
        uint y;
        if (_index >= N)
        {
            int kk;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (_mt[kk] & UpperMask) | (_mt[kk + 1] & LowerMask);
                _mt[kk] = _mt[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            for (; kk < N - 1; kk++)
            {
                y = (_mt[kk] & UpperMask) | (_mt[kk + 1] & LowerMask);
                _mt[kk] = _mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            y = (_mt[N - 1] & UpperMask) | (_mt[0] & LowerMask);
            _mt[N - 1] = _mt[M - 1] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            _index = 0;
        }
        y = _mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    /// <summary>random(): 53 random bits from two outputs (27 + 26).</summary>
    public double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>getrandbits(k) for k ≥ 0: 32-bit words, least significant first, the last
    /// word keeping its most significant bits.</summary>
    public BigInteger GetRandBits(long k)
    {
        if (k == 0)
            return BigInteger.Zero;
        if (k <= 32)
            return NextUInt32() >> (int)(32 - k);
        long words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4];
        for (long i = 0; i < words; i++, k -= 32)
        {
            uint r = NextUInt32();
            if (k < 32)
                r >>= (int)(32 - k);
            bytes[i * 4] = (byte)r;
            bytes[i * 4 + 1] = (byte)(r >> 8);
            bytes[i * 4 + 2] = (byte)(r >> 16);
            bytes[i * 4 + 3] = (byte)(r >> 24);
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>A value below 2**k that fits a long (k ≤ 63), without BigInteger.</summary>
    public ulong GetRandBitsSmall(int k)
    {
        if (k == 0)
            return 0;
        if (k <= 32)
            return NextUInt32() >> (32 - k);
        ulong lo = NextUInt32();
        ulong hi = NextUInt32() >> (64 - k);
        return (hi << 32) | lo;
    }

    public PyTuple GetState()
    {
        var items = new PyObject[N + 1];
        for (int i = 0; i < N; i++)
            items[i] = PyInt.From((long)_mt[i]);
        items[N] = PyInt.From(_index);
        return new PyTuple(items);
    }

    public void SetState(PyObject state)
    {
        if (state is not PyTuple t)
            throw Errors.TypeError("state vector must be a tuple");
        if (t.Count != N + 1)
            throw Errors.ValueError("state vector is the wrong size");
        var mt = new uint[N];
        for (int i = 0; i < N; i++)
            mt[i] = ToUInt32(t[i]);
        var index = t[N] is PyInt ix ? (ix.IsSmall ? ix.Small : throw Errors.OverflowError("Python int too large to convert to C long"))
            : throw Errors.TypeError($"'{t[N].Type.Name}' object cannot be interpreted as an integer");
        if (index < 0 || index > N)
            throw Errors.ValueError("invalid state");
        Array.Copy(mt, _mt, N);
        _index = (int)index;
    }

    private static uint ToUInt32(PyObject o)
    {
        if (o is not PyInt i)
            throw Errors.TypeError("an integer is required");
        var v = i.ToBigInteger();
        if (v.Sign < 0)
            throw Errors.OverflowError("can't convert negative value to unsigned int");
        if (v > ulong.MaxValue)
            throw Errors.OverflowError("Python int too large to convert to C unsigned long");
        return (uint)(ulong)v;
    }
}
