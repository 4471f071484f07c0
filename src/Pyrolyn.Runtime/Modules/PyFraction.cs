using System;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// <c>fractions.Fraction</c>: an exact rational on BigInteger, following CPython 3.11's
/// Lib/fractions.py operation by operation (gcd shortcuts, operator fallbacks to float and
/// complex, hashing compatible with int and float, messages of its errors).
/// </summary>
public sealed class PyFraction : PyObject
{
    public static readonly PyType FractionType = MakeType();

    public PyFraction(BigInteger num, BigInteger den) { Num = num; Den = den; }

    public BigInteger Num { get; }
    public BigInteger Den { get; }
    public override PyType Type => FractionType;

    private static readonly Regex s_format = new(@"
        \A\s*
        (?<sign>[-+]?)
        (?=\d|\.\d)
        (?<num>\d*|\d+(_\d+)*)
        (?:
           (?:/(?<denom>\d+(_\d+)*))?
        |
           (?:\.(?<decimal>d*|\d+(_\d+)*))?
           (?:E(?<exp>[-+]?\d+(_\d+)*))?
        )
        \s*\z", RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static PyType MakeType()
    {
        var t = new PyType("Fraction", new[] { BuiltinTypes.Object }, "fractions", Construct);
        BuiltinAttr.Register(t, Dispatch,
            "as_integer_ratio", "limit_denominator", "conjugate", "__round__", "__floor__", "__ceil__", "__trunc__",
            "__int__", "__float__", "__abs__", "__neg__", "__pos__", "__divmod__", "__rdivmod__", "__copy__",
            "__deepcopy__", "__repr__", "__str__", "__hash__", "__bool__", "__reduce__");
        t.Dict["from_float"] = new PyBuiltinFunction("from_float", (a, k) => FromFloat(ArgCheck.One(a, k, "from_float")), "fractions");
        t.Dict["from_decimal"] = new PyBuiltinFunction("from_decimal", (a, k) => FromDecimal(ArgCheck.One(a, k, "from_decimal")), "fractions");
        return t;
    }

    // ---- construction ------------------------------------------------------------------------

    /// <summary>Fraction(n, d) with CPython's zero check and normalisation.</summary>
    public static PyFraction Make(BigInteger n, BigInteger d)
    {
        if (d.IsZero)
            throw Errors.ZeroDivisionError($"Fraction({n}, 0)");
        var g = BigInteger.GreatestCommonDivisor(n, d);
        if (d.Sign < 0) g = -g;
        if (!g.IsOne)
        {
            n /= g;
            d /= g;
        }
        return new PyFraction(n, d);
    }

    /// <summary>Fraction(n, d, _normalize=False).</summary>
    private static PyFraction Raw(BigInteger n, BigInteger d)
    {
        if (d.IsZero)
            throw Errors.ZeroDivisionError($"Fraction({n}, 0)");
        return new PyFraction(n, d);
    }

    /// <summary>The exact (numerator, denominator) of a finite double.</summary>
    public static (BigInteger, BigInteger) DoubleRatio(double v)
    {
        if (double.IsInfinity(v)) throw Errors.OverflowError("cannot convert Infinity to integer ratio");
        if (double.IsNaN(v)) throw Errors.ValueError("cannot convert NaN to integer ratio");
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(v));
        int be = (int)((bits >> 52) & 0x7FF);
        long m = bits & 0xFFFFFFFFFFFFFL;
        if (be == 0) be = 1; else m |= 1L << 52;
        int e = be - 1075;
        if (m == 0) return (BigInteger.Zero, BigInteger.One);
        int tz = System.Numerics.BitOperations.TrailingZeroCount(m);
        m >>= tz;
        e += tz;
        BigInteger num = m, den = 1;
        if (e >= 0) num <<= e; else den <<= -e;
        if (v < 0) num = -num;
        return (num, den);
    }

    /// <summary>int or Fraction (numbers.Rational as far as the runtime knows).</summary>
    public static bool TryRational(PyObject o, out BigInteger n, out BigInteger d)
    {
        switch (o)
        {
            case PyInt i: n = i.ToBigInteger(); d = BigInteger.One; return true;
            case PyFraction f: n = f.Num; d = f.Den; return true;
        }
        n = d = default;
        return false;
    }

    private static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        var p = new Args(args, kwnames, "Fraction", "numerator", "denominator");
        var numerator = p[0] ?? PyInt.Zero;
        var denominator = p[1];
        if (denominator is null || denominator is PyNone)
        {
            switch (numerator)
            {
                case PyInt i: return new PyFraction(i.ToBigInteger(), BigInteger.One);
                case PyFraction f: return new PyFraction(f.Num, f.Den);
                case PyFloat fl: { var (n, d) = DoubleRatio(fl.Value); return new PyFraction(n, d); }
                case PyDecimal dec: { var (n, d) = dec.IntegerRatio(); return new PyFraction(n, d); }
                case PyStr s: return Parse(s.Value);
            }
            throw Errors.TypeError("argument should be a string or a Rational instance");
        }
        if (TryRational(numerator, out var n1, out var d1) && TryRational(denominator, out var n2, out var d2))
            return Make(n1 * d2, n2 * d1);
        throw Errors.TypeError("both arguments should be Rational instances");
    }

    private static PyFraction Parse(string text)
    {
        var m = s_format.Match(text);
        if (!m.Success)
            throw Errors.ValueError($"Invalid literal for Fraction: {PyStr.ReprOf(text)}");
        BigInteger numerator = ParseDigits(m.Groups["num"].Value);
        BigInteger denominator;
        var denom = m.Groups["denom"];
        if (denom.Success && denom.Value.Length > 0)
            denominator = ParseDigits(denom.Value);
        else
        {
            denominator = 1;
            var dec = m.Groups["decimal"];
            if (dec.Success && dec.Value.Length > 0)
            {
                string digits = dec.Value.Replace("_", "");
                var scale = BigInteger.Pow(10, digits.Length);
                numerator = numerator * scale + ParseDigits(digits);
                denominator *= scale;
            }
            var exp = m.Groups["exp"];
            if (exp.Success && exp.Value.Length > 0)
            {
                int e = int.Parse(exp.Value.Replace("_", ""), System.Globalization.CultureInfo.InvariantCulture);
                if (e >= 0) numerator *= BigInteger.Pow(10, e);
                else denominator *= BigInteger.Pow(10, -e);
            }
        }
        if (m.Groups["sign"].Value == "-")
            numerator = -numerator;
        return Make(numerator, denominator);
    }

    private static BigInteger ParseDigits(string s)
    {
        s = s.Replace("_", "");
        if (s.Length == 0) return BigInteger.Zero;
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (char c in s) sb.Append((char)('0' + (int)char.GetNumericValue(c)));
        return BigInteger.Parse(sb.ToString(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static PyObject FromFloat(PyObject f)
    {
        if (f is PyInt i) return new PyFraction(i.ToBigInteger(), BigInteger.One);
        if (f is not PyFloat fl)
            throw Errors.TypeError($"Fraction.from_float() only takes floats, not {Ops.Repr(f)} ({f.Type.Name})");
        var (n, d) = DoubleRatio(fl.Value);
        return Make(n, d);
    }

    public static PyObject FromDecimal(PyObject dec)
    {
        if (dec is PyInt i) return new PyFraction(i.ToBigInteger(), BigInteger.One);
        if (dec is not PyDecimal d)
            throw Errors.TypeError($"Fraction.from_decimal() only takes Decimals, not {Ops.Repr(dec)} ({dec.Type.Name})");
        var (n, dd) = d.IntegerRatio();
        return Make(n, dd);
    }

    // ---- text, truth, hash ---------------------------------------------------------------------

    public override string Repr() => $"{Type.Name}({Num}, {Den})";
    public override string Str() => Den.IsOne ? Num.ToString() : $"{Num}/{Den}";
    public override bool IsTrue() => !Num.IsZero;

    public override long Hash()
    {
        var mod = (BigInteger)NumericHash.Modulus;
        long h;
        if ((Den % mod).IsZero)
            h = NumericHash.Inf;
        else
        {
            var dinv = BigInteger.ModPow(Den, mod - 2, mod);
            var hn = (BigInteger)NumericHash.Of(BigInteger.Abs(Num));
            h = NumericHash.Of(hn * dinv);
        }
        long result = Num.Sign >= 0 ? h : -h;
        return result == -1 ? -2 : result;
    }

    public double ToDouble() => PyInt.BigTrueDivide(Num, Den);

    public override string Format(string spec) => spec.Length == 0 ? Str() : Formatting.DefaultFormat(this, spec);

    // ---- comparison ----------------------------------------------------------------------------

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (op is CompareOp.Eq or CompareOp.Ne)
        {
            bool? eq = Equal(other);
            if (eq is null) return null;
            return PyBool.From(op == CompareOp.Eq ? eq.Value : !eq.Value);
        }
        if (TryRational(other, out var n, out var d))
            return PyBool.From(PyInt.CompareResult((Num * d).CompareTo(Den * n), op));
        if (other is PyFloat f)
        {
            if (!double.IsFinite(f.Value))
                return PyBool.From(PyFloat.CompareDoubles(0.0, f.Value, op));
            var (fn, fd) = DoubleRatio(f.Value);
            return PyBool.From(PyInt.CompareResult((Num * fd).CompareTo(Den * fn), op));
        }
        return null;
    }

    private bool? Equal(PyObject other)
    {
        if (TryRational(other, out var n, out var d))
            return Num == n && Den == d;
        double v;
        if (other is PyComplex c)
        {
            if (c.Imag != 0) return false;
            v = c.Real;
        }
        else if (other is PyFloat f) v = f.Value;
        else return null;
        if (!double.IsFinite(v)) return false;
        var (fn, fd) = DoubleRatio(v);
        return Num == fn && Den == fd;
    }

    // ---- arithmetic ----------------------------------------------------------------------------

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        if (op == Runtime.BinaryOp.Pow) return PowForward(other);
        if (!IsFractionOp(op)) return null;
        if (TryRational(other, out var n, out var d)) return Mono(op, Num, Den, n, d);
        if (other is PyFloat) return Ops.Binary(op, new PyFloat(ToDouble()), other);
        if (other is PyComplex) return Ops.Binary(op, new PyComplex(ToDouble(), 0), other);
        return null;
    }

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other)
    {
        if (op == Runtime.BinaryOp.Pow) return PowReflected(other);
        if (!IsFractionOp(op)) return null;
        if (TryRational(other, out var n, out var d)) return Mono(op, n, d, Num, Den);
        if (other is PyFloat f) return Ops.Binary(op, f, new PyFloat(ToDouble()));
        if (other is PyComplex c) return Ops.Binary(op, c, new PyComplex(ToDouble(), 0));
        return null;
    }

    private static bool IsFractionOp(BinaryOp op) => op is Runtime.BinaryOp.Add or Runtime.BinaryOp.Sub or Runtime.BinaryOp.Mul
        or Runtime.BinaryOp.TrueDiv or Runtime.BinaryOp.FloorDiv or Runtime.BinaryOp.Mod;

    private static PyObject Mono(BinaryOp op, BigInteger na, BigInteger da, BigInteger nb, BigInteger db)
    {
        switch (op)
        {
            case Runtime.BinaryOp.Add:
            case Runtime.BinaryOp.Sub:
            {
                bool add = op == Runtime.BinaryOp.Add;
                var g = BigInteger.GreatestCommonDivisor(da, db);
                if (g.IsOne)
                    return Raw(add ? na * db + da * nb : na * db - da * nb, da * db);
                var s = da / g;
                var t = add ? na * (db / g) + nb * s : na * (db / g) - nb * s;
                var g2 = BigInteger.GreatestCommonDivisor(t, g);
                if (g2.IsOne) return Raw(t, s * db);
                return Raw(t / g2, s * (db / g2));
            }
            case Runtime.BinaryOp.Mul:
            {
                var g1 = BigInteger.GreatestCommonDivisor(na, db);
                if (g1 > 1) { na /= g1; db /= g1; }
                var g2 = BigInteger.GreatestCommonDivisor(nb, da);
                if (g2 > 1) { nb /= g2; da /= g2; }
                return Raw(na * nb, db * da);
            }
            case Runtime.BinaryOp.TrueDiv:
            {
                var g1 = BigInteger.GreatestCommonDivisor(na, nb);
                if (g1 > 1) { na /= g1; nb /= g1; }
                var g2 = BigInteger.GreatestCommonDivisor(db, da);
                if (g2 > 1) { da /= g2; db /= g2; }
                BigInteger n = na * db, d = nb * da;
                if (d.Sign < 0) { n = -n; d = -d; }
                return Raw(n, d);
            }
            case Runtime.BinaryOp.FloorDiv:
                return PyInt.FloorDiv(PyInt.From(na * db), PyInt.From(da * nb));
            case Runtime.BinaryOp.Mod:
            {
                var r = PyInt.Mod(PyInt.From(na * db), PyInt.From(nb * da));
                return Make(r.ToBigInteger(), da * db);
            }
        }
        throw new InvalidOperationException();
    }

    private static PyObject DivModCore(BigInteger na, BigInteger da, BigInteger nb, BigInteger db)
    {
        var x = PyInt.From(na * db);
        var y = PyInt.From(da * nb);
        var q = PyInt.FloorDiv(x, y);
        var r = PyInt.Mod(x, y);
        return new PyTuple(new PyObject[] { q, Make(r.ToBigInteger(), da * db) });
    }

    private PyObject DivModForward(PyObject b)
    {
        if (TryRational(b, out var n, out var d)) return DivModCore(Num, Den, n, d);
        if (b is PyFloat) return Builtins.DivMod(new PyFloat(ToDouble()), b);
        if (b is PyComplex) return Builtins.DivMod(new PyComplex(ToDouble(), 0), b);
        return Ops.NotImplemented;
    }

    private PyObject DivModReflected(PyObject a)
    {
        if (TryRational(a, out var n, out var d)) return DivModCore(n, d, Num, Den);
        if (a is PyFloat) return Builtins.DivMod(a, new PyFloat(ToDouble()));
        if (a is PyComplex) return Builtins.DivMod(a, new PyComplex(ToDouble(), 0));
        return Ops.NotImplemented;
    }

    private PyObject? PowForward(PyObject b)
    {
        if (TryRational(b, out var bn, out var bd))
        {
            if (bd.IsOne)
                return IntPower(Num, Den, bn);
            return Ops.Pow(new PyFloat(ToDouble()), new PyFloat(PyInt.BigTrueDivide(bn, bd)));
        }
        if (b is PyFloat or PyComplex)
            return Ops.Pow(new PyFloat(ToDouble()), b);
        return null;
    }

    private static PyObject IntPower(BigInteger num, BigInteger den, BigInteger power)
    {
        if (power > int.MaxValue || power < -int.MaxValue)
            throw Errors.OverflowError("exponent too large");
        int p = (int)power;
        if (p >= 0)
            return Raw(BigInteger.Pow(num, p), BigInteger.Pow(den, p));
        if (num.Sign >= 0)
            return Raw(BigInteger.Pow(den, -p), BigInteger.Pow(num, -p));
        return Raw(BigInteger.Pow(-den, -p), BigInteger.Pow(-num, -p));
    }

    private PyObject? PowReflected(PyObject a)
    {
        if (Den.IsOne && Num.Sign >= 0)
            return Ops.Pow(a, PyInt.From(Num));
        if (TryRational(a, out var an, out var ad))
            return new PyFraction(an, ad).PowForward(this);
        if (a is not (PyFloat or PyComplex)) return null;
        if (Den.IsOne)
            return Ops.Pow(a, PyInt.From(Num));
        return Ops.Pow(a, new PyFloat(ToDouble()));
    }

    public override PyObject? UnaryOp(UnaryOp op) => op switch
    {
        Runtime.UnaryOp.Neg => new PyFraction(-Num, Den),
        Runtime.UnaryOp.Pos => new PyFraction(Num, Den),
        _ => null,
    };

    // ---- rounding ------------------------------------------------------------------------------

    private PyInt Trunc() => PyInt.From(Num.Sign < 0 ? -PyInt.BigFloorDiv(-Num, Den) : PyInt.BigFloorDiv(Num, Den));

    /// <summary>round(x) of an exact rational: half to even.</summary>
    public static BigInteger RoundHalfEven(BigInteger num, BigInteger den)
    {
        var floor = PyInt.BigFloorDiv(num, den);
        var rem = num - floor * den;
        var twice = rem * 2;
        if (twice < den) return floor;
        if (twice > den) return floor + 1;
        return floor.IsEven ? floor : floor + 1;
    }

    private PyObject Round(PyObject? ndigits)
    {
        if (ndigits is null || ndigits is PyNone)
            return PyInt.From(RoundHalfEven(Num, Den));
        if (ndigits is not PyInt ni)
            throw Errors.TypeError($"'{ndigits.Type.Name}' object cannot be interpreted as an integer");
        long nd = ArgCheck.ToLong(ni);
        var shift = BigInteger.Pow(10, (int)Math.Min(Math.Abs(nd), 100000));
        if (nd > 0)
            return Make(RoundHalfEven(Num * shift, Den), shift);
        return Make(RoundHalfEven(Num, Den * shift) * shift, BigInteger.One);
    }

    // ---- limit_denominator -------------------------------------------------------------------

    private PyObject LimitDenominator(PyObject? maxObj)
    {
        BigInteger max = maxObj is null ? 1000000 : maxObj is PyInt mi ? mi.ToBigInteger()
            : throw Errors.TypeError($"'<' not supported between instances of '{maxObj.Type.Name}' and 'int'");
        if (max < 1)
            throw Errors.ValueError("max_denominator should be at least 1");
        if (Den <= max)
            return new PyFraction(Num, Den);
        BigInteger p0 = 0, q0 = 1, p1 = 1, q1 = 0;
        BigInteger n = Num, d = Den;
        while (true)
        {
            var a = PyInt.BigFloorDiv(n, d);
            var q2 = q0 + a * q1;
            if (q2 > max) break;
            (p0, q0, p1, q1) = (p1, q1, p0 + a * p1, q2);
            (n, d) = (d, n - a * d);
        }
        var k = PyInt.BigFloorDiv(max - q0, q1);
        var bound1 = Make(p0 + k * p1, q0 + k * q1);
        var bound2 = Make(p1, q1);
        // |bound2 - self| <= |bound1 - self|, exactly.
        var diff2 = BigInteger.Abs(bound2.Num * Den - Num * bound2.Den) * bound1.Den;
        var diff1 = BigInteger.Abs(bound1.Num * Den - Num * bound1.Den) * bound2.Den;
        return diff2 <= diff1 ? bound2 : bound1;
    }

    // ---- attributes and methods ----------------------------------------------------------------

    public override PyObject GetAttr(string name) => name switch
    {
        "numerator" => PyInt.From(Num),
        "denominator" => PyInt.From(Den),
        "real" => new PyFraction(Num, Den),
        "imag" => PyInt.Zero,
        _ => BuiltinAttr.Get(this, name),
    };

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(this, name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private static PyObject? Dispatch(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        var self = (PyFraction)selfObj;
        switch (name)
        {
            case "as_integer_ratio":
                ArgCheck.None(args, kw, "as_integer_ratio");
                return new PyTuple(new PyObject[] { PyInt.From(self.Num), PyInt.From(self.Den) });
            case "limit_denominator":
            {
                var p = new Args(args, kw, "limit_denominator", "max_denominator");
                return self.LimitDenominator(p[0]);
            }
            case "conjugate": return new PyFraction(self.Num, self.Den);
            case "__round__":
            {
                var p = new Args(args, kw, "__round__", "ndigits");
                return self.Round(p[0]);
            }
            case "__floor__": return PyInt.From(PyInt.BigFloorDiv(self.Num, self.Den));
            case "__ceil__": return PyInt.From(-PyInt.BigFloorDiv(-self.Num, self.Den));
            case "__trunc__": case "__int__": return self.Trunc();
            case "__float__": return new PyFloat(self.ToDouble());
            case "__abs__": return new PyFraction(BigInteger.Abs(self.Num), self.Den);
            case "__neg__": return new PyFraction(-self.Num, self.Den);
            case "__pos__": return new PyFraction(self.Num, self.Den);
            case "__divmod__": return self.DivModForward(ArgCheck.One(args, kw, "__divmod__"));
            case "__rdivmod__": return self.DivModReflected(ArgCheck.One(args, kw, "__rdivmod__"));
            case "__copy__": return self;
            case "__deepcopy__": return self;
            case "__repr__": return new PyStr(self.Repr());
            case "__str__": return new PyStr(self.Str());
            case "__hash__": return PyInt.From(self.Hash());
            case "__bool__": return PyBool.From(self.IsTrue());
            case "__reduce__":
                return new PyTuple(new PyObject[] { FractionType, new PyTuple(new PyObject[] { PyInt.From(self.Num), PyInt.From(self.Den) }) });
        }
        return null;
    }
}
