using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace Pyrolyn.Runtime.Modules;

public enum DecKind { Finite, Inf, NaN, SNaN }

/// <summary>
/// decimal.Decimal: sign, BigInteger coefficient and exponent, following the General Decimal
/// Arithmetic specification as CPython's _pydecimal implements it (results equal those of the
/// C decimal module for the operations supported here).
/// </summary>
public sealed partial class PyDecimal : PyObject
{
    public static readonly PyType DecimalType = MakeType();
    public static readonly PyDecimal Zero = new(0, BigInteger.Zero, 0);

    public PyDecimal(int sign, BigInteger coeff, long exp, DecKind kind = DecKind.Finite)
    {
        Sign = sign; Coeff = coeff; Exp = exp; Kind = kind;
    }

    public int Sign { get; }
    public BigInteger Coeff { get; }
    public long Exp { get; }
    public DecKind Kind { get; }
    public bool IsSpecial => Kind != DecKind.Finite;
    public bool IsNaN => Kind is DecKind.NaN or DecKind.SNaN;
    public bool IsInf => Kind == DecKind.Inf;
    public bool IsZeroValue => Kind == DecKind.Finite && Coeff.IsZero;
    public override PyType Type => DecimalType;

    public static PyDecimal Inf(int sign) => new(sign, BigInteger.Zero, 0, DecKind.Inf);
    public static PyDecimal NaN => new(0, BigInteger.Zero, 0, DecKind.NaN);

    // ---- digits helpers -------------------------------------------------------------------------

    private static readonly BigInteger[] s_pow10 = MakePow10();
    private static BigInteger[] MakePow10()
    {
        var a = new BigInteger[64];
        a[0] = 1;
        for (int i = 1; i < a.Length; i++) a[i] = a[i - 1] * 10;
        return a;
    }

    public static BigInteger Pow10(long n) => n < s_pow10.Length ? s_pow10[n] : BigInteger.Pow(10, checked((int)n));

    public static int Digits(BigInteger c)
    {
        if (c.Sign < 0) c = -c;
        if (c < 10) return 1;
        int est = (int)((c.GetBitLength() - 1) * 0.30102999566398119);
        return c >= Pow10(est + 1) ? est + 2 : est + 1;
    }

    public int NDigits => Digits(Coeff);
    public long Adjusted => IsSpecial ? 0 : Exp + NDigits - 1;

    // ---- construction -----------------------------------------------------------------------

    private static readonly Regex s_parser = new(@"\A\s*(?<sign>[-+])?(?:
            (?<int>\d+(?:_\d+)*)?(?:\.(?<frac>\d+(?:_\d+)*)?)?(?:E(?<exp>[-+]?\d+(?:_\d+)*))?
          | (?<inf>Inf(?:inity)?)
          | (?<sig>s)?NaN(?<diag>\d*)
        )\s*\z", RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static PyDecimal Parse(string text, PyDecimalContext ctx)
    {
        var m = s_parser.Match(text);
        if (!m.Success || (!m.Groups["inf"].Success && !m.Groups["diag"].Success && !m.Groups["int"].Success && !m.Groups["frac"].Success))
            return ctx.Raise(DecimalSignals.ConversionSyntax, () => NaN);
        int sign = m.Groups["sign"].Value == "-" ? 1 : 0;
        if (m.Groups["inf"].Success) return Inf(sign);
        if (m.Groups["diag"].Success)
        {
            var diag = m.Groups["diag"].Value;
            var payload = diag.Length == 0 ? BigInteger.Zero : BigInteger.Parse(AsciiDigits(diag), CultureInfo.InvariantCulture);
            return new PyDecimal(sign, payload, 0, m.Groups["sig"].Success ? DecKind.SNaN : DecKind.NaN);
        }
        string ip = m.Groups["int"].Value.Replace("_", ""), fp = m.Groups["frac"].Value.Replace("_", "");
        long exp = 0;
        if (m.Groups["exp"].Success)
        {
            var es = AsciiDigits(m.Groups["exp"].Value.Replace("_", ""));
            var ev = BigInteger.Parse(es, CultureInfo.InvariantCulture);
            if (BigInteger.Abs(ev) > long.MaxValue / 4) return ctx.Raise(DecimalSignals.ConversionSyntax, () => NaN);
            exp = (long)ev;
        }
        string digits = AsciiDigits(ip + fp);
        var coeff = digits.Length == 0 ? BigInteger.Zero : BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        return new PyDecimal(sign, coeff, exp - fp.Length);
    }

    private static string AsciiDigits(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
            sb.Append(char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c);
        return sb.ToString();
    }

    public static PyDecimal FromBig(BigInteger v) => new(v.Sign < 0 ? 1 : 0, BigInteger.Abs(v), 0);

    public static PyDecimal FromDouble(double v)
    {
        if (double.IsNaN(v)) return new PyDecimal(0, BigInteger.Zero, 0, DecKind.NaN);
        if (double.IsInfinity(v)) return Inf(v < 0 ? 1 : 0);
        int sign = double.IsNegative(v) ? 1 : 0;
        var (n, d) = PyFraction.DoubleRatio(Math.Abs(v));
        if (d.IsOne) return new PyDecimal(sign, n, 0);
        int k = (int)(d.GetBitLength() - 1);
        return new PyDecimal(sign, n * BigInteger.Pow(5, k), -k);
    }

    /// <summary>Decimal(value): exact conversion (no rounding).</summary>
    public static PyDecimal FromObject(PyObject value, PyDecimalContext ctx, bool allowFloat)
    {
        switch (value)
        {
            case PyDecimal d: return d;
            case PyInt i: return FromBig(i.ToBigInteger());
            case PyFloat f:
                if (!allowFloat) break;
                ctx.Flags.Set.Add(DecimalSignals.FloatOperation);
                return FromDouble(f.Value);
            case PyStr s: return Parse(s.Value, ctx);
            case PyTuple t: return FromTuple(t);
            case PyList l: return FromTuple(new PyTuple(l.ToArray()));
        }
        throw Errors.TypeError($"conversion from {value.Type.Name} to Decimal is not supported");
    }

    private static PyDecimal FromTuple(PyTuple t)
    {
        if (t.Count != 3)
            throw Errors.ValueError("argument must be a sequence of length 3");
        if (t[0] is not PyInt si || si.ToBigInteger() is var sv && sv != 0 && sv != 1)
            throw Errors.ValueError("sign must be an integer with the value 0 or 1");
        int sign = (int)si.ToBigInteger();
        BigInteger coeff = 0;
        var it = Ops.GetIter(t[1]);
        PyObject? x;
        while ((x = it.Next()) is not null)
        {
            if (x is not PyInt di || di.ToBigInteger() < 0 || di.ToBigInteger() > 9)
                throw Errors.ValueError("coefficient must be a tuple of digits");
            coeff = coeff * 10 + di.ToBigInteger();
        }
        if (t[2] is PyStr es)
            return es.Value switch
            {
                "F" => Inf(sign),
                "n" => new PyDecimal(sign, coeff, 0, DecKind.NaN),
                "N" => new PyDecimal(sign, coeff, 0, DecKind.SNaN),
                _ => throw Errors.ValueError("string argument in the third position must be 'F', 'n' or 'N'"),
            };
        if (t[2] is not PyInt ei) throw Errors.ValueError("exponent must be an integer");
        return new PyDecimal(sign, coeff, ArgCheck.ToLong(ei));
    }

    /// <summary>An operand of an arithmetic operation: Decimal or int, else null (NotImplemented).</summary>
    public static PyDecimal? Convert(PyObject o, PyDecimalContext ctx, bool raise = false)
    {
        if (o is PyDecimal d) return d;
        if (o is PyInt i) return FromBig(i.ToBigInteger());
        if (raise) throw Errors.TypeError($"conversion from {o.Type.Name} to Decimal is not supported");
        return null;
    }

    private static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        var p = new Args(args, kwnames, "Decimal", "value", "context");
        var ctx = p[1] as PyDecimalContext ?? PyDecimalContext.Current;
        if (p[0] is null) return Zero;
        return FromObject(p[0]!, ctx, true);
    }

    // ---- text ------------------------------------------------------------------------------

    public string ToSciString(bool eng, int capitals)
    {
        string sign = Sign == 1 ? "-" : "";
        switch (Kind)
        {
            case DecKind.Inf: return sign + "Infinity";
            case DecKind.NaN: return sign + "NaN" + (Coeff.IsZero ? "" : Coeff.ToString());
            case DecKind.SNaN: return sign + "sNaN" + (Coeff.IsZero ? "" : Coeff.ToString());
        }
        string digits = Coeff.ToString(CultureInfo.InvariantCulture);
        long leftdigits = Exp + digits.Length;
        long dotplace;
        if (Exp <= 0 && leftdigits > -6) dotplace = leftdigits;
        else if (!eng) dotplace = 1;
        else if (Coeff.IsZero) dotplace = (leftdigits + 1) % 3 - 1 + (((leftdigits + 1) % 3) < 0 ? 3 : 0);
        else dotplace = (leftdigits - 1) % 3 + 1 + (((leftdigits - 1) % 3) < 0 ? 3 : 0);
        string intpart, fracpart;
        if (dotplace <= 0) { intpart = "0"; fracpart = "." + new string('0', (int)-dotplace) + digits; }
        else if (dotplace >= digits.Length) { intpart = digits + new string('0', (int)(dotplace - digits.Length)); fracpart = ""; }
        else { intpart = digits[..(int)dotplace]; fracpart = "." + digits[(int)dotplace..]; }
        string exp = leftdigits == dotplace ? "" : (capitals == 1 ? "E" : "e") + (leftdigits - dotplace).ToString("+0;-0", CultureInfo.InvariantCulture);
        return sign + intpart + fracpart + exp;
    }

    public override string Str() => ToSciString(false, PyDecimalContext.Current.Capitals);
    public override string Repr() => $"Decimal('{Str()}')";

    public override bool IsTrue() => IsSpecial || !Coeff.IsZero;

    // ---- exact values -----------------------------------------------------------------------

    public (BigInteger, BigInteger) IntegerRatio()
    {
        if (IsNaN) throw Errors.ValueError("cannot convert NaN to integer ratio");
        if (IsInf) throw Errors.OverflowError("cannot convert Infinity to integer ratio");
        BigInteger n = Sign == 1 ? -Coeff : Coeff;
        if (Exp >= 0) return (n * Pow10(Exp), BigInteger.One);
        var d = Pow10(-Exp);
        var g = BigInteger.GreatestCommonDivisor(n, d);
        return (n / g, d / g);
    }

    public override long Hash()
    {
        if (Kind == DecKind.SNaN) throw Errors.TypeError("Cannot hash a signaling NaN value");
        if (Kind == DecKind.NaN) return Identity.Of(this) >> 4;
        if (Kind == DecKind.Inf) return Sign == 1 ? -NumericHash.Inf : NumericHash.Inf;
        var mod = (BigInteger)NumericHash.Modulus;
        BigInteger expHash = Exp >= 0
            ? BigInteger.ModPow(10, Exp, mod)
            : BigInteger.ModPow(BigInteger.ModPow(10, mod - 2, mod), -Exp, mod);
        var h = (long)(Coeff * expHash % mod);
        long ans = Sign == 0 ? h : -h;
        return ans == -1 ? -2 : ans;
    }

    public double ToDouble()
    {
        if (Kind == DecKind.NaN) return Sign == 1 ? -PyFloat.PositiveNaN : PyFloat.PositiveNaN;
        if (Kind == DecKind.SNaN) throw Errors.ValueError("cannot convert signaling NaN to float");
        if (Kind == DecKind.Inf) return Sign == 1 ? double.NegativeInfinity : double.PositiveInfinity;
        if (Coeff.IsZero) return Sign == 1 ? -0.0 : 0.0;
        return double.Parse(ToSciString(false, 1), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public BigInteger TruncToBig()
    {
        if (IsNaN) throw Errors.ValueError("cannot convert NaN to integer");
        if (IsInf) throw Errors.OverflowError("cannot convert Infinity to integer");
        BigInteger v = Exp >= 0 ? Coeff * Pow10(Exp) : Coeff / Pow10(-Exp);
        return Sign == 1 ? -v : v;
    }

    public override string Format(string spec) => DecimalFormat.Format(this, spec, PyDecimalContext.Current);
}
