using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>float: an IEEE double with CPython's repr, hash and floor-division semantics.</summary>
public sealed partial class PyFloat : PyObject
{
    public PyFloat(double value) => Value = value;
    public double Value { get; }

    /// <summary>CPython's NaN (<c>Py_NAN</c>, <c>float('nan')</c>, <c>math.nan</c>) has its sign bit
    /// clear; .NET's <c>double.NaN</c> has it set, which <c>math.copysign</c> and <c>struct</c> show.</summary>
    public static readonly double PositiveNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);

    public override PyType Type => BuiltinTypes.Float;
    public override string Repr() => FloatRepr.Repr(Value);
    public override string Format(string spec) => spec.Length == 0 ? Repr() : NumberFormatter.FormatFloat(Value, spec);
    public override bool IsTrue() => Value != 0;
    public override long Hash() => NumericHash.Of(Value, this);

    /// <summary>Coerces an int/float operand to double, or returns false (NotImplemented).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryToDouble(PyObject o, out double d)
    {
        if (o is PyFloat f) { d = f.Value; return true; }
        if (o is PyInt i) { d = i.IsSmall ? i.Small : i.ToDouble(); return true; }
        d = 0;
        return false;
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is PyFloat f)
            return PyBool.From(CompareDoubles(Value, f.Value, op));
        if (other is PyInt i)
        {
            if (double.IsNaN(Value))
                return PyBool.From(op == CompareOp.Ne);
            return PyBool.From(PyInt.CompareResult(NumericCompare.FloatVsInt(Value, i), op));
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CompareDoubles(double a, double b, CompareOp op) => op switch
    {
        CompareOp.Lt => a < b,
        CompareOp.Le => a <= b,
        CompareOp.Eq => a == b,
        CompareOp.Ne => a != b,
        CompareOp.Gt => a > b,
        _ => a >= b,
    };

    public override PyObject? BinaryOp(BinaryOp op, PyObject other) =>
        TryToDouble(other, out double b) ? Arith(op, Value, b) : null;

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other) =>
        TryToDouble(other, out double a) ? Arith(op, a, Value) : null;

    public override PyObject? UnaryOp(UnaryOp op) => op switch
    {
        Runtime.UnaryOp.Neg => new PyFloat(-Value),
        Runtime.UnaryOp.Pos => this,
        _ => null,
    };

    public static PyObject? Arith(BinaryOp op, double a, double b) => op switch
    {
        Runtime.BinaryOp.Add => new PyFloat(a + b),
        Runtime.BinaryOp.Sub => new PyFloat(a - b),
        Runtime.BinaryOp.Mul => new PyFloat(a * b),
        Runtime.BinaryOp.TrueDiv => new PyFloat(Div(a, b)),
        Runtime.BinaryOp.FloorDiv => new PyFloat(FloorDiv(a, b)),
        Runtime.BinaryOp.Mod => new PyFloat(Mod(a, b)),
        Runtime.BinaryOp.Pow => Pow(a, b),
        _ => null,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Div(double a, double b)
    {
        if (b == 0)
            throw Errors.ZeroDivisionError("float division by zero");
        return a / b;
    }

    public static double Mod(double vx, double wx)
    {
        if (wx == 0)
            throw Errors.ZeroDivisionError("float modulo");
        double mod = vx % wx; // C fmod
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
                mod += wx;
        }
        else
            mod = Math.CopySign(0.0, wx);
        return mod;
    }

    public static double FloorDiv(double vx, double wx)
    {
        if (wx == 0)
            throw Errors.ZeroDivisionError("float floor division by zero");
        DivMod(vx, wx, out double div, out _);
        return div;
    }

    /// <summary>CPython's _float_div_mod.</summary>
    public static void DivMod(double vx, double wx, out double floordiv, out double mod)
    {
        if (wx == 0)
            throw Errors.ZeroDivisionError("float divmod()");
        mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else
            mod = Math.CopySign(0.0, wx);
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
                floordiv += 1.0;
        }
        else
            floordiv = Math.CopySign(0.0, vx / wx);
    }

    public static PyObject Pow(double iv, double iw)
    {
        if (iw == 0) return new PyFloat(1.0);
        if (double.IsNaN(iv)) return new PyFloat(iw == 0 ? 1.0 : iv);
        if (double.IsNaN(iw)) return new PyFloat(iv == 1.0 ? 1.0 : iw);
        if (iv == 0)
        {
            if (iw < 0)
                throw Errors.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return new PyFloat(Math.Pow(iv, iw));
        }
        if (iv < 0 && double.IsFinite(iw) && Math.Floor(iw) != iw)
            return PyComplex.Pow(new Complex(iv, 0), new Complex(iw, 0));
        double r = Math.Pow(iv, iw);
        if (double.IsInfinity(r) && double.IsFinite(iv) && double.IsFinite(iw))
            throw Errors.New(ExceptionTypes.OverflowError, "(34, 'Numerical result out of range')");
        return new PyFloat(r);
    }
}
