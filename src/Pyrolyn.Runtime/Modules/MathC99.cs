using System;
using System.Runtime.InteropServices;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// The math functions CPython 3.11 takes straight from the platform's C library (erf, erfc,
/// cbrt, exp2, expm1, log1p): calling the same libm gives the same bits, which .NET's own implementations do
/// not always (e.g. <c>cbrt(-27.0)</c> is -3.0000000000000004 in glibc). Plus the 3.11 additions
/// that are exact by definition (nextafter, ulp, remainder).
/// </summary>
internal static partial class MathC99
{
    private const string LibM = "libm.so.6";

    [DllImport(LibM, EntryPoint = "erf")] public static extern double Erf(double x);
    [DllImport(LibM, EntryPoint = "erfc")] public static extern double Erfc(double x);
    [DllImport(LibM, EntryPoint = "cbrt")] public static extern double Cbrt(double x);
    [DllImport(LibM, EntryPoint = "exp2")] public static extern double Exp2(double x);
    [DllImport(LibM, EntryPoint = "expm1")] public static extern double Expm1(double x);
    [DllImport(LibM, EntryPoint = "log1p")] public static extern double Log1p(double x);
    [DllImport(LibM, EntryPoint = "hypot")] public static extern double Hypot(double x, double y); // abs(complex)

    /// <summary><c>math.nextafter(x, y)</c>: the next float after x towards y.</summary>
    public static double NextAfter(double x, double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y))
            return double.IsNaN(x) ? x : y; // libm propagates the NaN operand
        if (x == y)
            return y;
        return y > x ? Math.BitIncrement(x) : Math.BitDecrement(x);
    }

    /// <summary><c>math.ulp(x)</c>: the value of the least significant bit of x.</summary>
    public static double Ulp(double x)
    {
        if (double.IsNaN(x))
            return x;
        x = Math.Abs(x);
        if (double.IsInfinity(x))
            return x;
        double next = Math.BitIncrement(x);
        if (double.IsInfinity(next))
            return x - Math.BitDecrement(x);
        return next - x;
    }

    /// <summary><c>math.remainder(x, y)</c>: IEEE 754 remainder (x - n*y, n the nearest integer,
    /// ties to even), exact by definition; ValueError where IEEE signals invalid.</summary>
    public static double Remainder(double x, double y)
    {
        if (double.IsNaN(x))
            return x;
        if (double.IsNaN(y))
            return y;
        if (double.IsInfinity(x) || y == 0)
            throw Errors.ValueError("math domain error");
        if (double.IsInfinity(y))
            return x;
        return Math.IEEERemainder(x, y);
    }
}
