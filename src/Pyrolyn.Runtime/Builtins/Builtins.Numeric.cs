using System;
using System.Numerics;

namespace Pyrolyn.Runtime;

/// <summary>Numeric builtins: abs, divmod, pow, round, bin/oct/hex, sum, min/max.</summary>
public static partial class Builtins
{
    public static PyObject Abs(PyObject x)
    {
        switch (x)
        {
            case PyInt i: return i.Abs();
            case PyFloat f: return new PyFloat(Math.Abs(f.Value));
            case PyComplex c: return new PyFloat(PyComplex.Abs(c.Real, c.Imag));
        }
        if (x.Type.Lookup("__abs__") is not null) return x.CallMethod("__abs__", Array.Empty<PyObject>());
        throw Errors.TypeError($"bad operand type for abs(): '{x.Type.Name}'");
    }

    public static PyObject DivMod(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return PyInt.DivMod(x, y);
        if (PyFloat.TryToDouble(a, out double da) && PyFloat.TryToDouble(b, out double db) && (a is PyFloat || b is PyFloat))
        {
            PyFloat.DivMod(da, db, out double q, out double r);
            return new PyTuple(new PyObject[] { new PyFloat(q), new PyFloat(r) });
        }
        if ((a.Type.IsHeapType || a is Modules.PyFraction or Modules.PyDecimal) && a.Type.Lookup("__divmod__") is not null)
        {
            var r = a.CallMethod("__divmod__", new[] { b });
            if (!ReferenceEquals(r, Ops.NotImplemented)) return r;
        }
        if ((b.Type.IsHeapType || b is Modules.PyFraction or Modules.PyDecimal) && b.Type.Lookup("__rdivmod__") is not null)
        {
            var r = b.CallMethod("__rdivmod__", new[] { a });
            if (!ReferenceEquals(r, Ops.NotImplemented)) return r;
        }
        throw Errors.TypeError($"unsupported operand type(s) for divmod(): '{a.Type.Name}' and '{b.Type.Name}'");
    }

    private static PyObject Pow(PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        ArgCheck.OnlyKw(kw, "pow", "base", "exp", "mod");
        var b = npos > 0 ? args[0] : ArgCheck.Kw(args, kw, "base") ?? throw Errors.TypeError("pow() missing required argument 'base' (pos 1)");
        var e = npos > 1 ? args[1] : ArgCheck.Kw(args, kw, "exp") ?? throw Errors.TypeError("pow() missing required argument 'exp' (pos 2)");
        var m = npos > 2 ? args[2] : ArgCheck.Kw(args, kw, "mod");
        if (npos > 3) throw Errors.TypeError($"pow() takes at most 3 arguments ({npos} given)");
        return Ops.Pow(b, e, m);
    }

    private static PyObject RoundBuiltin(PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        ArgCheck.OnlyKw(kw, "round", "number", "ndigits");
        var x = npos > 0 ? args[0] : ArgCheck.Kw(args, kw, "number") ?? throw Errors.TypeError("round() missing required argument 'number' (pos 1)");
        var n = npos > 1 ? args[1] : ArgCheck.Kw(args, kw, "ndigits");
        if (npos > 2) throw Errors.TypeError($"round() takes at most 2 arguments ({npos} given)");
        return Round(x, n);
    }

    /// <summary>round(x[, ndigits]) with round-half-even, exactly as CPython.</summary>
    public static PyObject Round(PyObject x, PyObject? ndigits)
    {
        bool none = ndigits is null || ndigits is PyNone;
        switch (x)
        {
            case PyInt i:
            {
                if (none) return i is PyBool ? PyInt.From(i.Small) : i;
                long n = ArgCheck.ToIndex(ndigits!);
                if (n >= 0) return i is PyBool ? PyInt.From(i.Small) : i;
                if (n < -4300) return PyInt.Zero;
                var p = BigInteger.Pow(10, (int)-n);
                var v = i.ToBigInteger();
                var q = PyInt.BigFloorDiv(v, p);
                var r = v - q * p;
                var twice = r * 2;
                if (twice > p || (twice == p && !q.IsEven)) q += 1;
                return PyInt.From(q * p);
            }
            case PyFloat f:
            {
                if (none)
                {
                    double r = Math.Round(f.Value, MidpointRounding.ToEven);
                    return PyInt.FromDouble(r);
                }
                long n = ArgCheck.ToIndex(ndigits!);
                return new PyFloat(FloatRepr.Round(f.Value, n));
            }
        }
        if (x.Type.Lookup("__round__") is not null)
            return none ? x.CallMethod("__round__", Array.Empty<PyObject>()) : x.CallMethod("__round__", new[] { ndigits! });
        throw Errors.TypeError($"type {x.Type.Name} doesn't define __round__ method");
    }

    private static PyInt Index(PyObject x)
    {
        if (x is PyInt i) return i;
        if (x.Type.Lookup("__index__") is not null && x.CallMethod("__index__", Array.Empty<PyObject>()) is PyInt r) return r;
        throw Errors.TypeError($"'{x.Type.Name}' object cannot be interpreted as an integer");
    }

    private static PyObject Radix(PyObject x, int radix, string prefix)
    {
        var i = Index(x);
        string digits = NumberFormatter.ToBase(i, radix);
        return new PyStr((i.Sign < 0 ? "-" : "") + prefix + digits);
    }

    public static PyObject Bin(PyObject x) => Radix(x, 2, "0b");
    public static PyObject Oct(PyObject x) => Radix(x, 8, "0o");
    public static PyObject Hex(PyObject x) => Radix(x, 16, "0x");

    private static PyObject Sum(PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        ArgCheck.OnlyKw(kw, "sum", "start");
        if (npos < 1) throw Errors.TypeError($"sum() takes at least 1 positional argument ({npos} given)");
        if (npos > 2) throw Errors.TypeError($"sum() takes at most 2 arguments ({npos} given)");
        var start = npos > 1 ? args[1] : ArgCheck.Kw(args, kw, "start");
        return Sum(args[0], start);
    }

    /// <summary>sum(iterable, start): CPython 3.11's int and float fast paths, then generic +.</summary>
    public static PyObject Sum(PyObject iterable, PyObject? start)
    {
        PyObject result = start ?? PyInt.Zero;
        switch (result)
        {
            case PyStr: throw Errors.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
            case PyBytes: throw Errors.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
            case PyByteArray: throw Errors.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        var it = Ops.GetIter(iterable);
        PyObject? item;
        if (result is PyInt ri && result is not PyBool && ri.IsSmall)
        {
            long acc = ri.Small;
            while (true)
            {
                item = it.Next();
                if (item is null) return PyInt.From(acc);
                if (item is PyInt ii && ii.IsSmall)
                {
                    long v = ii.Small, r = acc + v;
                    if (((acc ^ r) & (v ^ r)) >= 0) { acc = r; continue; }
                }
                result = Ops.Add(PyInt.From(acc), item);
                break;
            }
        }
        if (result is PyFloat rf)
        {
            double facc = rf.Value;
            while (true)
            {
                item = it.Next();
                if (item is null) return new PyFloat(facc);
                if (item is PyFloat f) { facc += f.Value; continue; }
                if (item is PyInt i2 && i2.IsSmall) { facc += i2.Small; continue; }
                result = Ops.Add(new PyFloat(facc), item);
                break;
            }
        }
        return SumGeneric(result, it);
    }

    private static PyObject SumGeneric(PyObject result, PyObject it)
    {
        PyObject? item;
        while ((item = it.Next()) is not null) result = Ops.Add(result, item);
        return result;
    }

    private static PyObject MinMax(PyObject[] args, string[]? kw, string name, CompareOp op)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        ArgCheck.OnlyKw(kw, name, "key", "default");
        var key = ArgCheck.Kw(args, kw, "key");
        if (key is PyNone) key = null;
        var dflt = ArgCheck.Kw(args, kw, "default");
        if (npos == 0) throw Errors.TypeError($"{name} expected at least 1 argument, got 0");
        PyObject it;
        if (npos == 1) it = Ops.GetIter(args[0]);
        else
        {
            if (dflt is not null)
                throw Errors.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
            var items = new PyObject[npos];
            Array.Copy(args, items, npos);
            it = new PyArrayIterator(items, IterTypes.TupleIterator);
        }
        PyObject? best = null, bestKey = null, x;
        while ((x = it.Next()) is not null)
        {
            var k = key is null ? x : key.Call(new[] { x });
            if (best is null || Ops.CompareBool(k, bestKey!, op))
            {
                best = x;
                bestKey = k;
            }
        }
        if (best is null)
            return dflt ?? throw Errors.ValueError($"{name}() arg is an empty sequence");
        return best;
    }
}
