using System;
using System.Numerics;

namespace Pyrolyn.Runtime.Modules;

/// <summary>Decimal's Python protocol: comparisons, operators, methods and attributes.</summary>
public sealed partial class PyDecimal
{
    private static PyType MakeType()
    {
        var t = new PyType("Decimal", new[] { BuiltinTypes.Object }, "decimal", Construct) { TpName = "decimal.Decimal" };
        BuiltinAttr.Register(t, Dispatch,
            "adjusted", "as_tuple", "as_integer_ratio", "compare", "copy_abs", "copy_negate", "copy_sign",
            "is_finite", "is_infinite", "is_nan", "is_qnan", "is_snan", "is_signed", "is_zero", "is_normal", "is_subnormal",
            "max", "min", "normalize", "quantize", "sqrt", "to_integral", "to_integral_value", "to_integral_exact",
            "to_eng_string", "next_plus", "next_minus", "conjugate", "canonical", "is_canonical", "radix", "same_quantum",
            "__round__", "__floor__", "__ceil__", "__trunc__", "__int__", "__float__", "__abs__", "__neg__", "__pos__",
            "__divmod__", "__rdivmod__", "__copy__", "__deepcopy__", "__repr__", "__str__", "__hash__", "__bool__",
            "__format__", "__reduce__", "__complex__");
        t.Dict["from_float"] = new PyBuiltinFunction("from_float", (a, k) =>
        {
            var x = ArgCheck.One(a, k, "from_float");
            if (x is PyInt i) return FromBig(i.ToBigInteger());
            if (x is not PyFloat f) throw Errors.TypeError("argument must be int or float");
            return FromDouble(f.Value);
        }, "decimal");
        return t;
    }

    /// <summary>Numeric order of two non-NaN values.</summary>
    public static int CompareTotal(PyDecimal a, PyDecimal b)
    {
        if (a.IsInf || b.IsInf)
        {
            int va = a.IsInf ? (a.Sign == 1 ? -1 : 1) : 0, vb = b.IsInf ? (b.Sign == 1 ? -1 : 1) : 0;
            if (a.IsInf && b.IsInf) return va.CompareTo(vb);
            return a.IsInf ? va : -vb;
        }
        bool za = a.Coeff.IsZero, zb = b.Coeff.IsZero;
        if (za) return zb ? 0 : (b.Sign == 1 ? 1 : -1);
        if (zb) return a.Sign == 1 ? -1 : 1;
        if (a.Sign != b.Sign) return a.Sign == 1 ? -1 : 1;
        long aa = a.Adjusted, ab = b.Adjusted;
        int c;
        if (aa == ab)
        {
            var x = a.Coeff; var y = b.Coeff;
            if (a.Exp > b.Exp) x *= Pow10(a.Exp - b.Exp); else y *= Pow10(b.Exp - a.Exp);
            c = x.CompareTo(y);
        }
        else c = aa > ab ? 1 : -1;
        return a.Sign == 1 ? -c : c;
    }

    /// <summary>Decimal vs an exact rational (int, Fraction, float).</summary>
    private static int CompareRational(PyDecimal a, BigInteger n, BigInteger d)
    {
        if (a.IsInf) return a.Sign == 1 ? -1 : 1;
        var (an, ad) = a.IntegerRatio();
        return (an * d).CompareTo(n * ad);
    }

    private static bool TryExact(PyObject o, out BigInteger n, out BigInteger d, out bool nanOrInf, out double fv)
    {
        nanOrInf = false; fv = 0;
        if (PyFraction.TryRational(o, out n, out d)) return true;
        if (o is PyFloat f)
        {
            PyDecimalContext.Current.Flags.Set.Add(DecimalSignals.FloatOperation);
            if (!double.IsFinite(f.Value)) { nanOrInf = true; fv = f.Value; n = d = default; return true; }
            (n, d) = PyFraction.DoubleRatio(f.Value);
            return true;
        }
        if (o is PyComplex c && c.Imag == 0) return TryExact(new PyFloat(c.Real), out n, out d, out nanOrInf, out fv);
        return false;
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        bool eqop = op is CompareOp.Eq or CompareOp.Ne;
        int c;
        if (other is PyDecimal od)
        {
            if (IsNaN || od.IsNaN)
            {
                if (eqop || (Kind != DecKind.SNaN && od.Kind != DecKind.SNaN && false)) return PyBool.From(op == CompareOp.Ne);
                Invalid(PyDecimalContext.Current);
                return PyBool.False;
            }
            c = CompareTotal(this, od);
        }
        else if (TryExact(other, out var n, out var d, out bool special, out double fv))
        {
            if (other is PyComplex && !eqop) return null;
            if (IsNaN || (special && double.IsNaN(fv)))
            {
                if (eqop) return PyBool.From(op == CompareOp.Ne);
                Invalid(PyDecimalContext.Current);
                return PyBool.False;
            }
            if (special) c = IsInf && (Sign == 1) == (fv < 0) ? 0 : (fv > 0 ? -1 : 1);
            else c = CompareRational(this, n, d);
        }
        else if (other is PyComplex cx && eqop)
            return PyBool.From(op == CompareOp.Ne);
        else return null;
        return PyBool.From(PyInt.CompareResult(c, op));
    }

    // ---- operators ----------------------------------------------------------------------------

    private static bool NeverHandles(PyObject o) => o is PyFloat or PyComplex or PyStr or PyNone or PyList or PyTuple or PyDict or PyBytes;

    private static PyException Unsupported(BinaryOp op, PyObject a, PyObject b)
    {
        string sym = op == Runtime.BinaryOp.Pow ? "** or pow()" : OpNames.Symbol(op);
        static string N(PyObject o) => o is PyDecimal ? "decimal.Decimal" : o.Type.Name;
        return Errors.TypeError($"unsupported operand type(s) for {sym}: '{N(a)}' and '{N(b)}'");
    }

    private static PyObject? Arith(BinaryOp op, PyDecimal a, PyDecimal b)
    {
        var ctx = PyDecimalContext.Current;
        return op switch
        {
            Runtime.BinaryOp.Add => Add(a, b, ctx),
            Runtime.BinaryOp.Sub => Subtract(a, b, ctx),
            Runtime.BinaryOp.Mul => Multiply(a, b, ctx),
            Runtime.BinaryOp.TrueDiv => Divide(a, b, ctx),
            Runtime.BinaryOp.FloorDiv => FloorDivide(a, b, ctx),
            Runtime.BinaryOp.Mod => Remainder(a, b, ctx),
            Runtime.BinaryOp.Pow => Power(a, b, ctx),
            _ => null,
        };
    }

    private static bool IsDecimalOp(BinaryOp op) => op is Runtime.BinaryOp.Add or Runtime.BinaryOp.Sub or Runtime.BinaryOp.Mul
        or Runtime.BinaryOp.TrueDiv or Runtime.BinaryOp.FloorDiv or Runtime.BinaryOp.Mod or Runtime.BinaryOp.Pow;

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        if (!IsDecimalOp(op)) return null;
        var b = Convert(other, PyDecimalContext.Current);
        if (b is null) return NeverHandles(other) ? throw Unsupported(op, this, other) : null;
        return Arith(op, this, b);
    }

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other)
    {
        if (!IsDecimalOp(op)) return null;
        var a = Convert(other, PyDecimalContext.Current);
        if (a is null) return NeverHandles(other) ? throw Unsupported(op, other, this) : null;
        return Arith(op, a, this);
    }

    public override PyObject? UnaryOp(UnaryOp op) => op switch
    {
        Runtime.UnaryOp.Neg => Negate(this, PyDecimalContext.Current),
        Runtime.UnaryOp.Pos => Plus(this, PyDecimalContext.Current),
        _ => null,
    };

    // ---- attributes and methods ---------------------------------------------------------------

    public override PyObject GetAttr(string name) => name switch
    {
        "real" => this,
        "imag" => Zero,
        _ => BuiltinAttr.Get(this, name),
    };

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(this, name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private static PyObject? s_decimalTuple;

    private PyObject AsTuple()
    {
        s_decimalTuple ??= NamedTupleClass.Create(new PyObject[] { new PyStr("DecimalTuple"), new PyStr("sign digits exponent") }, null);
        PyObject digits;
        if (Kind == DecKind.Inf) digits = new PyTuple(new PyObject[] { PyInt.Zero });
        else if (IsNaN && Coeff.IsZero) digits = new PyTuple(Array.Empty<PyObject>());
        else
        {
            var s = Coeff.ToString();
            var items = new PyObject[s.Length];
            for (int i = 0; i < s.Length; i++) items[i] = PyInt.From(s[i] - '0');
            digits = new PyTuple(items);
        }
        PyObject exp = Kind switch
        {
            DecKind.Inf => new PyStr("F"),
            DecKind.NaN => new PyStr("n"),
            DecKind.SNaN => new PyStr("N"),
            _ => PyInt.From(Exp),
        };
        return s_decimalTuple.Call(new PyObject[] { PyInt.From(Sign), digits, exp });
    }

    private static string? RoundingArg(PyObject? o)
    {
        if (o is null || o is PyNone) return null;
        if (o is PyStr s && Array.IndexOf(DecimalSignals.RoundingModes, s.Value) >= 0) return s.Value;
        throw Errors.TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]");
    }

    private static PyDecimalContext Ctx(PyObject? o) =>
        o is null || o is PyNone ? PyDecimalContext.Current
        : o as PyDecimalContext ?? throw Errors.TypeError("optional argument must be a context");

    private static PyDecimal Other(PyObject o, PyDecimalContext ctx) =>
        Convert(o, ctx) ?? throw Errors.TypeError($"conversion from {o.Type.Name} to Decimal is not supported");

    private static PyObject? Dispatch(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        var self = (PyDecimal)selfObj;
        switch (name)
        {
            case "adjusted": return PyInt.From(self.Adjusted);
            case "as_tuple": return self.AsTuple();
            case "as_integer_ratio":
            {
                var (n, d) = self.IntegerRatio();
                return new PyTuple(new PyObject[] { PyInt.From(n), PyInt.From(d) });
            }
            case "compare":
            {
                var p = new Args(args, kw, "compare", "other", "context");
                var ctx = Ctx(p[1]);
                return CompareValues(self, Other(p[0] ?? throw Errors.TypeError("compare() missing required argument 'other' (pos 1)"), ctx), ctx);
            }
            case "copy_abs": return new PyDecimal(0, self.Coeff, self.Exp, self.Kind);
            case "copy_negate": return new PyDecimal(1 - self.Sign, self.Coeff, self.Exp, self.Kind);
            case "copy_sign":
            {
                var o = Other(ArgCheck.One(args, kw, "copy_sign"), PyDecimalContext.Current);
                return new PyDecimal(o.Sign, self.Coeff, self.Exp, self.Kind);
            }
            case "is_finite": return PyBool.From(!self.IsSpecial);
            case "is_infinite": return PyBool.From(self.IsInf);
            case "is_nan": return PyBool.From(self.IsNaN);
            case "is_qnan": return PyBool.From(self.Kind == DecKind.NaN);
            case "is_snan": return PyBool.From(self.Kind == DecKind.SNaN);
            case "is_signed": return PyBool.From(self.Sign == 1);
            case "is_zero": return PyBool.From(self.IsZeroValue);
            case "is_normal":
            {
                var ctx = Ctx(args.Length > 0 ? args[0] : null);
                return PyBool.From(!self.IsSpecial && !self.Coeff.IsZero && ctx.Emin <= self.Adjusted);
            }
            case "is_subnormal":
            {
                var ctx = Ctx(args.Length > 0 ? args[0] : null);
                return PyBool.From(!self.IsSpecial && !self.Coeff.IsZero && self.Adjusted < ctx.Emin);
            }
            case "is_canonical": return PyBool.True;
            case "canonical": return self;
            case "radix": return new PyDecimal(0, 10, 0);
            case "same_quantum":
            {
                var o = Other(ArgCheck.One(args, kw, "same_quantum"), PyDecimalContext.Current);
                if (self.IsSpecial || o.IsSpecial) return PyBool.From((self.IsNaN && o.IsNaN) || (self.IsInf && o.IsInf));
                return PyBool.From(self.Exp == o.Exp);
            }
            case "max": case "min":
            {
                var p = new Args(args, kw, name, "other", "context");
                var ctx = Ctx(p[1]);
                var o = Other(p[0]!, ctx);
                return MinMax(self, o, ctx, name == "max");
            }
            case "normalize":
            {
                var p = new Args(args, kw, "normalize", "context");
                return Normalize(self, Ctx(p[0]));
            }
            case "quantize":
            {
                var p = new Args(args, kw, "quantize", "exp", "rounding", "context");
                var ctx = Ctx(p[2]);
                var e = Other(p[0] ?? throw Errors.TypeError("quantize() missing required argument 'exp' (pos 1)"), ctx);
                return Quantize(self, e, RoundingArg(p[1]), ctx);
            }
            case "sqrt":
            {
                var p = new Args(args, kw, "sqrt", "context");
                return Sqrt(self, Ctx(p[0]));
            }
            case "to_integral": case "to_integral_value": case "to_integral_exact":
            {
                var p = new Args(args, kw, name, "rounding", "context");
                var ctx = Ctx(p[1]);
                return self.ToIntegral(RoundingArg(p[0]) ?? ctx.Rounding, ctx, name == "to_integral_exact");
            }
            case "to_eng_string":
            {
                var p = new Args(args, kw, "to_eng_string", "context");
                return new PyStr(self.ToSciString(true, Ctx(p[0]).Capitals));
            }
            case "next_plus": return NextToward(self, Ctx(args.Length > 0 ? args[0] : null), true);
            case "next_minus": return NextToward(self, Ctx(args.Length > 0 ? args[0] : null), false);
            case "conjugate": return self;
            case "__round__":
            {
                var p = new Args(args, kw, "__round__", "ndigits");
                if (p[0] is { } nd && nd is not PyNone)
                {
                    if (nd is not PyInt ndi) throw Errors.TypeError("optional arg must be an integer");
                    var ctx = PyDecimalContext.Current;
                    return Quantize(self, new PyDecimal(0, BigInteger.One, -ArgCheck.ToLong(ndi)), null, ctx);
                }
                return PyInt.From(self.Rescale(0, "ROUND_HALF_EVEN").TruncToBig());
            }
            case "__floor__": case "__ceil__":
                return PyInt.From(self.Rescale(0, name == "__floor__" ? "ROUND_FLOOR" : "ROUND_CEILING").TruncToBig());
            case "__trunc__": case "__int__": return PyInt.From(self.TruncToBig());
            case "__float__": return new PyFloat(self.ToDouble());
            case "__complex__": return new PyComplex(self.ToDouble(), 0);
            case "__abs__": return Abs(self, PyDecimalContext.Current);
            case "__neg__": return Negate(self, PyDecimalContext.Current);
            case "__pos__": return Plus(self, PyDecimalContext.Current);
            case "__divmod__": case "__rdivmod__":
            {
                var o = Convert(ArgCheck.One(args, kw, name), PyDecimalContext.Current);
                if (o is null) return Ops.NotImplemented;
                return name == "__divmod__" ? DivMod(self, o, PyDecimalContext.Current) : DivMod(o, self, PyDecimalContext.Current);
            }
            case "__copy__": case "__deepcopy__": return self;
            case "__repr__": return new PyStr(self.Repr());
            case "__str__": return new PyStr(self.Str());
            case "__hash__": return PyInt.From(self.Hash());
            case "__bool__": return PyBool.From(self.IsTrue());
            case "__format__": return new PyStr(self.Format(ArgCheck.ToStr(ArgCheck.One(args, kw, "__format__"), "format spec")));
            case "__reduce__": return new PyTuple(new PyObject[] { DecimalType, new PyTuple(new PyObject[] { new PyStr(self.Str()) }) });
        }
        return null;
    }

    public static PyDecimal CompareValues(PyDecimal a, PyDecimal b, PyDecimalContext ctx)
    {
        if (a.IsNaN || b.IsNaN) return CheckNaNs(a, b, ctx)!;
        int c = CompareTotal(a, b);
        return new PyDecimal(c < 0 ? 1 : 0, c == 0 ? BigInteger.Zero : BigInteger.One, 0);
    }

    private static PyDecimal MinMax(PyDecimal a, PyDecimal b, PyDecimalContext ctx, bool max)
    {
        if (a.IsNaN || b.IsNaN)
        {
            if (a.Kind == DecKind.SNaN || b.Kind == DecKind.SNaN) return CheckNaNs(a, b, ctx)!;
            if (a.IsNaN && b.IsNaN) return a.Fix(ctx);
            return (a.IsNaN ? b : a).Fix(ctx);
        }
        int c = CompareTotal(a, b);
        if (c == 0)
        {
            // Same value: compare_total's tie-break on sign and exponent.
            if (a.Sign != b.Sign) c = a.Sign == 1 ? -1 : 1;
            else
            {
                c = a.Exp.CompareTo(b.Exp);
                if (a.Sign == 1) c = -c;
            }
        }
        var ans = max ? (c < 0 ? b : a) : (c > 0 ? b : a);
        return ans.Fix(ctx);
    }
}
