using System;
using System.Numerics;

namespace Pyrolyn.Runtime.Modules;

/// <summary>Decimal arithmetic: rounding to a context (_fix), rescale, + - * / // % **, sqrt,
/// quantize, normalize (after _pydecimal).</summary>
public sealed partial class PyDecimal
{
    // ---- rounding -----------------------------------------------------------------------------

    /// <summary>Keeps the first <paramref name="keep"/> digits of <paramref name="coeff"/>:
    /// 1 when the kept part must be incremented, -1 when nonzero digits were dropped, 0 when exact.</summary>
    private static int RoundDecision(BigInteger coeff, int keep, string mode, int sign, out BigInteger kept)
    {
        int drop = Digits(coeff) - keep;
        if (drop <= 0) { kept = coeff; return 0; }
        var p = Pow10(drop);
        kept = BigInteger.DivRem(coeff, p, out var rem);
        if (rem.IsZero) return 0;
        var half = 5 * Pow10(drop - 1);
        bool up = mode switch
        {
            "ROUND_DOWN" => false,
            "ROUND_UP" => true,
            "ROUND_HALF_UP" => rem >= half,
            "ROUND_HALF_DOWN" => rem > half,
            "ROUND_HALF_EVEN" => rem > half || (rem == half && !kept.IsEven),
            "ROUND_CEILING" => sign == 0,
            "ROUND_FLOOR" => sign == 1,
            "ROUND_05UP" => (int)(kept % 10) is 0 or 5,
            _ => false,
        };
        return up ? 1 : -1;
    }

    /// <summary>_rescale: this value with exponent <paramref name="exp"/>, rounding as needed.</summary>
    public PyDecimal Rescale(long exp, string rounding)
    {
        if (IsSpecial) return this;
        if (Coeff.IsZero) return new PyDecimal(Sign, BigInteger.Zero, exp);
        if (Exp >= exp) return new PyDecimal(Sign, Coeff * Pow10(Exp - exp), exp);
        long digits = NDigits + Exp - exp;
        BigInteger c = Coeff;
        if (digits < 0) { c = BigInteger.One; digits = 0; }
        int changed = RoundDecision(c, (int)digits, rounding, Sign, out var kept);
        if (changed == 1) kept += 1;
        return new PyDecimal(Sign, kept, exp);
    }

    private PyDecimal Rescale(long exp, string rounding, out bool inexact)
    {
        var r = Rescale(exp, rounding);
        inexact = !IsSpecial && r.Exp > Exp && CompareTotal(r, this) != 0;
        return r;
    }

    /// <summary>Rounds to <paramref name="places"/> significant digits (_round).</summary>
    public PyDecimal RoundPlaces(int places, string rounding)
    {
        if (IsSpecial || Coeff.IsZero) return this;
        var ans = Rescale(Adjusted + 1 - places, rounding);
        if (ans.Adjusted != Adjusted)
            ans = ans.Rescale(ans.Adjusted + 1 - places, rounding);
        return ans;
    }

    private static PyDecimal OverflowResult(int sign, PyDecimalContext ctx)
    {
        var largest = new PyDecimal(sign, Pow10(ctx.Prec) - 1, ctx.Emax - ctx.Prec + 1);
        return ctx.Rounding switch
        {
            "ROUND_HALF_UP" or "ROUND_HALF_EVEN" or "ROUND_HALF_DOWN" or "ROUND_UP" => Inf(sign),
            "ROUND_CEILING" => sign == 0 ? Inf(0) : largest,
            "ROUND_FLOOR" => sign == 1 ? Inf(1) : largest,
            _ => largest,
        };
    }

    /// <summary>_fix: rounds to the context's precision and exponent limits.</summary>
    public PyDecimal Fix(PyDecimalContext ctx)
    {
        if (IsSpecial)
        {
            if (IsNaN && !Coeff.IsZero && Digits(Coeff) > ctx.Prec - ctx.Clamp)
                return new PyDecimal(Sign, Coeff % Pow10(ctx.Prec - ctx.Clamp), 0, Kind);
            return this;
        }
        long etiny = ctx.Etiny, etop = ctx.Etop;
        if (Coeff.IsZero)
        {
            long expMax = ctx.Clamp == 0 ? ctx.Emax : etop;
            long newExp = Math.Min(Math.Max(Exp, etiny), expMax);
            if (newExp != Exp)
            {
                ctx.Signal(DecimalSignals.Clamped);
                return new PyDecimal(Sign, BigInteger.Zero, newExp);
            }
            return this;
        }
        int n = NDigits;
        long expMin = n + Exp - ctx.Prec;
        if (expMin > etop)
        {
            ctx.Flags.Set.Add(DecimalSignals.Inexact);
            ctx.Flags.Set.Add(DecimalSignals.Rounded);
            return ctx.Raise(DecimalSignals.Overflow, () => OverflowResult(Sign, ctx));
        }
        bool subnormal = expMin < etiny;
        if (subnormal) expMin = etiny;
        if (Exp < expMin)
        {
            long digits = n + Exp - expMin;
            BigInteger c = Coeff;
            if (digits < 0) { c = BigInteger.One; digits = 0; }
            int changed = RoundDecision(c, (int)digits, ctx.Rounding, Sign, out var kept);
            if (changed > 0)
            {
                kept += 1;
                if (Digits(kept) > ctx.Prec) { kept /= 10; expMin += 1; }
            }
            var ans = new PyDecimal(Sign, kept, expMin);
            if (expMin > etop)
            {
                ctx.Flags.Set.Add(DecimalSignals.Inexact);
                ctx.Flags.Set.Add(DecimalSignals.Rounded);
                return ctx.Raise(DecimalSignals.Overflow, () => OverflowResult(Sign, ctx));
            }
            if (changed != 0 && subnormal) ctx.Signal(DecimalSignals.Underflow);
            if (subnormal) ctx.Signal(DecimalSignals.Subnormal);
            if (changed != 0) ctx.Signal(DecimalSignals.Inexact);
            ctx.Signal(DecimalSignals.Rounded);
            if (kept.IsZero && subnormal) ctx.Signal(DecimalSignals.Clamped);
            return ans;
        }
        if (subnormal) ctx.Signal(DecimalSignals.Subnormal);
        if (ctx.Clamp == 1 && Exp > etop)
        {
            ctx.Signal(DecimalSignals.Clamped);
            return new PyDecimal(Sign, Coeff * Pow10(Exp - etop), etop);
        }
        return this;
    }

    // ---- NaN handling ---------------------------------------------------------------------------

    private PyDecimal Quiet() => new(Sign, Coeff, 0, DecKind.NaN);

    private static PyDecimal? CheckNaNs(PyDecimal a, PyDecimal? b, PyDecimalContext ctx)
    {
        if (a.Kind == DecKind.SNaN) return ctx.Raise(DecimalSignals.InvalidOperation, () => a.Quiet().Fix(ctx));
        if (b is not null && b.Kind == DecKind.SNaN) return ctx.Raise(DecimalSignals.InvalidOperation, () => b.Quiet().Fix(ctx));
        if (a.Kind == DecKind.NaN) return a.Fix(ctx);
        if (b is not null && b.Kind == DecKind.NaN) return b.Fix(ctx);
        return null;
    }

    private static PyDecimal Invalid(PyDecimalContext ctx) => ctx.Raise(DecimalSignals.InvalidOperation, () => NaN);

    // ---- unary ------------------------------------------------------------------------------

    public static PyDecimal Negate(PyDecimal a, PyDecimalContext ctx)
    {
        if (a.IsNaN) return CheckNaNs(a, null, ctx)!;
        if (a.IsZeroValue && ctx.Rounding != "ROUND_FLOOR")
            return new PyDecimal(0, a.Coeff, a.Exp).Fix(ctx);
        return new PyDecimal(1 - a.Sign, a.Coeff, a.Exp, a.Kind).Fix(ctx);
    }

    public static PyDecimal Plus(PyDecimal a, PyDecimalContext ctx)
    {
        if (a.IsNaN) return CheckNaNs(a, null, ctx)!;
        if (a.IsZeroValue && ctx.Rounding != "ROUND_FLOOR")
            return new PyDecimal(0, a.Coeff, a.Exp).Fix(ctx);
        return a.Fix(ctx);
    }

    public static PyDecimal Abs(PyDecimal a, PyDecimalContext ctx) =>
        a.Sign == 1 ? Negate(a, ctx) : Plus(a, ctx);

    // ---- addition ---------------------------------------------------------------------------

    public static PyDecimal Add(PyDecimal a, PyDecimal b, PyDecimalContext ctx)
    {
        if (a.IsSpecial || b.IsSpecial)
        {
            if (CheckNaNs(a, b, ctx) is { } nan) return nan;
            if (a.IsInf)
            {
                if (b.IsInf && a.Sign != b.Sign) return Invalid(ctx);
                return a;
            }
            return b;
        }
        long exp = Math.Min(a.Exp, b.Exp);
        int negativeZero = ctx.Rounding == "ROUND_FLOOR" && a.Sign != b.Sign ? 1 : 0;
        if (a.Coeff.IsZero && b.Coeff.IsZero)
        {
            int sign = Math.Min(a.Sign, b.Sign);
            if (negativeZero == 1) sign = 1;
            return new PyDecimal(sign, BigInteger.Zero, exp).Fix(ctx);
        }
        if (a.Coeff.IsZero)
        {
            exp = Math.Max(exp, b.Exp - ctx.Prec - 1);
            return b.Rescale(exp, ctx.Rounding).Fix(ctx);
        }
        if (b.Coeff.IsZero)
        {
            exp = Math.Max(exp, a.Exp - ctx.Prec - 1);
            return a.Rescale(exp, ctx.Rounding).Fix(ctx);
        }
        // _normalize: reduce an operand far below the other's precision to a sticky digit.
        BigInteger i1 = a.Coeff, i2 = b.Coeff;
        long e1 = a.Exp, e2 = b.Exp;
        bool firstHigher = e1 >= e2;
        {
            ref BigInteger ti = ref (firstHigher ? ref i1 : ref i2);
            ref long te = ref (firstHigher ? ref e1 : ref e2);
            ref BigInteger oi = ref (firstHigher ? ref i2 : ref i1);
            ref long oe = ref (firstHigher ? ref e2 : ref e1);
            int tmpLen = Digits(ti), otherLen = Digits(oi);
            long nexp = te + Math.Min(-1, tmpLen - ctx.Prec - 2);
            if (otherLen + oe - 1 < nexp) { oi = BigInteger.One; oe = nexp; }
            ti *= Pow10(te - oe);
            te = oe;
        }
        int s1 = a.Sign, s2 = b.Sign, rsign;
        if (s1 != s2)
        {
            if (i1 == i2) return new PyDecimal(negativeZero, BigInteger.Zero, exp).Fix(ctx);
            if (i1 < i2) { (i1, i2) = (i2, i1); (s1, s2) = (s2, s1); }
            if (s1 == 1) { rsign = 1; (s1, s2) = (s2, s1); }
            else rsign = 0;
        }
        else if (s1 == 1) { rsign = 1; s1 = s2 = 0; }
        else rsign = 0;
        var r = s2 == 0 ? i1 + i2 : i1 - i2;
        return new PyDecimal(rsign, r, e1).Fix(ctx);
    }

    public static PyDecimal Subtract(PyDecimal a, PyDecimal b, PyDecimalContext ctx) =>
        Add(a, b.IsNaN ? b : new PyDecimal(1 - b.Sign, b.Coeff, b.Exp, b.Kind), ctx);

    // ---- multiplication and division ------------------------------------------------------------

    public static PyDecimal Multiply(PyDecimal a, PyDecimal b, PyDecimalContext ctx)
    {
        int rsign = a.Sign ^ b.Sign;
        if (a.IsSpecial || b.IsSpecial)
        {
            if (CheckNaNs(a, b, ctx) is { } nan) return nan;
            if (a.IsInf) return b.IsZeroValue ? Invalid(ctx) : Inf(rsign);
            return a.IsZeroValue ? Invalid(ctx) : Inf(rsign);
        }
        long rexp = a.Exp + b.Exp;
        if (a.Coeff.IsZero || b.Coeff.IsZero)
            return new PyDecimal(rsign, BigInteger.Zero, rexp).Fix(ctx);
        return new PyDecimal(rsign, a.Coeff * b.Coeff, rexp).Fix(ctx);
    }

    public static PyDecimal Divide(PyDecimal a, PyDecimal b, PyDecimalContext ctx)
    {
        int sign = a.Sign ^ b.Sign;
        if (a.IsSpecial || b.IsSpecial)
        {
            if (CheckNaNs(a, b, ctx) is { } nan) return nan;
            if (a.IsInf && b.IsInf) return Invalid(ctx);
            if (a.IsInf) return Inf(sign);
            ctx.Signal(DecimalSignals.Clamped);
            return new PyDecimal(sign, BigInteger.Zero, ctx.Etiny);
        }
        if (b.Coeff.IsZero)
        {
            if (a.Coeff.IsZero) return ctx.Raise(DecimalSignals.DivisionUndefined, () => NaN);
            return ctx.Raise(DecimalSignals.DivisionByZero, () => Inf(sign));
        }
        long exp;
        BigInteger coeff;
        if (a.Coeff.IsZero)
        {
            exp = a.Exp - b.Exp;
            coeff = BigInteger.Zero;
        }
        else
        {
            long shift = b.NDigits - a.NDigits + ctx.Prec + 1;
            exp = a.Exp - b.Exp - shift;
            BigInteger rem;
            if (shift >= 0) coeff = BigInteger.DivRem(a.Coeff * Pow10(shift), b.Coeff, out rem);
            else coeff = BigInteger.DivRem(a.Coeff, b.Coeff * Pow10(-shift), out rem);
            if (!rem.IsZero)
            {
                if ((coeff % 5).IsZero) coeff += 1;
            }
            else
            {
                long ideal = a.Exp - b.Exp;
                while (exp < ideal && (coeff % 10).IsZero) { coeff /= 10; exp++; }
            }
        }
        return new PyDecimal(sign, coeff, exp).Fix(ctx);
    }

    /// <summary>_divide: (a // b, a % b) for finite nonzero b, or null when the quotient is too large.</summary>
    private static (PyDecimal, PyDecimal)? DivideInt(PyDecimal a, PyDecimal b, PyDecimalContext ctx)
    {
        int sign = a.Sign ^ b.Sign;
        long idealExp = b.IsInf ? a.Exp : Math.Min(a.Exp, b.Exp);
        long expdiff = a.Adjusted - b.Adjusted;
        if (a.Coeff.IsZero || b.IsInf || expdiff <= -2)
            return (new PyDecimal(sign, BigInteger.Zero, 0), a.Rescale(idealExp, ctx.Rounding));
        if (expdiff <= ctx.Prec)
        {
            BigInteger i1 = a.Coeff, i2 = b.Coeff;
            if (a.Exp >= b.Exp) i1 *= Pow10(a.Exp - b.Exp);
            else i2 *= Pow10(b.Exp - a.Exp);
            var q = BigInteger.DivRem(i1, i2, out var r);
            if (q < Pow10(ctx.Prec))
                return (new PyDecimal(sign, q, 0), new PyDecimal(a.Sign, r, idealExp));
        }
        return null;
    }

    public static PyDecimal FloorDivide(PyDecimal a, PyDecimal b, PyDecimalContext ctx)
    {
        int sign = a.Sign ^ b.Sign;
        if (a.IsSpecial || b.IsSpecial)
        {
            if (CheckNaNs(a, b, ctx) is { } nan) return nan;
            if (a.IsInf)
                return b.IsInf ? Invalid(ctx) : Inf(sign);
        }
        if (b.IsZeroValue)
        {
            if (a.IsZeroValue) return ctx.Raise(DecimalSignals.DivisionUndefined, () => NaN);
            return ctx.Raise(DecimalSignals.DivisionByZero, () => Inf(sign));
        }
        var r = DivideInt(a, b, ctx);
        if (r is null) return ctx.Raise(DecimalSignals.DivisionImpossible, () => NaN);
        return r.Value.Item1;
    }

    public static PyDecimal Remainder(PyDecimal a, PyDecimal b, PyDecimalContext ctx)
    {
        if (a.IsSpecial || b.IsSpecial)
        {
            if (CheckNaNs(a, b, ctx) is { } nan) return nan;
            if (a.IsInf) return Invalid(ctx);
        }
        if (b.IsZeroValue)
        {
            if (a.IsZeroValue) return ctx.Raise(DecimalSignals.DivisionUndefined, () => NaN);
            return Invalid(ctx);
        }
        var r = DivideInt(a, b, ctx);
        if (r is null) return ctx.Raise(DecimalSignals.DivisionImpossible, () => NaN);
        return r.Value.Item2.Fix(ctx);
    }

    public static PyObject DivMod(PyDecimal a, PyDecimal b, PyDecimalContext ctx)
    {
        int sign = a.Sign ^ b.Sign;
        PyTuple T(PyDecimal x, PyDecimal y) => new(new PyObject[] { x, y });
        if (a.IsSpecial || b.IsSpecial)
        {
            if (CheckNaNs(a, b, ctx) is { } nan) return T(nan, nan);
            if (a.IsInf)
            {
                if (b.IsInf) { var x = Invalid(ctx); return T(x, x); }
                return T(Inf(sign), Invalid(ctx));
            }
        }
        if (b.IsZeroValue)
        {
            if (a.IsZeroValue) { var x = ctx.Raise(DecimalSignals.DivisionUndefined, () => NaN); return T(x, x); }
            return T(ctx.Raise(DecimalSignals.DivisionByZero, () => Inf(sign)), Invalid(ctx));
        }
        var r = DivideInt(a, b, ctx);
        if (r is null) { var x = ctx.Raise(DecimalSignals.DivisionImpossible, () => NaN); return T(x, x); }
        return T(r.Value.Item1, r.Value.Item2.Fix(ctx));
    }

    // ---- power and square root --------------------------------------------------------------

    private bool IsInteger => !IsSpecial && (Exp >= 0 || Coeff.IsZero || (Coeff % Pow10(-Exp)).IsZero);

    public static PyDecimal Power(PyDecimal a, PyDecimal b, PyDecimalContext ctx)
    {
        if (a.IsNaN || b.IsNaN) return CheckNaNs(a, b, ctx)!;
        if (b.IsZeroValue)
            return a.IsZeroValue ? Invalid(ctx) : new PyDecimal(0, BigInteger.One, 0);
        int rsign = 0;
        if (a.Sign == 1)
        {
            if (b.IsInteger)
                rsign = b.TruncToBig().IsEven ? 0 : 1;
            else if (!a.IsZeroValue)
                return Invalid(ctx);
            a = new PyDecimal(0, a.Coeff, a.Exp, a.Kind);
        }
        if (a.IsZeroValue)
            return b.Sign == 0 ? new PyDecimal(rsign, BigInteger.Zero, 0) : Inf(rsign);
        if (a.IsInf)
            return b.Sign == 0 ? Inf(rsign) : new PyDecimal(rsign, BigInteger.Zero, 0);
        if (b.IsInf)
        {
            int cmp = CompareTotal(a, new PyDecimal(0, 1, 0));
            if (cmp == 0) return new PyDecimal(rsign, Pow10(ctx.Prec - 1), 1 - ctx.Prec).Fix(ctx);
            bool big = cmp > 0;
            return big == (b.Sign == 0) ? Inf(rsign) : new PyDecimal(rsign, BigInteger.Zero, 0);
        }
        if (b.IsInteger)
        {
            var n = b.TruncToBig();
            var an = BigInteger.Abs(n);
            if (an * a.NDigits > 2_000_000)
            {
                // Far beyond any precision: the result overflows or underflows.
                bool grows = (a.Adjusted >= 0) == (n.Sign > 0) && CompareTotal(a, new PyDecimal(0, 1, 0)) != 0;
                if (grows)
                {
                    ctx.Flags.Set.Add(DecimalSignals.Inexact);
                    ctx.Flags.Set.Add(DecimalSignals.Rounded);
                    return ctx.Raise(DecimalSignals.Overflow, () => OverflowResult(rsign, ctx));
                }
                return new PyDecimal(rsign, BigInteger.One, ctx.Etiny - 1).Fix(ctx);
            }
            int ni = (int)an;
            var exact = new PyDecimal(rsign, BigInteger.Pow(a.Coeff, ni), a.Exp * ni);
            if (n.Sign > 0) return exact.Fix(ctx);
            return Divide(new PyDecimal(rsign, BigInteger.One, 0), new PyDecimal(0, exact.Coeff, exact.Exp), ctx);
        }
        if (b.Sign == 0 && b.Coeff == 5 && b.Exp == -1)
        {
            var (n, e, exact) = SqrtCore(a, ctx.Prec + 1);
            var r = new PyDecimal(rsign, n, e);
            if (exact)
            {
                int pad = ctx.Prec - Digits(n);
                if (pad > 0) r = new PyDecimal(rsign, n * Pow10(pad), e - pad);
            }
            var c = ctx.Copy();
            c.Rounding = "ROUND_HALF_EVEN";
            var res = r.Fix(c);
            ctx.Flags.Set.UnionWith(c.Flags.Set);
            if (!exact) { ctx.Signal(DecimalSignals.Inexact); ctx.Signal(DecimalSignals.Rounded); }
            return res;
        }
        throw Errors.NotImplementedError("Decimal powers with a non-integral exponent other than 0.5 are not supported");
    }

    /// <summary>The square-root loop of _pydecimal.sqrt for a positive finite value.</summary>
    private static (BigInteger n, long e, bool exact) SqrtCore(PyDecimal a, int prec)
    {
        long e = a.Exp >> 1;
        BigInteger c;
        int l;
        if ((a.Exp & 1) != 0) { c = a.Coeff * 10; l = (a.NDigits >> 1) + 1; }
        else { c = a.Coeff; l = (a.NDigits + 1) >> 1; }
        long shift = prec - l;
        bool exact;
        if (shift >= 0) { c *= BigInteger.Pow(100, (int)shift); exact = true; }
        else
        {
            c = BigInteger.DivRem(c, BigInteger.Pow(100, (int)-shift), out var rem);
            exact = rem.IsZero;
        }
        e -= shift;
        var n = Pow10(prec);
        while (true)
        {
            var q = c / n;
            if (n <= q) break;
            n = (n + q) >> 1;
        }
        exact = exact && n * n == c;
        if (exact)
        {
            if (shift >= 0) n /= Pow10(shift);
            else n *= Pow10(-shift);
            e += shift;
        }
        else if ((n % 5).IsZero) n += 1;
        return (n, e, exact);
    }

    public static PyDecimal Sqrt(PyDecimal a, PyDecimalContext ctx)
    {
        if (a.IsSpecial)
        {
            if (CheckNaNs(a, null, ctx) is { } nan) return nan;
            if (a.IsInf && a.Sign == 0) return a;
        }
        if (a.IsZeroValue)
            return new PyDecimal(a.Sign, BigInteger.Zero, a.Exp >> 1).Fix(ctx);
        if (a.Sign == 1) return Invalid(ctx);
        var (n, e, _) = SqrtCore(a, ctx.Prec + 1);
        var c = ctx.Copy();
        c.Rounding = "ROUND_HALF_EVEN";
        c.Flags.Set.Clear();
        var ans = new PyDecimal(0, n, e).Fix(c);
        ctx.Flags.Set.UnionWith(c.Flags.Set);
        return ans;
    }

    // ---- quantize, normalize, integral ---------------------------------------------------------

    public static PyDecimal Quantize(PyDecimal a, PyDecimal exp, string? rounding, PyDecimalContext ctx)
    {
        rounding ??= ctx.Rounding;
        if (a.IsSpecial || exp.IsSpecial)
        {
            if (CheckNaNs(a, exp, ctx) is { } nan) return nan;
            if (a.IsInf && exp.IsInf) return a;
            return Invalid(ctx);
        }
        if (!(ctx.Etiny <= exp.Exp && exp.Exp <= ctx.Emax)) return Invalid(ctx);
        if (a.Coeff.IsZero)
            return new PyDecimal(a.Sign, BigInteger.Zero, exp.Exp).Fix(ctx);
        long selfAdjusted = a.Adjusted;
        if (selfAdjusted > ctx.Emax) return Invalid(ctx);
        if (selfAdjusted - exp.Exp + 1 > ctx.Prec) return Invalid(ctx);
        var ans = a.Rescale(exp.Exp, rounding);
        if (ans.Adjusted > ctx.Emax) return Invalid(ctx);
        if (ans.NDigits > ctx.Prec) return Invalid(ctx);
        if (ans.Exp > a.Exp)
        {
            if (CompareTotal(ans, a) != 0) ctx.Signal(DecimalSignals.Inexact);
            ctx.Signal(DecimalSignals.Rounded);
        }
        return ans.Fix(ctx);
    }

    public static PyDecimal Normalize(PyDecimal a, PyDecimalContext ctx)
    {
        if (a.IsSpecial)
        {
            if (CheckNaNs(a, null, ctx) is { } nan) return nan;
            return a;
        }
        var dup = a.Fix(ctx);
        if (dup.IsInf) return dup;
        if (dup.Coeff.IsZero) return new PyDecimal(dup.Sign, BigInteger.Zero, 0);
        long expMax = ctx.Clamp == 0 ? ctx.Emax : ctx.Etop;
        var c = dup.Coeff;
        long e = dup.Exp;
        while (e < expMax && (c % 10).IsZero) { c /= 10; e++; }
        return new PyDecimal(dup.Sign, c, e);
    }

    public PyDecimal ToIntegral(string rounding, PyDecimalContext ctx, bool exactFlags)
    {
        if (IsSpecial)
        {
            if (CheckNaNs(this, null, ctx) is { } nan) return nan;
            return this;
        }
        if (Exp >= 0) return this;
        if (Coeff.IsZero) return new PyDecimal(Sign, BigInteger.Zero, 0);
        var ans = Rescale(0, rounding);
        if (exactFlags)
        {
            if (CompareTotal(ans, this) != 0) ctx.Signal(DecimalSignals.Inexact);
            ctx.Signal(DecimalSignals.Rounded);
        }
        return ans;
    }

    public static PyDecimal NextToward(PyDecimal a, PyDecimalContext ctx, bool plus)
    {
        if (a.IsNaN) return CheckNaNs(a, null, ctx)!;
        if (a.IsInf)
        {
            if (a.Sign == (plus ? 1 : 0))
                return new PyDecimal(a.Sign, Pow10(ctx.Prec) - 1, ctx.Etop);
            return a;
        }
        var c = ctx.Copy();
        c.Rounding = plus ? "ROUND_CEILING" : "ROUND_FLOOR";
        c.Traps.Set.Clear();
        var newSelf = a.Fix(c);
        if (CompareTotal(newSelf, a) != 0) return newSelf;
        return Add(a, new PyDecimal(plus ? 0 : 1, BigInteger.One, c.Etiny - 1), c);
    }
}
