using System;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>
/// Compiler-fused int arithmetic: an expression tree of + - * and // or % by a positive literal
/// (<c>(seed * 1103515245 + 12345) % 2147483648</c>) computed in C# longs when every operand is
/// an exact int that fits in one, boxing only the result. An overflow anywhere yields
/// <see cref="Poison"/>, which every operation passes on; the emitted code then runs the general
/// (boxed, arbitrary-precision) code on the same operand values, so results are CPython's.
/// long.MinValue itself is never a fused operand or result (it takes the general code too).
/// </summary>
public static class IntFusion
{
    public const long Poison = long.MinValue;

    /// <summary>An exact int fitting in a long (not bool, not a subclass, not null = unbound).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Operand(PyObject? o, out long v)
    {
        if (o is not null && o.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(o).IsSmall)
        {
            v = Unsafe.As<PyInt>(o).Small;
            return v != Poison;
        }
        v = 0;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Add(long a, long b)
    {
        long r = a + b;
        // Overflow when both operands have the sign the result lacks; a poisoned operand
        // (long.MinValue) is passed on.
        return ((a ^ r) & (b ^ r)) < 0 || a == Poison || b == Poison ? Poison : r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Sub(long a, long b)
    {
        long r = a - b;
        return ((a ^ b) & (a ^ r)) < 0 || a == Poison || b == Poison ? Poison : r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Mul(long a, long b)
    {
        return !PyInt.TryMul(a, b, out long r) || a == Poison || b == Poison ? Poison : r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Neg(long a) => a == Poison ? Poison : -a;

    /// <summary>Python's floor division by a positive divisor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long FloorDiv(long a, long d)
    {
        if (a == Poison) return Poison;
        long q = a / d;
        return a < 0 && q * d != a ? q - 1 : q;
    }

    /// <summary>Python's modulo by a positive divisor (the result is never negative).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Mod(long a, long d)
    {
        if (a == Poison) return Poison;
        long r = a % d;
        return r < 0 ? r + d : r;
    }

    /// <summary>The boxed result, or false when the computation overflowed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Box(long r, out PyObject result)
    {
        if (r == Poison)
        {
            result = null!;
            return false;
        }
        result = PyInt.From(r);
        return true;
    }
}
