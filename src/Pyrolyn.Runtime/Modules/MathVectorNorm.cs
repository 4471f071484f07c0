using System;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// The Euclidean norm behind <c>math.hypot</c> and <c>math.dist</c>, computed as CPython 3.11's
/// <c>vector_norm</c> does so the last bit agrees (a naive sqrt of the sum of squares, or libm's
/// hypot, differs in about one case in ten): scale by a power of two so the largest coordinate
/// lies in [0.5, 1), square each coordinate exactly (the error term from a fused multiply-add),
/// accumulate with compensated summation, then correct the square root once.
/// </summary>
internal static class MathVectorNorm
{
    private const double MinNormal = 2.2250738585072014e-308; // DBL_MIN

    /// <param name="magnitudes">|coordinates| (may be rescaled in place).</param>
    /// <param name="max">The largest finite magnitude, or an infinity if any coordinate is infinite.</param>
    /// <param name="foundNaN">Whether any coordinate is NaN (an infinity still wins).</param>
    public static double Norm(double[] magnitudes, int n, double max, bool foundNaN)
    {
        if (double.IsInfinity(max))
            return max;
        if (foundNaN)
            return PyFloat.PositiveNaN;
        if (max == 0.0 || n <= 1)
            return max;
        int maxExponent = Math.ILogB(max) + 1; // frexp's exponent: max = m * 2**e, 0.5 <= m < 1
        if (maxExponent < -1023)
        {
            // 2**-maxExponent would overflow: make the subnormals normal first.
            for (int i = 0; i < n; i++)
                magnitudes[i] /= MinNormal;
            return MinNormal * Norm(magnitudes, n, max / MinNormal, foundNaN);
        }
        double scale = Math.ScaleB(1.0, -maxExponent);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (int i = 0; i < n; i++)
        {
            double x = magnitudes[i] * scale; // lossless
            double square = x * x;
            double squareError = Math.FusedMultiplyAdd(x, x, -square);
            (csum, double sumError) = FastTwoSum(csum, square);
            frac1 += squareError;
            frac2 += sumError;
        }
        double h = Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        double hh = -h * h;
        double hhError = Math.FusedMultiplyAdd(-h, h, -hh);
        (csum, double lastError) = FastTwoSum(csum, hh);
        frac1 += hhError;
        frac2 += lastError;
        double residual = csum - 1.0 + (frac1 + frac2);
        h += residual / (2.0 * h); // one Newton step on the square root
        return h / scale;
    }

    /// <summary>a + b and its exact rounding error, for |a| >= |b|.</summary>
    private static (double Sum, double Error) FastTwoSum(double a, double b)
    {
        double sum = a + b;
        return (sum, (a - sum) + b);
    }
}
