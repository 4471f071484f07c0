using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>int: a 64-bit fast path with a BigInteger fallback; small values are cached.
/// Invariant: a value that fits in a long is always stored in the long form.</summary>
public partial class PyInt : PyObject
{
    private const int CacheMin = -5, CacheMax = 1024;
    private static readonly PyInt[] Cache = BuildCache();

    private readonly long _value;
    private readonly BigBox? _big;

    /// <summary>Holds a BigInteger out of line so small ints stay 24-byte objects.</summary>
    private sealed class BigBox
    {
        public readonly BigInteger Value;
        public BigBox(BigInteger v) => Value = v;
    }

    protected PyInt(long value) { _value = value; }
    private PyInt(BigInteger value) { _big = new BigBox(value); }

    private static PyInt[] BuildCache()
    {
        var c = new PyInt[CacheMax - CacheMin + 1];
        for (int i = 0; i < c.Length; i++)
            c[i] = new PyInt(i + CacheMin);
        return c;
    }

    public static readonly PyInt Zero = From(0);
    public static readonly PyInt One = From(1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt From(long value) =>
        (ulong)(value - CacheMin) <= (ulong)(CacheMax - CacheMin) ? Cache[value - CacheMin] : new PyInt(value);

    public static PyInt From(int value) => From((long)value);

    public static PyInt From(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? From((long)value) : new PyInt(value);

    /// <summary>A decimal literal too big for a long.</summary>
    public static PyInt Parse(string digits) =>
        From(BigInteger.Parse(digits.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture));

    /// <summary>True when the value fits in a long (then <see cref="Small"/> holds it).</summary>
    public bool IsSmall
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _big is null;
    }

    public long Small
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value;
    }

    public BigInteger ToBigInteger() => _big is null ? new BigInteger(_value) : _big.Value;

    public int Sign => _big is null ? Math.Sign(_value) : _big.Value.Sign;

    public override PyType Type => BuiltinTypes.Int;

    // ---- text ----------------------------------------------------------------------------------
    public const int DefaultMaxStrDigits = 4300, MaxStrDigitsThreshold = 640;

    /// <summary>sys.get_int_max_str_digits(): 0 means no limit.</summary>
    public static int MaxStrDigits { get; set; } = DefaultMaxStrDigits;

    private static (int Limit, BigInteger Pow)? _limitPow;

    public override string Repr()
    {
        if (_big is null)
            return _value.ToString(CultureInfo.InvariantCulture);
        var b = _big.Value;
        // CPython 3.11's int_max_str_digits guard (CVE-2020-10735): more decimal digits than the limit.
        int limit = MaxStrDigits;
        if (limit > 0 && BigInteger.Abs(b).GetBitLength() > (long)(limit - 1) * 3)
        {
            var lp = _limitPow;
            if (lp is null || lp.Value.Limit != limit) _limitPow = lp = (limit, BigInteger.Pow(10, limit));
            if (BigInteger.Abs(b) >= lp.Value.Pow)
                throw Errors.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return b.ToString(CultureInfo.InvariantCulture);
    }

    public override string Format(string spec) => spec.Length == 0 ? Repr() : NumberFormatter.FormatInt(this, spec);

    // ---- truth, hash, compare --------------------------------------------------------------------
    public override bool IsTrue() => _big is not null || _value != 0;

    public override long Hash() => _big is null ? NumericHash.Of(_value) : NumericHash.Of(_big.Value);

    public int CompareTo(PyInt other)
    {
        if (_big is null && other._big is null)
            return _value.CompareTo(other._value);
        return ToBigInteger().CompareTo(other.ToBigInteger());
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        int c;
        if (other is PyInt o)
            c = CompareTo(o);
        else if (other is PyFloat f)
        {
            if (double.IsNaN(f.Value))
                return PyBool.From(op == CompareOp.Ne);
            c = -NumericCompare.FloatVsInt(f.Value, this);
        }
        else
            return null;
        return PyBool.From(CompareResult(c, op));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CompareResult(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    // ---- conversions -------------------------------------------------------------------------
    /// <summary>float(int), correctly rounded (half-even), OverflowError when too large.</summary>
    public double ToDouble()
    {
        if (_big is null)
            return _value;
        return BigToDouble(_big.Value);
    }

    public static double BigToDouble(BigInteger b)
    {
        int sign = b.Sign;
        var a = BigInteger.Abs(b);
        long bits = (long)a.GetBitLength();
        if (bits <= 63)
            return sign * (double)(long)a;
        int shift = (int)(bits - 64);
        var top = a >> shift;
        ulong q = (ulong)top;
        if (!(a - (top << shift)).IsZero)
            q |= 1; // sticky bit keeps the single rounding of ulong->double correct
        double d = Math.ScaleB((double)q, shift);
        if (double.IsInfinity(d))
            throw Errors.OverflowError("int too large to convert to float");
        return sign * d;
    }

    public static PyInt FromDouble(double d)
    {
        if (double.IsNaN(d))
            throw Errors.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d))
            throw Errors.OverflowError("cannot convert float infinity to integer");
        d = Math.Truncate(d);
        if (d >= -9.2233720368547758E18 && d < 9.2233720368547758E18)
            return From((long)d);
        return From(new BigInteger(d));
    }

    /// <summary>The value as an int for CLR indexing; OverflowError like CPython's ssize_t.</summary>
    public long AsSsize()
    {
        if (_big is null)
            return _value;
        throw Errors.OverflowError("Python int too large to convert to C ssize_t");
    }
}
