using System;
using System.Globalization;
using System.Numerics;
using Pyrolyn.Runtime.Modules;

namespace Pyrolyn.Runtime;

/// <summary>complex: a pair of doubles with CPython's repr.</summary>
public sealed class PyComplex : PyObject
{
    public PyComplex(double real, double imag) { Real = real; Imag = imag; }
    public double Real { get; }
    public double Imag { get; }
    public override PyType Type => BuiltinTypes.Complex;

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        ArgCheck.OnlyKw(kwnames, "complex", "real", "imag");
        PyObject? re = npos > 0 ? args[0] : ArgCheck.Kw(args, kwnames, "real");
        PyObject? im = npos > 1 ? args[1] : ArgCheck.Kw(args, kwnames, "imag");
        if (re is PyStr s)
        {
            if (im is not null) throw Errors.TypeError("complex() can't take second arg if first is a string");
            return ParseText(s.Value);
        }
        if (im is PyStr) throw Errors.TypeError("complex() second arg can't be a string");
        var r = re is null ? new Complex(0, 0) : ToComplex(re, "first");
        var i = im is null ? new Complex(0, 0) : ToComplex(im, "second");
        // Like complex_new: the other part is only added when it comes from a complex (keeps -0.0).
        double real = im is PyComplex ? r.Real - i.Imaginary : r.Real;
        double imag = im is null ? (re is PyComplex ? r.Imaginary : 0.0) : re is PyComplex ? i.Real + r.Imaginary : i.Real;
        return new PyComplex(real, imag);
    }

    private static Complex ToComplex(PyObject o, string which)
    {
        if (o is PyComplex c) return new Complex(c.Real, c.Imag);
        if (PyFloat.TryToDouble(o, out double d)) return new Complex(d, 0);
        if (o.Type.Lookup("__complex__") is not null && o.CallMethod("__complex__", Array.Empty<PyObject>()) is PyComplex cc)
            return new Complex(cc.Real, cc.Imag);
        if (o.Type.Lookup("__float__") is not null || o.Type.Lookup("__index__") is not null)
            return new Complex(PyFloat.FromObject(o).Value, 0);
        throw Errors.TypeError($"complex() {which} argument must be a string or a number, not '{o.Type.Name}'");
    }

    private static PyComplex ParseText(string text)
    {
        var s = CharInfo.DecimalAndSpaceToAscii(text).Trim(CharInfo.AsciiSpaces);
        if (s.StartsWith('(') && s.EndsWith(')')) s = s[1..^1].Trim(CharInfo.AsciiSpaces);
        var err = text.Contains('_')
            ? Errors.ValueError($"could not convert string to complex: {PyStr.ReprOf(text)}")
            : Errors.ValueError("complex() arg is a malformed string");
        if (s.Length == 0) throw err;
        if (s.EndsWith('j') || s.EndsWith('J'))
        {
            string body = s[..^1];
            // Split at the last sign that is not part of an exponent.
            int split = -1;
            for (int k = body.Length - 1; k > 0; k--)
                if ((body[k] == '+' || body[k] == '-') && body[k - 1] != 'e' && body[k - 1] != 'E') { split = k; break; }
            string reS = split < 0 ? "" : body[..split];
            string imS = split < 0 ? body : body[split..];
            if (imS is "" or "+") imS = "1";
            else if (imS == "-") imS = "-1";
            double re = 0;
            if (reS.Length > 0 && !PyFloat.TryParse(reS, out re)) throw err;
            if (!PyFloat.TryParse(imS, out double im)) throw err;
            return new PyComplex(re, im);
        }
        if (!PyFloat.TryParse(s, out double r)) throw err;
        return new PyComplex(r, 0);
    }

    public override string Repr()
    {
        // CPython: no real part shown when it is +0.0; otherwise parenthesised.
        string im = FormatPart(Imag);
        if (Real == 0 && !double.IsNegative(Real))
            return im + "j";
        string re = FormatPart(Real);
        // The imaginary part always carries a sign; NaN prints as "+nan" whatever its sign bit.
        string sign = double.IsNaN(Imag) || !double.IsNegative(Imag) ? "+" : "";
        return $"({re}{sign}{im}j)";
    }

    private static string FormatPart(double d)
    {
        if (double.IsNaN(d)) return "nan";
        var r = FloatRepr.Repr(d);
        return r.EndsWith(".0", StringComparison.Ordinal) ? r[..^2] : r;
    }

    public override bool IsTrue() => Real != 0 || Imag != 0;

    public override long Hash()
    {
        long hr = NumericHash.Of(Real, this), hi = NumericHash.Of(Imag, this);
        ulong combined = (ulong)hr + NumericHash.Imag * (ulong)hi;
        long h = (long)combined;
        return h == -1 ? -2 : h;
    }

    private static bool TryCoerce(PyObject o, out Complex c)
    {
        if (o is PyComplex pc) { c = new Complex(pc.Real, pc.Imag); return true; }
        if (PyFloat.TryToDouble(o, out double d)) { c = new Complex(d, 0); return true; }
        c = default;
        return false;
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return null;
        bool eq;
        if (other is PyComplex c) eq = Real == c.Real && Imag == c.Imag;
        else if (other is PyInt or PyFloat) eq = Imag == 0 && Ops.EqBool(new PyFloat(Real), other);
        else return null;
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject other) =>
        TryCoerce(other, out var b) ? Arith(op, new Complex(Real, Imag), b) : null;

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other) =>
        TryCoerce(other, out var a) ? Arith(op, a, new Complex(Real, Imag)) : null;

    private static PyObject? Arith(BinaryOp op, Complex a, Complex b)
    {
        switch (op)
        {
            case Runtime.BinaryOp.Add: return new PyComplex(a.Real + b.Real, a.Imaginary + b.Imaginary);
            case Runtime.BinaryOp.Sub: return new PyComplex(a.Real - b.Real, a.Imaginary - b.Imaginary);
            case Runtime.BinaryOp.Mul:
                return new PyComplex(a.Real * b.Real - a.Imaginary * b.Imaginary, a.Real * b.Imaginary + a.Imaginary * b.Real);
            case Runtime.BinaryOp.TrueDiv:
                if (b.Real == 0 && b.Imaginary == 0) throw Errors.ZeroDivisionError("complex division by zero");
                var q = Quotient(a, b);
                return new PyComplex(q.Real, q.Imaginary);
            case Runtime.BinaryOp.Pow: return Pow(a, b);
            case Runtime.BinaryOp.FloorDiv: case Runtime.BinaryOp.Mod:
                return null;
        }
        return null;
    }

    /// <summary>complex_pow: small integral exponents by repeated multiplication (CPython's
    /// c_powi, tried first, even for a zero base), everything else in polar form (_Py_c_pow).</summary>
    public static PyObject Pow(Complex a, Complex b)
    {
        if (b.Imaginary == 0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100)
        {
            int n = (int)b.Real;
            Complex r = Complex.One, x = a;
            int m = Math.Abs(n);
            while (m > 0)
            {
                if ((m & 1) != 0) r = new Complex(r.Real * x.Real - r.Imaginary * x.Imaginary, r.Real * x.Imaginary + r.Imaginary * x.Real);
                x = new Complex(x.Real * x.Real - x.Imaginary * x.Imaginary, x.Real * x.Imaginary + x.Imaginary * x.Real);
                m >>= 1;
            }
            if (n < 0)
            {
                if (r.Real == 0 && r.Imaginary == 0) throw Errors.ZeroDivisionError("0.0 to a negative or complex power");
                r = Quotient(Complex.One, r);
            }
            return PowResult(r.Real, r.Imaginary);
        }
        if (b.Real == 0 && b.Imaginary == 0) return new PyComplex(1, 0);
        if (a.Real == 0 && a.Imaginary == 0)
        {
            if (b.Imaginary != 0 || b.Real < 0) throw Errors.ZeroDivisionError("0.0 to a negative or complex power");
            return new PyComplex(0, 0);
        }
        double vabs = MathC99.Hypot(a.Real, a.Imaginary);
        double len = Math.Pow(vabs, b.Real);
        double at = Math.Atan2(a.Imaginary, a.Real);
        double phase = at * b.Real;
        if (b.Imaginary != 0)
        {
            len /= Math.Exp(at * b.Imaginary);
            phase += b.Imaginary * Math.Log(vabs);
        }
        return PowResult(len * Math.Cos(phase), len * Math.Sin(phase));
    }

    // complex_pow: an infinite part of a finite power is an overflow.
    private static PyComplex PowResult(double re, double im) =>
        double.IsInfinity(re) || double.IsInfinity(im) ? throw Errors.OverflowError("complex exponentiation") : new PyComplex(re, im);

    /// <summary>a / b as CPython's _Py_c_quot computes it (Smith's method, scaling by the larger
    /// part of b), so results agree to the last bit; .NET's operator differs in rounding.</summary>
    public static Complex Quotient(Complex a, Complex b)
    {
        double absReal = Math.Abs(b.Real), absImag = Math.Abs(b.Imaginary);
        if (absReal >= absImag)
        {
            if (absReal == 0.0)
                return Complex.Zero; // callers raise ZeroDivisionError first
            double ratio = b.Imaginary / b.Real;
            double denom = b.Real + b.Imaginary * ratio;
            return new Complex((a.Real + a.Imaginary * ratio) / denom, (a.Imaginary - a.Real * ratio) / denom);
        }
        if (absImag >= absReal)
        {
            double ratio = b.Real / b.Imaginary;
            double denom = b.Real * ratio + b.Imaginary;
            return new Complex((a.Real * ratio + a.Imaginary) / denom, (a.Imaginary * ratio - a.Real) / denom);
        }
        return new Complex(PyFloat.PositiveNaN, PyFloat.PositiveNaN); // a part of b is NaN
    }

    /// <summary>abs(z) as CPython's _Py_c_abs: an infinite part wins over NaN, otherwise libm's
    /// hypot; OverflowError when a finite z has an infinite modulus.</summary>
    public static double Abs(double re, double im)
    {
        if (!double.IsFinite(re) || !double.IsFinite(im))
        {
            if (double.IsInfinity(re)) return Math.Abs(re);
            if (double.IsInfinity(im)) return Math.Abs(im);
            return PyFloat.PositiveNaN;
        }
        double result = MathC99.Hypot(re, im);
        return double.IsFinite(result) ? result : throw Errors.OverflowError("absolute value too large");
    }

    public override PyObject? UnaryOp(UnaryOp op) => op switch
    {
        Runtime.UnaryOp.Neg => new PyComplex(-Real, -Imag),
        Runtime.UnaryOp.Pos => this,
        _ => null,
    };

    public override PyObject GetAttr(string name) => name switch
    {
        "real" => new PyFloat(Real),
        "imag" => new PyFloat(Imag),
        _ => BuiltinAttr.Get(this, name),
    };

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(this, name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    internal static void RegisterMethods() =>
        BuiltinAttr.Register(BuiltinTypes.Complex, Dispatch, "conjugate", "__abs__");

    private static PyObject? Dispatch(PyObject selfObj, string name, PyObject[] args, string[]? kw)
    {
        var self = (PyComplex)selfObj;
        return name switch
        {
            "conjugate" => new PyComplex(self.Real, -self.Imag),
            "__abs__" => new PyFloat(Abs(self.Real, self.Imag)),
            _ => null,
        };
    }

    /// <summary>complex.__format__ (CPython's format_complex_internal).</summary>
    public override string Format(string spec)
    {
        if (spec.Length == 0) return Str();
        var f = FormatSpec.Parse(spec, '>', "complex");
        char kind = f.Kind;
        switch (kind)
        {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
            default: throw FormatSpec.UnknownCode(kind, "complex");
        }
        if (f.ZeroPad) throw Errors.ValueError("Zero padding is not allowed in complex format specifier");
        if (f.Align == '=') throw Errors.ValueError("'=' alignment flag is not allowed in complex format specifier");
        bool skipRe = false, parens = false;
        bool repr = false;
        if (kind == '\0')
        {
            if (f.Precision < 0) repr = true; else kind = 'g';
            if (Real == 0 && !double.IsNegative(Real)) skipRe = true; else parens = true;
        }
        string Part(double v, out bool neg)
        {
            neg = double.IsNegative(v) && !double.IsNaN(v);
            double a = Math.Abs(v);
            if (repr) return FormatPart(a);
            string body = NumberFormatter.FloatBody(a, kind == 'n' ? 'g' : kind, f.Precision, f.Alternate, out bool upper);
            return upper ? body.ToUpperInvariant() : body;
        }
        string reBody = Part(Real, out bool reNeg), imBody = Part(Imag, out bool imNeg);
        if (f.NoNegZero)
        {
            if (reNeg && double.IsFinite(Real) && IsZeroText(reBody)) reNeg = false;
            if (imNeg && double.IsFinite(Imag) && IsZeroText(imBody)) imNeg = false;
        }
        string SignOf(bool neg, char req) => neg ? "-" : req == '+' ? "+" : req == ' ' ? " " : "";
        var sb = new System.Text.StringBuilder();
        if (parens) sb.Append('(');
        if (!skipRe) sb.Append(SignOf(reNeg, f.Sign)).Append(reBody);
        sb.Append(SignOf(imNeg, skipRe ? f.Sign : '+')).Append(imBody).Append('j');
        if (parens) sb.Append(')');
        string text = sb.ToString();
        return f.Pad(text, new PyStr(text).CpLength);
    }

    private static bool IsZeroText(string body)
    {
        foreach (char c in body)
        {
            if (c is 'e' or 'E') break;
            if (c is >= '1' and <= '9') return false;
        }
        return true;
    }
}
