using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>int arithmetic: long fast paths with overflow checks, BigInteger otherwise, and
/// Python's floor division/modulo semantics.</summary>
public partial class PyInt
{
    // int has no @: NotImplemented, so the caller reports the operator as written (@ or @=).
    public override PyObject? BinaryOp(BinaryOp op, PyObject other) =>
        other is PyInt o && op != Runtime.BinaryOp.MatMul ? Arith(op, this, o) : null;

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other) =>
        other is PyInt o && op != Runtime.BinaryOp.MatMul ? Arith(op, o, this) : null;

    public static PyObject Arith(BinaryOp op, PyInt a, PyInt b) => op switch
    {
        Runtime.BinaryOp.Add => Add(a, b),
        Runtime.BinaryOp.Sub => Sub(a, b),
        Runtime.BinaryOp.Mul => Mul(a, b),
        Runtime.BinaryOp.TrueDiv => new PyFloat(TrueDivide(a, b)),
        Runtime.BinaryOp.FloorDiv => FloorDiv(a, b),
        Runtime.BinaryOp.Mod => Mod(a, b),
        Runtime.BinaryOp.Pow => Pow(a, b),
        Runtime.BinaryOp.LShift => LShift(a, b),
        Runtime.BinaryOp.RShift => RShift(a, b),
        Runtime.BinaryOp.And => And(a, b),
        Runtime.BinaryOp.Or => Or(a, b),
        Runtime.BinaryOp.Xor => Xor(a, b),
        _ => null!,
    } ?? throw Errors.TypeError("unsupported operand type(s) for @: 'int' and 'int'");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt Add(PyInt a, PyInt b)
    {
        if (a._big is null && b._big is null)
        {
            long r = a._value + b._value;
            // Overflow iff both operands have the same sign and the result's sign differs.
            if (((a._value ^ r) & (b._value ^ r)) >= 0)
                return From(r);
        }
        return From(a.ToBigInteger() + b.ToBigInteger());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt Sub(PyInt a, PyInt b)
    {
        if (a._big is null && b._big is null)
        {
            long r = a._value - b._value;
            if (((a._value ^ b._value) & (a._value ^ r)) >= 0)
                return From(r);
        }
        return From(a.ToBigInteger() - b.ToBigInteger());
    }

    /// <summary>a + b of two longs: a long result when it fits, else a big int.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt Add(long a, long b)
    {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) >= 0 ? From(r) : new PyInt((BigInteger)a + b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt Sub(long a, long b)
    {
        long r = a - b;
        return ((a ^ b) & (a ^ r)) >= 0 ? From(r) : new PyInt((BigInteger)a - b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt Mul(long a, long b) =>
        TryMul(a, b, out long r) ? From(r) : new PyInt((BigInteger)a * b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt Mul(PyInt a, PyInt b)
    {
        if (a._big is null && b._big is null && TryMul(a._value, b._value, out long r))
            return From(r);
        return From(a.ToBigInteger() * b.ToBigInteger());
    }

    /// <summary>a * b when it fits in a long. Factors within int range cannot overflow and take one
    /// multiply: Math.BigMul is a software routine in NativeAOT builds without BMI2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMul(long a, long b, out long r)
    {
        if (((ulong)(a + 0x80000000L) | (ulong)(b + 0x80000000L)) <= 0xFFFFFFFFUL)
        {
            r = a * b;
            return true;
        }
        long hi = Math.BigMul(a, b, out r);
        return hi == (r >> 63);
    }

    public static PyInt FloorDiv(PyInt a, PyInt b)
    {
        if (b._big is null && b._value == 0)
            throw Errors.ZeroDivisionError("integer division or modulo by zero");
        if (a._big is null && b._big is null && !(a._value == long.MinValue && b._value == -1))
        {
            long q = a._value / b._value;
            if ((a._value % b._value != 0) && ((a._value ^ b._value) < 0))
                q--;
            return From(q);
        }
        return From(BigFloorDiv(a.ToBigInteger(), b.ToBigInteger()));
    }

    public static BigInteger BigFloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign != b.Sign))
            q -= 1;
        return q;
    }

    public static BigInteger BigMod(BigInteger a, BigInteger b)
    {
        var r = BigInteger.Remainder(a, b);
        if (!r.IsZero && r.Sign != b.Sign)
            r += b;
        return r;
    }

    public static PyInt Mod(PyInt a, PyInt b)
    {
        if (b._big is null && b._value == 0)
            throw Errors.ZeroDivisionError("integer modulo by zero");
        if (a._big is null && b._big is null)
        {
            if (b._value == -1)
                return Zero;
            long r = a._value % b._value;
            if (r != 0 && ((r ^ b._value) < 0))
                r += b._value;
            return From(r);
        }
        return From(BigMod(a.ToBigInteger(), b.ToBigInteger()));
    }

    public static PyObject DivMod(PyInt a, PyInt b) => new PyTuple(new PyObject[] { FloorDiv(a, b), Mod(a, b) });

    /// <summary>int / int, correctly rounded like CPython's long_true_divide.</summary>
    public static double TrueDivide(PyInt a, PyInt b)
    {
        if (b.Sign == 0)
            throw Errors.ZeroDivisionError("division by zero");
        const long Exact = 1L << 53;
        if (a._big is null && b._big is null && a._value >= -Exact && a._value <= Exact && b._value >= -Exact && b._value <= Exact)
            return (double)a._value / b._value;
        return BigTrueDivide(a.ToBigInteger(), b.ToBigInteger());
    }

    public static double BigTrueDivide(BigInteger a, BigInteger b)
    {
        int sign = a.Sign * b.Sign;
        if (a.IsZero)
            return b.Sign < 0 ? -0.0 : 0.0;
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        long shift = (long)a.GetBitLength() - (long)b.GetBitLength() - 55;
        BigInteger q, r;
        if (shift >= 0)
            q = BigInteger.DivRem(a, b << (int)shift, out r);
        else
            q = BigInteger.DivRem(a << (int)-shift, b, out r);
        ulong qq = (ulong)q;
        if (!r.IsZero)
            qq |= 1;
        if (shift > 1100)
            throw Errors.OverflowError("integer division result too large for a float");
        double d = Math.ScaleB((double)qq, (int)Math.Max(shift, -2000));
        if (double.IsInfinity(d))
            throw Errors.OverflowError("integer division result too large for a float");
        return sign * d;
    }

    public static PyObject Pow(PyInt a, PyInt b)
    {
        if (b.Sign < 0)
        {
            double x = a.ToDouble(), y = b.ToDouble();
            if (x == 0)
                throw Errors.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return new PyFloat(Math.Pow(x, y));
        }
        if (a._big is null && b._big is null)
        {
            long x = a._value, n = b._value, result = 1;
            // Square-and-multiply on longs until something overflows.
            bool overflow = false;
            while (n > 0)
            {
                if ((n & 1) != 0)
                {
                    long hi = Math.BigMul(result, x, out long lo);
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    result = lo;
                }
                n >>= 1;
                if (n == 0) break;
                long h2 = Math.BigMul(x, x, out long l2);
                if (!((h2 == 0 && l2 >= 0) || (h2 == -1 && l2 < 0))) { overflow = true; break; }
                x = l2;
            }
            if (!overflow)
                return From(result);
        }
        if (b._big is not null)
        {
            var av = a.ToBigInteger();
            if (av.IsZero || av.IsOne) return a;
            if (av == BigInteger.MinusOne) return b.ToBigInteger().IsEven ? One : From(-1);
            throw Errors.New(ExceptionTypes.MemoryError, "");
        }
        return From(BigInteger.Pow(a.ToBigInteger(), (int)Math.Min(b._value, int.MaxValue)));
    }

    /// <summary>pow(a, b, m), including modular inverses for negative exponents.</summary>
    public static PyObject PowMod(PyInt a, PyInt b, PyInt m)
    {
        var mv = m.ToBigInteger();
        if (mv.IsZero)
            throw Errors.ValueError("pow() 3rd argument cannot be 0");
        var av = a.ToBigInteger();
        var bv = b.ToBigInteger();
        bool negMod = mv.Sign < 0;
        var am = BigInteger.Abs(mv);
        if (bv.Sign < 0)
        {
            av = ModInverse(BigMod(av, am), am);
            bv = -bv;
        }
        var r = BigInteger.ModPow(BigMod(av, am), bv, am);
        if (negMod && !r.IsZero)
            r -= am;
        return From(r);
    }

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = m, x = 0, x1 = 1, a1 = a;
        while (!a1.IsZero)
        {
            var q = g / a1;
            (g, a1) = (a1, g - q * a1);
            (x, x1) = (x1, x - q * x1);
        }
        if (!g.IsOne)
            throw Errors.ValueError("base is not invertible for the given modulus");
        return BigMod(x, m);
    }

    public static PyInt LShift(PyInt a, PyInt b)
    {
        if (b.Sign < 0)
            throw Errors.ValueError("negative shift count");
        if (a.Sign == 0)
            return Zero;
        if (b._big is not null)
            throw Errors.OverflowError("too many digits in integer");
        if (a._big is null && b._value < 63)
        {
            long v = a._value, n = b._value;
            long r = v << (int)n;
            if ((r >> (int)n) == v)
                return From(r);
        }
        return From(a.ToBigInteger() << (int)Math.Min(b._value, int.MaxValue));
    }

    public static PyInt RShift(PyInt a, PyInt b)
    {
        if (b.Sign < 0)
            throw Errors.ValueError("negative shift count");
        if (b._big is not null)
            return a.Sign < 0 ? From(-1) : Zero;
        if (a._big is null)
            return From(a._value >> (int)Math.Min(b._value, 63));
        return From(a.ToBigInteger() >> (int)Math.Min(b._value, int.MaxValue));
    }

    public static PyInt And(PyInt a, PyInt b) =>
        a._big is null && b._big is null ? From(a._value & b._value) : From(a.ToBigInteger() & b.ToBigInteger());

    public static PyInt Or(PyInt a, PyInt b) =>
        a._big is null && b._big is null ? From(a._value | b._value) : From(a.ToBigInteger() | b.ToBigInteger());

    public static PyInt Xor(PyInt a, PyInt b) =>
        a._big is null && b._big is null ? From(a._value ^ b._value) : From(a.ToBigInteger() ^ b.ToBigInteger());

    public static PyInt Negate(PyInt a) =>
        a._big is null && a._value != long.MinValue ? From(-a._value) : From(-a.ToBigInteger());

    public override PyObject? UnaryOp(UnaryOp op) => op switch
    {
        Runtime.UnaryOp.Neg => Negate(this),
        Runtime.UnaryOp.Pos => _big is null ? From(_value) : this,
        _ => _big is null ? From(~_value) : From(-_big.Value - 1),
    };

    public PyInt Abs() => Sign < 0 ? Negate(this) : (this is PyBool ? From(_value) : this);
}
