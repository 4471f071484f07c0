using System;
using System.Numerics;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The math module: CPython's functions, constants and "math domain error" rules.</summary>
public static class MathModule
{
    public static PyModule Create()
    {
        var m = new PyModule("math");
        var d = m.Dict;
        void F(string name, Func<PyObject[], string[]?, PyObject> f) => d[name] = new PyBuiltinFunction(name, f, "math");
        void F1(string name, Func<double, double> f) =>
            F(name, (a, k) => new PyFloat(Check(f(ToDouble(ArgCheck.One(a, k, name))), ToDouble(a[0]))));

        d["pi"] = new PyFloat(Math.PI);
        d["e"] = new PyFloat(Math.E);
        d["tau"] = new PyFloat(Math.Tau);
        d["inf"] = new PyFloat(double.PositiveInfinity);
        d["nan"] = new PyFloat(PyFloat.PositiveNaN);

        F("sqrt", (a, k) => { double x = ToDouble(ArgCheck.One(a, k, "sqrt")); if (x < 0) throw Domain(); return new PyFloat(Math.Sqrt(x)); });
        F1("exp", Math.Exp);
        F1("sin", Math.Sin);
        F1("cos", Math.Cos);
        F1("tan", Math.Tan);
        F("asin", (a, k) => { double x = ToDouble(ArgCheck.One(a, k, "asin")); if (x < -1 || x > 1) throw Domain(); return new PyFloat(Math.Asin(x)); });
        F("acos", (a, k) => { double x = ToDouble(ArgCheck.One(a, k, "acos")); if (x < -1 || x > 1) throw Domain(); return new PyFloat(Math.Acos(x)); });
        F1("atan", Math.Atan);
        F1("sinh", Math.Sinh);
        F1("cosh", Math.Cosh);
        F1("tanh", Math.Tanh);
        F1("asinh", Math.Asinh);
        F("acosh", (a, k) => { double x = ToDouble(ArgCheck.One(a, k, "acosh")); if (x < 1) throw Domain(); return new PyFloat(Math.Acosh(x)); });
        F("atanh", (a, k) => { double x = ToDouble(ArgCheck.One(a, k, "atanh")); if (x <= -1 || x >= 1) throw Domain(); return new PyFloat(Math.Atanh(x)); });
        F1("fabs", Math.Abs);
        F1("erf", MathC99.Erf);
        F1("erfc", MathC99.Erfc);
        F1("cbrt", MathC99.Cbrt);
        F1("exp2", MathC99.Exp2);
        F("nextafter", (a, k) => { ArgCheck.Range(a, k, "nextafter", 2, 2); return new PyFloat(MathC99.NextAfter(ToDouble(a[0]), ToDouble(a[1]))); });
        F("ulp", (a, k) => new PyFloat(MathC99.Ulp(ToDouble(ArgCheck.One(a, k, "ulp")))));
        F("remainder", (a, k) => { ArgCheck.Range(a, k, "remainder", 2, 2); return new PyFloat(MathC99.Remainder(ToDouble(a[0]), ToDouble(a[1]))); });
        F1("expm1", MathC99.Expm1);
        F("log1p", (a, k) => { double x = ToDouble(ArgCheck.One(a, k, "log1p")); if (x <= -1) throw Domain(); return new PyFloat(MathC99.Log1p(x)); });
        F("gamma", (a, k) => new PyFloat(MathGamma.Gamma(ToDouble(ArgCheck.One(a, k, "gamma")))));
        F("lgamma", (a, k) => new PyFloat(MathGamma.LogGamma(ToDouble(ArgCheck.One(a, k, "lgamma")))));
        F("atan2", (a, k) => { ArgCheck.Range(a, k, "atan2", 2, 2); return new PyFloat(Math.Atan2(ToDouble(a[0]), ToDouble(a[1]))); });
        F("hypot", (a, k) =>
        {
            ArgCheck.NoKw(k, "hypot");
            var magnitudes = new double[a.Length];
            double max = 0;
            bool foundNaN = false;
            for (int i = 0; i < a.Length; i++)
            {
                double x = Math.Abs(ToDouble(a[i]));
                magnitudes[i] = x;
                foundNaN |= double.IsNaN(x);
                if (x > max) max = x;
            }
            return new PyFloat(MathVectorNorm.Norm(magnitudes, a.Length, max, foundNaN));
        });
        F("pow", (a, k) =>
        {
            ArgCheck.Range(a, k, "pow", 2, 2);
            double x = ToDouble(a[0]), y = ToDouble(a[1]);
            if (x == 0 && y < 0) throw Domain();
            if (x < 0 && double.IsFinite(y) && Math.Floor(y) != y && double.IsFinite(x)) throw Domain();
            double r = Math.Pow(x, y);
            if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) throw Errors.OverflowError("math range error");
            return new PyFloat(r);
        });
        F("log", (a, k) =>
        {
            ArgCheck.Range(a, k, "log", 1, 2);
            double num = Log(a[0]);
            if (a.Length == 1) return new PyFloat(num);
            double den = Log(a[1]);
            if (den == 0) throw Errors.ZeroDivisionError("float division by zero");
            return new PyFloat(num / den);
        });
        F("log2", (a, k) => new PyFloat(ArgCheck.One(a, k, "log2") is PyFloat f ? Math.Log2(CheckPositive(f.Value)) : LogBase(a[0], 2)));
        F("log10", (a, k) => new PyFloat(ArgCheck.One(a, k, "log10") is PyFloat f ? Math.Log10(CheckPositive(f.Value)) : LogBase(a[0], 10)));
        F("floor", (a, k) => Floor(ArgCheck.One(a, k, "floor")));
        F("ceil", (a, k) => Ceil(ArgCheck.One(a, k, "ceil")));
        F("trunc", (a, k) =>
        {
            var x = ArgCheck.One(a, k, "trunc");
            if (x is PyInt i) return i is PyBool ? PyInt.From(i.Small) : i;
            if (x is PyFloat f) return PyInt.FromDouble(f.Value);
            if (x.Type.Lookup("__trunc__") is not null) return x.CallMethod("__trunc__", Array.Empty<PyObject>());
            throw Errors.TypeError($"type {x.Type.Name} doesn't define __trunc__ method");
        });
        F("isnan", (a, k) => PyBool.From(double.IsNaN(ToDouble(ArgCheck.One(a, k, "isnan")))));
        F("isinf", (a, k) => PyBool.From(double.IsInfinity(ToDouble(ArgCheck.One(a, k, "isinf")))));
        F("isfinite", (a, k) => PyBool.From(double.IsFinite(ToDouble(ArgCheck.One(a, k, "isfinite")))));
        F("copysign", (a, k) => { ArgCheck.Range(a, k, "copysign", 2, 2); return new PyFloat(Math.CopySign(ToDouble(a[0]), ToDouble(a[1]))); });
        F("degrees", (a, k) => new PyFloat(ToDouble(ArgCheck.One(a, k, "degrees")) * (180.0 / Math.PI)));
        F("radians", (a, k) => new PyFloat(ToDouble(ArgCheck.One(a, k, "radians")) * (Math.PI / 180.0)));
        F("fmod", (a, k) =>
        {
            ArgCheck.Range(a, k, "fmod", 2, 2);
            double x = ToDouble(a[0]), y = ToDouble(a[1]);
            if (double.IsInfinity(x) || (y == 0 && !double.IsNaN(x))) throw Domain();
            return new PyFloat(x % y);
        });
        F("modf", (a, k) =>
        {
            double x = ToDouble(ArgCheck.One(a, k, "modf"));
            if (double.IsInfinity(x)) return new PyTuple(new PyObject[] { new PyFloat(Math.CopySign(0.0, x)), new PyFloat(x) });
            double ip = Math.Truncate(x);
            return new PyTuple(new PyObject[] { new PyFloat(Math.CopySign(x - ip, x)), new PyFloat(ip) });
        });
        F("frexp", (a, k) =>
        {
            double x = ToDouble(ArgCheck.One(a, k, "frexp"));
            if (x == 0 || !double.IsFinite(x)) return new PyTuple(new PyObject[] { new PyFloat(x), PyInt.Zero });
            int e = Math.ILogB(x) + 1;
            return new PyTuple(new PyObject[] { new PyFloat(Math.ScaleB(x, -e)), PyInt.From(e) });
        });
        F("ldexp", (a, k) =>
        {
            ArgCheck.Range(a, k, "ldexp", 2, 2);
            double r = Math.ScaleB(ToDouble(a[0]), (int)Math.Clamp(ArgCheck.ToIndex(a[1]), -100000, 100000));
            if (double.IsInfinity(r) && double.IsFinite(ToDouble(a[0]))) throw Errors.OverflowError("math range error");
            return new PyFloat(r);
        });
        F("gcd", (a, k) =>
        {
            ArgCheck.NoKw(k, "gcd");
            BigInteger g = 0;
            foreach (var x in a) g = BigInteger.GreatestCommonDivisor(g, ToInt(x).ToBigInteger());
            return PyInt.From(g);
        });
        F("lcm", (a, k) =>
        {
            ArgCheck.NoKw(k, "lcm");
            BigInteger l = 1;
            foreach (var x in a)
            {
                var v = BigInteger.Abs(ToInt(x).ToBigInteger());
                if (v.IsZero) return PyInt.Zero;
                l = l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.From(l);
        });
        F("isqrt", (a, k) =>
        {
            var n = ToInt(ArgCheck.One(a, k, "isqrt")).ToBigInteger();
            if (n.Sign < 0) throw Errors.ValueError("isqrt() argument must be nonnegative");
            return PyInt.From(ISqrt(n));
        });
        F("factorial", (a, k) =>
        {
            var x = ArgCheck.One(a, k, "factorial");
            if (x is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
            var n = ToInt(x);
            if (n.Sign < 0) throw Errors.ValueError("factorial() not defined for negative values");
            long nn = n.AsSsize();
            BigInteger r = 1;
            long small = 1;
            for (long i = 2; i <= nn; i++)
            {
                if (small > long.MaxValue / i) { r *= small; small = 1; }
                small *= i;
            }
            return PyInt.From(r * small);
        });
        F("comb", (a, k) =>
        {
            ArgCheck.Range(a, k, "comb", 2, 2);
            var n = ToInt(a[0]).ToBigInteger();
            var r = ToInt(a[1]).ToBigInteger();
            if (n.Sign < 0) throw Errors.ValueError("n must be a non-negative integer");
            if (r.Sign < 0) throw Errors.ValueError("k must be a non-negative integer");
            if (r > n) return PyInt.Zero;
            if (r > n - r) r = n - r;
            BigInteger res = 1;
            for (BigInteger i = 1; i <= r; i++) res = res * (n - r + i) / i;
            return PyInt.From(res);
        });
        F("perm", (a, k) =>
        {
            ArgCheck.Range(a, k, "perm", 1, 2);
            var n = ToInt(a[0]).ToBigInteger();
            if (n.Sign < 0) throw Errors.ValueError("n must be a non-negative integer");
            var r = a.Length > 1 && a[1] is not PyNone ? ToInt(a[1]).ToBigInteger() : n;
            if (r.Sign < 0) throw Errors.ValueError("k must be a non-negative integer");
            if (r > n) return PyInt.Zero;
            BigInteger res = 1;
            for (BigInteger i = 0; i < r; i++) res *= n - i;
            return PyInt.From(res);
        });
        F("prod", (a, k) =>
        {
            int npos = ArgCheck.PositionalCount(a, k);
            ArgCheck.OnlyKw(k, "prod", "start");
            if (npos != 1) throw Errors.TypeError($"prod() takes exactly 1 positional argument ({npos} given)");
            PyObject acc = ArgCheck.Kw(a, k, "start") ?? PyInt.One;
            var it = Ops.GetIter(a[0]);
            PyObject? x;
            while ((x = it.Next()) is not null) acc = Ops.Mul(acc, x);
            return acc;
        });
        F("fsum", (a, k) => new PyFloat(FSum(ArgCheck.One(a, k, "fsum"))));
        F("isclose", (a, k) =>
        {
            int npos = ArgCheck.PositionalCount(a, k);
            ArgCheck.OnlyKw(k, "isclose", "rel_tol", "abs_tol");
            if (npos != 2) throw Errors.TypeError($"isclose() takes exactly 2 positional arguments ({npos} given)");
            double x = ToDouble(a[0]), y = ToDouble(a[1]);
            double rel = ArgCheck.Kw(a, k, "rel_tol") is { } rt ? ToDouble(rt) : 1e-9;
            double abs = ArgCheck.Kw(a, k, "abs_tol") is { } at ? ToDouble(at) : 0.0;
            if (rel < 0 || abs < 0) throw Errors.ValueError("tolerances must be non-negative");
            if (x == y) return PyBool.True;
            if (double.IsInfinity(x) || double.IsInfinity(y)) return PyBool.False;
            double diff = Math.Abs(y - x);
            return PyBool.From(diff <= Math.Abs(rel * y) || diff <= Math.Abs(rel * x) || diff <= abs);
        });
        F("dist", (a, k) =>
        {
            ArgCheck.Range(a, k, "dist", 2, 2);
            var p = Ops.ToArray(a[0]);
            var q = Ops.ToArray(a[1]);
            if (p.Length != q.Length) throw Errors.ValueError("both points must have the same number of dimensions");
            var magnitudes = new double[p.Length];
            double max = 0;
            bool foundNaN = false;
            for (int i = 0; i < p.Length; i++)
            {
                double x = Math.Abs(ToDouble(p[i]) - ToDouble(q[i]));
                magnitudes[i] = x;
                foundNaN |= double.IsNaN(x);
                if (x > max) max = x;
            }
            return new PyFloat(MathVectorNorm.Norm(magnitudes, p.Length, max, foundNaN));
        });
        return m;
    }

    private static PyException Domain() => Errors.ValueError("math domain error");

    private static double Check(double result, double input)
    {
        if (double.IsNaN(result) && !double.IsNaN(input)) throw Domain();
        if (double.IsInfinity(result) && double.IsFinite(input)) throw Errors.OverflowError("math range error");
        return result;
    }

    private static double CheckPositive(double x) => x > 0 || double.IsNaN(x) ? x : throw Domain();

    public static double ToDouble(PyObject o)
    {
        if (o is PyFloat f) return f.Value;
        if (o is PyInt i) return i.IsSmall ? i.Small : i.ToDouble();
        if (o.Type.Lookup("__float__") is not null || o.Type.Lookup("__index__") is not null) return PyFloat.FromObject(o).Value;
        throw Errors.TypeError($"must be real number, not {o.Type.Name}");
    }

    private static PyInt ToInt(PyObject o)
    {
        if (o is PyInt i) return i;
        if (o.Type.Lookup("__index__") is not null && o.CallMethod("__index__", Array.Empty<PyObject>()) is PyInt r) return r;
        throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    /// <summary>CPython's loghelper: ints convert to float when they fit, otherwise
    /// log(m * 2**e) = log(m) + e * log(2).</summary>
    private static double LogWith(PyObject o, Func<double, double> log)
    {
        if (o is PyInt i)
        {
            if (i.Sign <= 0) throw Domain();
            if (i.IsSmall) return log(i.Small);
            var b = i.ToBigInteger();
            long bits = (long)b.GetBitLength();
            if (bits <= 1023) return log(PyInt.BigToDouble(b));
            // _PyLong_Frexp: a 53-bit mantissa in [0.5, 1) and the bit length as exponent.
            int shift = (int)(bits - 64);
            var top = b >> shift;
            if (!(b - (top << shift)).IsZero) top |= 1;
            double m = Math.ScaleB((double)(ulong)top, -64);
            return log(m) + log(2.0) * bits;
        }
        double x = ToDouble(o);
        if (x <= 0 && !double.IsNaN(x)) throw Domain();
        return log(x);
    }

    private static double Log(PyObject o) => LogWith(o, Math.Log);

    private static double LogBase(PyObject o, int b) => LogWith(o, b == 2 ? Math.Log2 : Math.Log10);

    private static PyObject Floor(PyObject x)
    {
        if (x is PyInt i) return i is PyBool ? PyInt.From(i.Small) : i;
        if (x is PyFloat f) return PyInt.FromDouble(Math.Floor(f.Value));
        if (x.Type.Lookup("__floor__") is not null) return x.CallMethod("__floor__", Array.Empty<PyObject>());
        return PyInt.FromDouble(Math.Floor(ToDouble(x)));
    }

    private static PyObject Ceil(PyObject x)
    {
        if (x is PyInt i) return i is PyBool ? PyInt.From(i.Small) : i;
        if (x is PyFloat f) return PyInt.FromDouble(Math.Ceiling(f.Value));
        if (x.Type.Lookup("__ceil__") is not null) return x.CallMethod("__ceil__", Array.Empty<PyObject>());
        return PyInt.FromDouble(Math.Ceiling(ToDouble(x)));
    }

    private static BigInteger ISqrt(BigInteger n)
    {
        if (n < 2) return n;
        if (n < (BigInteger)ulong.MaxValue >> 12)
        {
            var r0 = (BigInteger)(ulong)Math.Sqrt((double)n);
            while (r0 * r0 > n) r0--;
            while ((r0 + 1) * (r0 + 1) <= n) r0++;
            return r0;
        }
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    /// <summary>Shewchuk's exactly rounded sum (CPython's math_fsum).</summary>
    private static double FSum(PyObject iterable)
    {
        var partials = new System.Collections.Generic.List<double>();
        double specialSum = 0, infSum = 0;
        var it = Ops.GetIter(iterable);
        PyObject? item;
        while ((item = it.Next()) is not null)
        {
            double x = ToDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            if (x != 0.0 && !double.IsFinite(x))
            {
                if (double.IsFinite(xsave)) throw Errors.OverflowError("intermediate overflow in fsum");
                if (double.IsInfinity(xsave)) infSum += xsave;
                specialSum += xsave;
                partials.RemoveRange(i, partials.Count - i);
            }
            else
            {
                partials.RemoveRange(i, partials.Count - i);
                partials.Add(x);
            }
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw Errors.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        double sum = 0;
        int n = partials.Count;
        if (n > 0)
        {
            sum = partials[--n];
            double lo2 = 0;
            while (n > 0)
            {
                double x = sum;
                double y = partials[--n];
                sum = x + y;
                double yr = sum - x;
                lo2 = y - yr;
                if (lo2 != 0.0) break;
            }
            if (n > 0 && ((lo2 < 0.0 && partials[n - 1] < 0.0) || (lo2 > 0.0 && partials[n - 1] > 0.0)))
            {
                double y = lo2 * 2.0;
                double x = sum + y;
                double yr = x - sum;
                if (y == yr) sum = x;
            }
        }
        return sum;
    }
}
