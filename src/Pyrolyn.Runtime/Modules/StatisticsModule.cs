using System;
using System.Collections.Generic;
using System.Numerics;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// The <c>statistics</c> module, following CPython 3.11's Lib/statistics.py step by step: exact
/// sums through fractions (<c>_sum</c>, <c>_ss</c>), the result type from <c>_coerce</c> and the
/// conversion of <c>_convert</c>, so results print the same digits.
/// </summary>
public static class StatisticsModule
{
    public static readonly PyType StatisticsError =
        new("StatisticsError", new[] { ExceptionTypes.ValueError }, "statistics", ExceptionTypes.ValueError.FactoryMethod);

    private static PyModule? s_math;
    private static PyObject MathFn(string name) => (s_math ??= MathModule.Create()).GetAttr(name);

    private static PyException Error(string message) => Errors.New(StatisticsError, message);

    public static PyModule Create()
    {
        var m = new PyModule("statistics");
        var d = m.Dict;
        void F(string name, Func<PyObject[], string[]?, PyObject> f) => d[name] = new PyBuiltinFunction(name, f, "statistics");
        d["StatisticsError"] = StatisticsError;
        F("mean", (a, k) => Mean(One(a, k, "mean", "data")));
        F("fmean", (a, k) =>
        {
            var p = new Args(a, k, "fmean", "data", "weights");
            return FMean(p[0] ?? throw Errors.TypeError("fmean() missing 1 required positional argument: 'data'"), p[1] is PyNone ? null : p[1]);
        });
        F("geometric_mean", (a, k) => GeometricMean(One(a, k, "geometric_mean", "data")));
        F("harmonic_mean", (a, k) =>
        {
            var p = new Args(a, k, "harmonic_mean", "data", "weights");
            return HarmonicMean(p[0] ?? throw Errors.TypeError("harmonic_mean() missing 1 required positional argument: 'data'"), p[1] is PyNone ? null : p[1]);
        });
        F("median", (a, k) => Median(One(a, k, "median", "data"), 0));
        F("median_low", (a, k) => Median(One(a, k, "median_low", "data"), -1));
        F("median_high", (a, k) => Median(One(a, k, "median_high", "data"), 1));
        F("median_grouped", (a, k) =>
        {
            var p = new Args(a, k, "median_grouped", "data", "interval");
            return MedianGrouped(p[0] ?? throw Errors.TypeError("median_grouped() missing 1 required positional argument: 'data'"), p[1] ?? new PyFloat(1.0));
        });
        F("mode", (a, k) => Mode(One(a, k, "mode", "data")));
        F("multimode", (a, k) => MultiMode(One(a, k, "multimode", "data")));
        F("quantiles", (a, k) =>
        {
            int npos = ArgCheck.PositionalCount(a, k);
            if (npos != 1) throw Errors.TypeError($"quantiles() takes 1 positional argument but {npos} were given");
            ArgCheck.OnlyKw(k, "quantiles", "n", "method");
            return Quantiles(a[0], ArgCheck.Kw(a, k, "n") ?? PyInt.From(4), ArgCheck.Kw(a, k, "method") ?? new PyStr("exclusive"));
        });
        F("variance", (a, k) => { var p = new Args(a, k, "variance", "data", "xbar"); return Variance(p[0]!, p[1], true); });
        F("pvariance", (a, k) => { var p = new Args(a, k, "pvariance", "data", "mu"); return Variance(p[0]!, p[1], false); });
        F("stdev", (a, k) => { var p = new Args(a, k, "stdev", "data", "xbar"); return Stdev(p[0]!, p[1], true); });
        F("pstdev", (a, k) => { var p = new Args(a, k, "pstdev", "data", "mu"); return Stdev(p[0]!, p[1], false); });
        F("covariance", (a, k) => { ArgCheck.Range(a, k, "covariance", 2, 2); return Covariance(a[0], a[1]); });
        F("correlation", (a, k) => { ArgCheck.Range(a, k, "correlation", 2, 2); return Correlation(a[0], a[1]); });
        F("linear_regression", (a, k) =>
        {
            int npos = ArgCheck.PositionalCount(a, k);
            if (npos != 2) throw Errors.TypeError($"linear_regression() takes 2 positional arguments but {npos} were given");
            ArgCheck.OnlyKw(k, "linear_regression", "proportional");
            var prop = ArgCheck.Kw(a, k, "proportional");
            return LinearRegression(a[0], a[1], prop is not null && Ops.IsTrue(prop));
        });
        d["LinearRegression"] = LinearRegressionType;
        return m;
    }

    private static PyObject One(PyObject[] a, string[]? k, string func, string name)
    {
        var p = new Args(a, k, func, name);
        return p[0] ?? throw Errors.TypeError($"{func}() missing 1 required positional argument: '{name}'");
    }

    private static List<PyObject> ToList(PyObject data)
    {
        var list = new List<PyObject>();
        var it = Ops.GetIter(data);
        PyObject? x;
        while ((x = it.Next()) is not null) list.Add(x);
        return list;
    }

    private static PyList Sorted(PyObject data) => (PyList)Builtins.Sorted(data);

    // ---- exact sums --------------------------------------------------------------------------

    /// <summary>_exact_ratio: (n, d) or (x, null) for a non-finite value.</summary>
    private static (PyObject n, BigInteger? d) ExactRatio(PyObject x)
    {
        switch (x)
        {
            case PyInt i: return (PyInt.From(i.ToBigInteger()), BigInteger.One);
            case PyFloat f:
                if (!double.IsFinite(f.Value)) return (x, null);
                { var (n, d) = PyFraction.DoubleRatio(f.Value); return (PyInt.From(n), d); }
            case PyFraction fr: return (PyInt.From(fr.Num), fr.Den);
            case PyDecimal dec:
                if (dec.IsSpecial) return (x, null);
                { var (n, d) = dec.IntegerRatio(); return (PyInt.From(n), d); }
        }
        if (x.Type.Lookup("as_integer_ratio") is not null)
        {
            var r = Ops.ToArray(x.CallMethod("as_integer_ratio", Array.Empty<PyObject>()));
            return (r[0], ((PyInt)r[1]).ToBigInteger());
        }
        try
        {
            var n = x.GetAttr("numerator");
            var d = x.GetAttr("denominator");
            return (n, ((PyInt)d).ToBigInteger());
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            throw Errors.TypeError($"can't convert type '{x.Type.Name}' to numerator/denominator");
        }
    }

    private static PyType Coerce(PyType t, PyType s)
    {
        if (ReferenceEquals(t, s)) return t;
        if (ReferenceEquals(s, BuiltinTypes.Int) || ReferenceEquals(s, BuiltinTypes.Bool)) return t;
        if (ReferenceEquals(t, BuiltinTypes.Int)) return s;
        if (s.IsSubtypeOf(t)) return s;
        if (t.IsSubtypeOf(s)) return t;
        if (t.IsSubtypeOf(BuiltinTypes.Int)) return s;
        if (s.IsSubtypeOf(BuiltinTypes.Int)) return t;
        if (t.IsSubtypeOf(PyFraction.FractionType) && s.IsSubtypeOf(BuiltinTypes.Float)) return s;
        if (t.IsSubtypeOf(BuiltinTypes.Float) && s.IsSubtypeOf(PyFraction.FractionType)) return t;
        throw Errors.TypeError($"don't know how to coerce {t.Name} and {s.Name}");
    }

    private static PyType ResultType(List<PyType> types)
    {
        PyType t = BuiltinTypes.Int;
        foreach (var s in types) t = Coerce(t, s);
        return t;
    }

    private static void AddType(List<PyType> types, PyObject x)
    {
        if (!types.Contains(x.Type)) types.Add(x.Type);
    }

    /// <summary>_sum: (T, total, count).</summary>
    private static (PyType T, PyObject total, int count) Sum(IEnumerable<PyObject> data)
    {
        int count = 0;
        var types = new List<PyType>();
        var partials = new Dictionary<BigInteger, PyObject>();
        var order = new List<BigInteger>();
        PyObject? nonFinite = null;
        foreach (var x in data)
        {
            AddType(types, x);
            var (n, d) = ExactRatio(x);
            count++;
            if (d is null) nonFinite = Ops.Add(nonFinite ?? PyInt.Zero, n);
            else if (partials.TryGetValue(d.Value, out var acc)) partials[d.Value] = Ops.Add(acc, n);
            else { partials[d.Value] = Ops.Add(PyInt.Zero, n); order.Add(d.Value); }
        }
        PyObject total;
        if (nonFinite is not null) total = nonFinite;
        else
        {
            total = PyInt.Zero;
            foreach (var d in order)
                total = Ops.Add(total, PyFraction.Make(((PyInt)partials[d]).ToBigInteger(), d));
        }
        return (ResultType(types), total, count);
    }

    /// <summary>_ss: (T, sum of squared deviations, mean, count).</summary>
    private static (PyType T, PyObject ss, PyObject c, int count) SumSquares(PyObject data, PyObject? c)
    {
        if (c is not null && c is not PyNone)
        {
            var devs = new List<PyObject>();
            foreach (var x in ToList(data))
            {
                var dx = Ops.Sub(x, c);
                devs.Add(Ops.Mul(dx, dx));
            }
            var (t, ssd, cnt) = Sum(devs);
            return (t, ssd, c, cnt);
        }
        int count = 0;
        var types = new List<PyType>();
        var sx = new Dictionary<BigInteger, BigInteger>();
        var sxx = new Dictionary<BigInteger, BigInteger>();
        PyObject? sxNone = null;
        foreach (var x in ToList(data))
        {
            AddType(types, x);
            var (n, d) = ExactRatio(x);
            count++;
            if (d is null)
            {
                sxNone = Ops.Add(sxNone ?? PyInt.Zero, n);
                continue;
            }
            var nb = ((PyInt)n).ToBigInteger();
            sx[d.Value] = (sx.TryGetValue(d.Value, out var a) ? a : 0) + nb;
            sxx[d.Value] = (sxx.TryGetValue(d.Value, out var b) ? b : 0) + nb * nb;
        }
        PyObject ss, mean;
        if (count == 0)
            ss = mean = new PyFraction(0, 1);
        else if (sxNone is not null)
            ss = mean = sxNone;
        else
        {
            PyObject sum = PyInt.Zero, sumsq = PyInt.Zero;
            foreach (var (d, n) in sx) sum = Ops.Add(sum, PyFraction.Make(n, d));
            foreach (var (d, n) in sxx) sumsq = Ops.Add(sumsq, PyFraction.Make(n, d * d));
            var cnt = PyInt.From(count);
            ss = Ops.TrueDiv(Ops.Sub(Ops.Mul(cnt, sumsq), Ops.Mul(sum, sum)), cnt);
            mean = Ops.TrueDiv(sum, cnt);
        }
        return (ResultType(types), ss, mean, count);
    }

    /// <summary>_convert(value, T).</summary>
    private static PyObject Convert(PyObject value, PyType t)
    {
        if (ReferenceEquals(value.Type, t)) return value;
        if (t.IsSubtypeOf(BuiltinTypes.Int) && value is PyFraction f0 && !f0.Den.IsOne)
            t = BuiltinTypes.Float;
        if (t.IsSubtypeOf(PyDecimal.DecimalType) && value is PyFraction f)
        {
            var ctx = PyDecimalContext.Current;
            return PyDecimal.Divide(PyDecimal.FromBig(f.Num), PyDecimal.FromBig(f.Den), ctx);
        }
        return t.Call(new[] { value });
    }

    // ---- averages ------------------------------------------------------------------------------

    public static PyObject Mean(PyObject data)
    {
        var (t, total, n) = Sum(ToList(data));
        if (n < 1) throw Error("mean requires at least one data point");
        return Convert(Ops.TrueDiv(total, PyInt.From(n)), t);
    }

    public static PyObject FMean(PyObject data, PyObject? weights)
    {
        var items = ToList(data);
        int n = items.Count;
        if (weights is null)
        {
            var total = MathFn("fsum").Call(new PyObject[] { new PyList(items.ToArray()) });
            if (n == 0) throw Error("fmean requires at least one data point");
            return Ops.TrueDiv(total, PyInt.From(n));
        }
        var ws = ToList(weights);
        var prods = new List<PyObject>();
        for (int i = 0; i < Math.Min(n, ws.Count); i++) prods.Add(Ops.Mul(items[i], ws[i]));
        var num = MathFn("fsum").Call(new PyObject[] { new PyList(prods.ToArray()) });
        if (n != ws.Count) throw Error("data and weights must be the same length");
        var den = MathFn("fsum").Call(new PyObject[] { new PyList(ws.ToArray()) });
        if (!Ops.IsTrue(den)) throw Error("sum of weights must be non-zero");
        return Ops.TrueDiv(num, den);
    }

    public static PyObject GeometricMean(PyObject data)
    {
        try
        {
            var log = MathFn("log");
            var logs = new List<PyObject>();
            foreach (var x in ToList(data)) logs.Add(log.Call(new[] { x }));
            var fm = FMean(new PyList(logs.ToArray()), null);
            return MathFn("exp").Call(new[] { fm });
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.ValueError))
        {
            throw Error("geometric mean requires a non-empty dataset containing positive numbers");
        }
    }

    private static bool IsReal(PyObject x) => x is PyInt or PyFloat or PyFraction or PyDecimal;

    public static PyObject HarmonicMean(PyObject data, PyObject? weights)
    {
        const string errmsg = "harmonic mean does not support negative values";
        var items = ToList(data);
        int n = items.Count;
        if (n < 1) throw Error("harmonic_mean requires at least one data point");
        if (n == 1 && weights is null)
        {
            var x = items[0];
            if (IsReal(x))
            {
                if (Ops.CompareBool(x, PyInt.Zero, CompareOp.Lt)) throw Error(errmsg);
                return x;
            }
            throw Errors.TypeError("unsupported type");
        }
        List<PyObject> ws;
        PyObject sumWeights;
        if (weights is null)
        {
            ws = new List<PyObject>();
            for (int i = 0; i < n; i++) ws.Add(PyInt.One);
            sumWeights = PyInt.From(n);
        }
        else
        {
            ws = ToList(weights);
            if (ws.Count != n) throw Error("Number of weights does not match data size");
            foreach (var w in ws)
                if (Ops.CompareBool(w, PyInt.Zero, CompareOp.Lt)) throw Error(errmsg);
            sumWeights = Sum(ws).total;
        }
        var terms = new List<PyObject>();
        try
        {
            for (int i = 0; i < n; i++)
            {
                var x = items[i];
                if (Ops.CompareBool(x, PyInt.Zero, CompareOp.Lt)) throw Error(errmsg);
                var w = ws[i];
                terms.Add(Ops.IsTrue(w) ? Ops.TrueDiv(w, x) : PyInt.Zero);
            }
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.ZeroDivisionError))
        {
            return PyInt.Zero;
        }
        var (t, total, _) = Sum(terms);
        if (Ops.CompareBool(total, PyInt.Zero, CompareOp.Le)) throw Error("Weighted sum must be positive");
        return Convert(Ops.TrueDiv(sumWeights, total), t);
    }

    public static PyObject Median(PyObject data, int which)
    {
        var s = Sorted(data);
        int n = s.Count;
        if (n == 0) throw Error("no median for empty data");
        if (which > 0) return s[n / 2];
        if (n % 2 == 1) return s[n / 2];
        if (which < 0) return s[n / 2 - 1];
        int i = n / 2;
        return Ops.TrueDiv(Ops.Add(s[i - 1], s[i]), PyInt.From(2));
    }

    public static PyObject MedianGrouped(PyObject data, PyObject interval)
    {
        var s = Sorted(data);
        int n = s.Count;
        if (n == 0) throw Error("no median for empty data");
        var x = s[n / 2];
        int i = 0;
        while (i < n && Ops.CompareBool(s[i], x, CompareOp.Lt)) i++;
        int j = i;
        while (j < n && !Ops.CompareBool(x, s[j], CompareOp.Lt)) j++;
        double iv, xv;
        try
        {
            iv = PyFloat.FromObject(interval).Value;
            xv = PyFloat.FromObject(x).Value;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.ValueError))
        {
            throw Errors.TypeError("Value cannot be converted to a float");
        }
        double L = xv - iv / 2.0;
        int cf = i, f = j - i;
        return new PyFloat(L + iv * (n / 2.0 - cf) / f);
    }

    private static List<(PyObject key, int count)> Count(PyObject data)
    {
        var d = new PyDict();
        var keys = new List<PyObject>();
        var it = Ops.GetIter(data);
        PyObject? x;
        while ((x = it.Next()) is not null)
        {
            if (d.TryGetValue(x, out var c)) d.SetItem(x, PyInt.From(((PyInt)c).Small + 1));
            else { d.SetItem(x, PyInt.One); keys.Add(x); }
        }
        var result = new List<(PyObject, int)>();
        foreach (var k in keys) { d.TryGetValue(k, out var c); result.Add((k, (int)((PyInt)c).Small)); }
        return result;
    }

    public static PyObject Mode(PyObject data)
    {
        var counts = Count(data);
        if (counts.Count == 0) throw Error("no mode for empty data");
        var best = counts[0];
        foreach (var c in counts) if (c.count > best.count) best = c;
        return best.key;
    }

    public static PyObject MultiMode(PyObject data)
    {
        var counts = Count(data);
        var result = new List<PyObject>();
        if (counts.Count == 0) return new PyList();
        int max = 0;
        foreach (var c in counts) max = Math.Max(max, c.count);
        foreach (var c in counts) if (c.count == max) result.Add(c.key);
        return new PyList(result.ToArray());
    }

    public static PyObject Quantiles(PyObject data, PyObject nObj, PyObject method)
    {
        if (Ops.CompareBool(nObj, PyInt.One, CompareOp.Lt)) throw Error("n must be at least 1");
        var s = Sorted(data);
        int ld = s.Count;
        if (ld < 2) throw Error("must have at least two data points");
        int n = (int)ArgCheck.ToLong(nObj);
        var result = new List<PyObject>();
        var nn = PyInt.From(n);
        if (method is PyStr ms && ms.Value == "inclusive")
        {
            long m = ld - 1;
            for (int i = 1; i < n; i++)
            {
                long j = i * m / n, delta = i * m % n;
                var v = Ops.TrueDiv(Ops.Add(Ops.Mul(s[(int)j], PyInt.From(n - delta)), Ops.Mul(s[(int)j + 1], PyInt.From(delta))), nn);
                result.Add(v);
            }
            return new PyList(result.ToArray());
        }
        if (method is PyStr me && me.Value == "exclusive")
        {
            long m = ld + 1;
            for (int i = 1; i < n; i++)
            {
                long j = i * m / n;
                j = j < 1 ? 1 : j > ld - 1 ? ld - 1 : j;
                long delta = i * m - j * n;
                var v = Ops.TrueDiv(Ops.Add(Ops.Mul(s[(int)j - 1], PyInt.From(n - delta)), Ops.Mul(s[(int)j], PyInt.From(delta))), nn);
                result.Add(v);
            }
            return new PyList(result.ToArray());
        }
        throw Errors.ValueError($"Unknown method: {Ops.Repr(method)}");
    }

    // ---- spread -------------------------------------------------------------------------------

    public static PyObject Variance(PyObject data, PyObject? center, bool sample)
    {
        var (t, ss, _, n) = SumSquares(data, center);
        if (sample)
        {
            if (n < 2) throw Error("variance requires at least two data points");
            return Convert(Ops.TrueDiv(ss, PyInt.From(n - 1)), t);
        }
        if (n < 1) throw Error("pvariance requires at least one data point");
        return Convert(Ops.TrueDiv(ss, PyInt.From(n)), t);
    }

    public static PyObject Stdev(PyObject data, PyObject? center, bool sample)
    {
        var (t, ss, _, n) = SumSquares(data, center);
        if (sample && n < 2) throw Error("stdev requires at least two data points");
        if (!sample && n < 1) throw Error("pstdev requires at least one data point");
        var mss = Ops.TrueDiv(ss, PyInt.From(sample ? n - 1 : n));
        var num = ((PyInt)mss.GetAttr("numerator")).ToBigInteger();
        var den = ((PyInt)mss.GetAttr("denominator")).ToBigInteger();
        if (t.IsSubtypeOf(PyDecimal.DecimalType)) return DecimalSqrtOfFrac(num, den);
        return new PyFloat(FloatSqrtOfFrac(num, den));
    }

    private static BigInteger ISqrt(BigInteger n)
    {
        if (n < 2) return n;
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    private static BigInteger SqrtOfFracRto(BigInteger n, BigInteger m)
    {
        var a = ISqrt(PyInt.BigFloorDiv(n, m));
        return a * a * m != n ? a | 1 : a;
    }

    private static double FloatSqrtOfFrac(BigInteger n, BigInteger m)
    {
        const int sqrtBitWidth = 2 * 53 + 3;
        long diff = (n.IsZero ? 0 : (long)n.GetBitLength()) - (long)m.GetBitLength() - sqrtBitWidth;
        long q = diff >= 0 ? diff / 2 : -((-diff + 1) / 2);
        BigInteger numerator, denominator;
        if (q >= 0)
        {
            numerator = SqrtOfFracRto(n, m << (int)(2 * q)) << (int)q;
            denominator = 1;
        }
        else
        {
            numerator = SqrtOfFracRto(n << (int)(-2 * q), m);
            denominator = BigInteger.One << (int)-q;
        }
        return PyInt.BigTrueDivide(numerator, denominator);
    }

    private static PyObject DecimalSqrtOfFrac(BigInteger n, BigInteger m)
    {
        var ctx = PyDecimalContext.Current;
        if (n.Sign <= 0)
        {
            if (n.IsZero) return new PyDecimal(0, BigInteger.Zero, -1);
            n = -n; m = -m;
        }
        var root = PyDecimal.Sqrt(PyDecimal.Divide(PyDecimal.FromBig(n), PyDecimal.FromBig(m), ctx), ctx);
        var (nr, dr) = root.IntegerRatio();
        var plus = PyDecimal.NextToward(root, ctx, true);
        var (np, dp) = plus.IntegerRatio();
        if (4 * n * BigInteger.Pow(dr * dp, 2) > m * BigInteger.Pow(dr * np + dp * nr, 2)) return plus;
        var minus = PyDecimal.NextToward(root, ctx, false);
        var (nm, dm) = minus.IntegerRatio();
        if (4 * n * BigInteger.Pow(dr * dm, 2) < m * BigInteger.Pow(dr * nm + dm * nr, 2)) return minus;
        return root;
    }

    // ---- relations ----------------------------------------------------------------------------

    private static PyObject Covariance(PyObject x, PyObject y)
    {
        var xs = ToList(x); var ys = ToList(y);
        int n = xs.Count;
        if (ys.Count != n) throw Error("covariance requires that both inputs have same number of data points");
        if (n < 2) throw Error("covariance requires at least two data points");
        var fsum = MathFn("fsum");
        double xbar = ((PyFloat)fsum.Call(new PyObject[] { new PyList(xs.ToArray()) })).Value / n;
        double ybar = ((PyFloat)fsum.Call(new PyObject[] { new PyList(ys.ToArray()) })).Value / n;
        var prods = new PyObject[n];
        for (int i = 0; i < n; i++)
            prods[i] = new PyFloat((MathModule.ToDouble(xs[i]) - xbar) * (MathModule.ToDouble(ys[i]) - ybar));
        double sxy = ((PyFloat)fsum.Call(new PyObject[] { new PyList(prods) })).Value;
        return new PyFloat(sxy / (n - 1));
    }

    private static PyObject? s_linearRegression;
    private static PyObject LinearRegressionType =>
        s_linearRegression ??= NamedTupleClass.Create(new PyObject[] { new PyStr("LinearRegression"), new PyTuple(new PyObject[] { new PyStr("slope"), new PyStr("intercept") }) }, null);

    private static double FSum(IEnumerable<double> xs)
    {
        var items = new List<PyObject>();
        foreach (var x in xs) items.Add(new PyFloat(x));
        return ((PyFloat)MathFn("fsum").Call(new PyObject[] { new PyList(items.ToArray()) })).Value;
    }

    private static PyObject LinearRegression(PyObject x, PyObject y, bool proportional)
    {
        var xs = ToList(x); var ys = ToList(y);
        int n = xs.Count;
        if (ys.Count != n) throw Error("linear regression requires that both inputs have same number of data points");
        if (n < 2) throw Error("linear regression requires at least two data points");
        var xd = new double[n]; var yd = new double[n];
        for (int i = 0; i < n; i++) { xd[i] = MathModule.ToDouble(xs[i]); yd[i] = MathModule.ToDouble(ys[i]); }
        double sxy, sxx, xbar = 0, ybar = 0;
        if (proportional)
        {
            var pxy = new PyObject[n]; var pxx = new PyObject[n];
            for (int i = 0; i < n; i++) { pxy[i] = Ops.Mul(xs[i], ys[i]); pxx[i] = Ops.Mul(xs[i], xs[i]); }
            sxy = ((PyFloat)MathFn("fsum").Call(new PyObject[] { new PyList(pxy) })).Value;
            sxx = ((PyFloat)MathFn("fsum").Call(new PyObject[] { new PyList(pxx) })).Value;
        }
        else
        {
            xbar = FSum(xd) / n; ybar = FSum(yd) / n;
            var pxy = new double[n]; var pxx = new double[n];
            for (int i = 0; i < n; i++) { double dx = xd[i] - xbar; pxy[i] = dx * (yd[i] - ybar); pxx[i] = dx * dx; }
            sxy = FSum(pxy); sxx = FSum(pxx);
        }
        if (sxx == 0) throw Error("x is constant");
        double slope = sxy / sxx;
        double intercept = proportional ? 0.0 : ybar - slope * xbar;
        return LinearRegressionType.Call(new PyObject[] { new PyFloat(slope), new PyFloat(intercept) });
    }

    private static PyObject Correlation(PyObject x, PyObject y)
    {
        var xs = ToList(x); var ys = ToList(y);
        int n = xs.Count;
        if (ys.Count != n) throw Error("correlation requires that both inputs have same number of data points");
        if (n < 2) throw Error("correlation requires at least two data points");
        var fsum = MathFn("fsum");
        double xbar = ((PyFloat)fsum.Call(new PyObject[] { new PyList(xs.ToArray()) })).Value / n;
        double ybar = ((PyFloat)fsum.Call(new PyObject[] { new PyList(ys.ToArray()) })).Value / n;
        var pxy = new PyObject[n]; var pxx = new PyObject[n]; var pyy = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            double dx = MathModule.ToDouble(xs[i]) - xbar, dy = MathModule.ToDouble(ys[i]) - ybar;
            pxy[i] = new PyFloat(dx * dy); pxx[i] = new PyFloat(dx * dx); pyy[i] = new PyFloat(dy * dy);
        }
        double sxy = ((PyFloat)fsum.Call(new PyObject[] { new PyList(pxy) })).Value;
        double sxx = ((PyFloat)fsum.Call(new PyObject[] { new PyList(pxx) })).Value;
        double syy = ((PyFloat)fsum.Call(new PyObject[] { new PyList(pyy) })).Value;
        try
        {
            if (sxx == 0 || syy == 0) throw Errors.ZeroDivisionError("float division by zero");
            return new PyFloat(sxy / Math.Sqrt(sxx * syy));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.ZeroDivisionError))
        {
            throw Error("at least one of the inputs is constant");
        }
    }
}
