namespace Pyrolyn.Runtime.Modules;

/// <summary>The <c>decimal</c> module: Decimal, Context, the signals, rounding constants,
/// getcontext/setcontext/localcontext and the standard contexts.</summary>
public static class DecimalModule
{
    public static PyModule Create()
    {
        var m = new PyModule("decimal");
        var d = m.Dict;
        d["Decimal"] = PyDecimal.DecimalType;
        d["Context"] = PyDecimalContext.ContextType;
        DecimalSignals.AddTo(d);
        d["MAX_PREC"] = PyInt.From(999999999999999999L);
        d["MAX_EMAX"] = PyInt.From(999999999999999999L);
        d["MIN_EMIN"] = PyInt.From(-999999999999999999L);
        d["MIN_ETINY"] = PyInt.From(-1999999999999999997L);
        d["HAVE_THREADS"] = PyBool.True;
        d["HAVE_CONTEXTVAR"] = PyBool.True;
        d["getcontext"] = new PyBuiltinFunction("getcontext", (a, k) => { ArgCheck.None(a, k, "getcontext"); return PyDecimalContext.Current; }, "decimal");
        d["setcontext"] = new PyBuiltinFunction("setcontext", (a, k) =>
        {
            var c = ArgCheck.One(a, k, "setcontext") as PyDecimalContext ?? throw Errors.TypeError("argument must be a context");
            PyDecimalContext.Current = c;
            return PyNone.Instance;
        }, "decimal");
        d["localcontext"] = new PyBuiltinFunction("localcontext", (a, k) =>
        {
            int npos = ArgCheck.PositionalCount(a, k);
            var src = npos > 0 ? a[0] : ArgCheck.Kw(a, k, "ctx");
            var ctx = src is PyDecimalContext c ? c.Copy()
                : src is null || src is PyNone ? PyDecimalContext.Current.Copy()
                : throw Errors.TypeError("optional argument must be a context");
            if (k is not null)
                foreach (var name in k)
                    if (name != "ctx")
                    {
                        if (name is not ("prec" or "rounding" or "Emin" or "Emax" or "capitals" or "clamp" or "flags" or "traps"))
                            throw Errors.TypeError($"'{name}' is an invalid keyword argument for this function");
                        ctx.SetAttr(name, ArgCheck.Kw(a, k, name)!);
                    }
            return new PyLocalContext(ctx);
        }, "decimal");
        var basic = new PyDecimalContext { Prec = 9, Rounding = "ROUND_HALF_UP" };
        basic.Traps.Set.Clear();
        foreach (var t in new[] { DecimalSignals.Clamped, DecimalSignals.DivisionByZero, DecimalSignals.InvalidOperation,
                     DecimalSignals.Overflow, DecimalSignals.Underflow })
            basic.Traps.Set.Add(t);
        d["BasicContext"] = basic;
        var ext = new PyDecimalContext { Prec = 9 };
        ext.Traps.Set.Clear();
        d["ExtendedContext"] = ext;
        d["DefaultContext"] = new PyDecimalContext();
        return m;
    }
}
