using System;

namespace Pyrolyn.Runtime.Modules;

/// <summary>decimal.Context: precision, rounding, exponent limits, flags and traps; the
/// thread's current context (getcontext/setcontext/localcontext).</summary>
public sealed class PyDecimalContext : PyObject
{
    public static readonly PyType ContextType = MakeType();

    public int Prec = 28;
    public string Rounding = "ROUND_HALF_EVEN";
    public long Emin = -999999;
    public long Emax = 999999;
    public int Capitals = 1;
    public int Clamp;
    public readonly PySignalDict Flags = new();
    public readonly PySignalDict Traps = new();

    public PyDecimalContext()
    {
        Traps.Set.Add(DecimalSignals.InvalidOperation);
        Traps.Set.Add(DecimalSignals.DivisionByZero);
        Traps.Set.Add(DecimalSignals.Overflow);
    }

    [ThreadStatic] private static PyDecimalContext? t_current;

    public static PyDecimalContext Current
    {
        get => t_current ??= new PyDecimalContext();
        set => t_current = value;
    }

    public override PyType Type => ContextType;

    public long Etiny => Emin - Prec + 1;
    public long Etop => Emax - Prec + 1;

    public PyDecimalContext Copy()
    {
        var c = new PyDecimalContext { Prec = Prec, Rounding = Rounding, Emin = Emin, Emax = Emax, Capitals = Capitals, Clamp = Clamp };
        c.Traps.Set.Clear();
        c.Traps.Set.UnionWith(Traps.Set);
        c.Flags.Set.UnionWith(Flags.Set);
        return c;
    }

    /// <summary>Signals <paramref name="condition"/>: sets the flag, raises when trapped, else
    /// returns the condition's default result.</summary>
    public PyDecimal Raise(PyType condition, Func<PyDecimal> result)
    {
        var signal = DecimalSignals.SignalOf(condition);
        Flags.Set.Add(signal);
        if (Traps.Set.Contains(signal))
            throw new PyException(new PyBaseException(signal, new PyObject[] { new PyList(new PyObject[] { condition }) }));
        return result();
    }

    /// <summary>Sets a flag; raises when trapped (for signals without a result).</summary>
    public void Signal(PyType signal)
    {
        Flags.Set.Add(signal);
        if (Traps.Set.Contains(signal))
            throw new PyException(new PyBaseException(signal, new PyObject[] { new PyList(new PyObject[] { signal }) }));
    }

    private static PyObject Construct(PyType type, PyObject[] args, string[]? kwnames)
    {
        var p = new Args(args, kwnames, "Context", "prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps");
        var c = new PyDecimalContext();
        for (int i = 0; i < 6; i++)
            if (p[i] is { } v && v is not PyNone)
                c.SetAttr(p.Names[i], v);
        if (p[6] is { } f && f is not PyNone) SetSignals(c.Flags, f);
        if (p[7] is { } t && t is not PyNone) SetSignals(c.Traps, t);
        return c;
    }

    private static void SetSignals(PySignalDict d, PyObject value)
    {
        d.Set.Clear();
        if (value is PyDict dict)
        {
            foreach (var s in DecimalSignals.Signals)
                if (dict.TryGetValue(s, out var v) && Ops.IsTrue(v)) d.Set.Add(s);
            return;
        }
        var it = Ops.GetIter(value);
        PyObject? x;
        while ((x = it.Next()) is not null)
            if (x is PyType t) d.Set.Add(t);
    }

    private static PyType MakeType()
    {
        var t = new PyType("Context", new[] { BuiltinTypes.Object }, "decimal", Construct) { TpName = "decimal.Context" };
        BuiltinAttr.Register(t, static (self, name, args, kw) => ((PyDecimalContext)self).Dispatch(name, args, kw),
            "copy", "clear_flags", "clear_traps", "create_decimal", "create_decimal_from_float", "Etiny", "Etop",
            "__copy__", "__repr__", "abs", "add", "subtract", "multiply", "divide", "divide_int", "remainder", "power",
            "sqrt", "quantize", "plus", "minus", "compare", "to_sci_string", "normalize");
        return t;
    }

    public override string Repr() =>
        $"Context(prec={Prec}, rounding={Rounding}, Emin={Emin}, Emax={Emax}, capitals={Capitals}, clamp={Clamp}, flags={Flags.Names()}, traps={Traps.Names()})";

    public override PyObject GetAttr(string name) => name switch
    {
        "prec" => PyInt.From(Prec),
        "rounding" => new PyStr(Rounding),
        "Emin" => PyInt.From(Emin),
        "Emax" => PyInt.From(Emax),
        "capitals" => PyInt.From(Capitals),
        "clamp" => PyInt.From(Clamp),
        "flags" => Flags,
        "traps" => Traps,
        _ => BuiltinAttr.Get(this, name),
    };

    public override void SetAttr(string name, PyObject value)
    {
        switch (name)
        {
            case "prec":
            {
                long v = ToInt(value);
                if (v < 1 || v > 999999999999999999L) throw Errors.ValueError("valid range for prec is [1, MAX_PREC]");
                Prec = (int)Math.Min(v, 100000000);
                return;
            }
            case "rounding":
                if (value is not PyStr s || Array.IndexOf(DecimalSignals.RoundingModes, s.Value) < 0)
                    throw Errors.TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]");
                Rounding = s.Value;
                return;
            case "Emin":
            {
                long v = ToInt(value);
                if (v > 0 || v < -999999999999999999L) throw Errors.ValueError("valid range for Emin is [MIN_EMIN, 0]");
                Emin = v;
                return;
            }
            case "Emax":
            {
                long v = ToInt(value);
                if (v < 0 || v > 999999999999999999L) throw Errors.ValueError("valid range for Emax is [0, MAX_EMAX]");
                Emax = v;
                return;
            }
            case "capitals":
            {
                long v = ToInt(value);
                if (v is not (0 or 1)) throw Errors.ValueError("valid values for capitals are 0 or 1");
                Capitals = (int)v;
                return;
            }
            case "clamp":
            {
                long v = ToInt(value);
                if (v is not (0 or 1)) throw Errors.ValueError("valid values for clamp are 0 or 1");
                Clamp = (int)v;
                return;
            }
            case "flags": SetSignals(Flags, value); return;
            case "traps": SetSignals(Traps, value); return;
        }
        throw Errors.AttributeError($"'decimal.Context' object has no attribute '{name}'");
    }

    private static long ToInt(PyObject v) =>
        v is PyInt i ? ArgCheck.ToLong(i) : throw Errors.TypeError("an integer is required");

    private PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        PyDecimal A(int i) => PyDecimal.Convert(args[i], this, true)!;
        switch (name)
        {
            case "copy": case "__copy__": return Copy();
            case "clear_flags": Flags.Set.Clear(); return PyNone.Instance;
            case "clear_traps": Traps.Set.Clear(); return PyNone.Instance;
            case "Etiny": return PyInt.From(Etiny);
            case "Etop": return PyInt.From(Etop);
            case "__repr__": return new PyStr(Repr());
            case "create_decimal":
            {
                var d = args.Length == 0 ? PyDecimal.Zero : PyDecimal.FromObject(args[0], this, true);
                return d.Fix(this);
            }
            case "create_decimal_from_float":
                return PyDecimal.FromObject(ArgCheck.One(args, kw, "create_decimal_from_float"), this, true).Fix(this);
            case "abs": return PyDecimal.Abs(A(0), this);
            case "plus": return A(0).Fix(this);
            case "minus": return PyDecimal.Negate(A(0), this);
            case "add": return PyDecimal.Add(A(0), A(1), this);
            case "subtract": return PyDecimal.Subtract(A(0), A(1), this);
            case "multiply": return PyDecimal.Multiply(A(0), A(1), this);
            case "divide": return PyDecimal.Divide(A(0), A(1), this);
            case "divide_int": return PyDecimal.FloorDivide(A(0), A(1), this);
            case "remainder": return PyDecimal.Remainder(A(0), A(1), this);
            case "power": return PyDecimal.Power(A(0), A(1), this);
            case "sqrt": return PyDecimal.Sqrt(A(0), this);
            case "quantize": return PyDecimal.Quantize(A(0), A(1), null, this);
            case "compare": return PyDecimal.CompareValues(A(0), A(1), this);
            case "normalize": return PyDecimal.Normalize(A(0), this);
            case "to_sci_string": return new PyStr(A(0).ToSciString(false, Capitals));
        }
        return null;
    }
}

/// <summary>localcontext(): a context manager installing a copy of a context.</summary>
public sealed class PyLocalContext : PyObject
{
    private static readonly PyType s_type = MakeType();
    private readonly PyDecimalContext _ctx;
    private PyDecimalContext? _saved;

    public PyLocalContext(PyDecimalContext ctx) => _ctx = ctx;

    private static PyType MakeType()
    {
        var t = new PyType("ContextManager", new[] { BuiltinTypes.Object }, "decimal");
        BuiltinAttr.Register(t, static (self, name, args, kw) => ((PyLocalContext)self).Dispatch(name), "__enter__", "__exit__");
        return t;
    }

    public override PyType Type => s_type;

    private PyObject? Dispatch(string name)
    {
        switch (name)
        {
            case "__enter__":
                _saved = PyDecimalContext.Current;
                PyDecimalContext.Current = _ctx;
                return _ctx;
            case "__exit__":
                PyDecimalContext.Current = _saved!;
                return PyBool.False;
        }
        return null;
    }
}
