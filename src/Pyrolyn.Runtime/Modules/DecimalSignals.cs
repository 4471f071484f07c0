using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime.Modules;

/// <summary>decimal's signal and condition classes (CPython's C decimal hierarchy) and the
/// rounding mode names.</summary>
public static class DecimalSignals
{
    private static PyType Make(string name, params PyType[] bases) =>
        new(name, bases, "decimal", ExceptionTypes.Exception.FactoryMethod);

    public static readonly PyType DecimalException = Make("DecimalException", ExceptionTypes.ArithmeticError);
    public static readonly PyType Clamped = Make("Clamped", DecimalException);
    public static readonly PyType InvalidOperation = Make("InvalidOperation", DecimalException);
    public static readonly PyType ConversionSyntax = Make("ConversionSyntax", InvalidOperation);
    public static readonly PyType DivisionByZero = Make("DivisionByZero", DecimalException, ExceptionTypes.ZeroDivisionError);
    public static readonly PyType DivisionImpossible = Make("DivisionImpossible", InvalidOperation);
    public static readonly PyType DivisionUndefined = Make("DivisionUndefined", InvalidOperation, ExceptionTypes.ZeroDivisionError);
    public static readonly PyType Inexact = Make("Inexact", DecimalException);
    public static readonly PyType InvalidContext = Make("InvalidContext", InvalidOperation);
    public static readonly PyType Rounded = Make("Rounded", DecimalException);
    public static readonly PyType Subnormal = Make("Subnormal", DecimalException);
    public static readonly PyType Overflow = Make("Overflow", Inexact, Rounded);
    public static readonly PyType Underflow = Make("Underflow", Inexact, Rounded, Subnormal);
    public static readonly PyType FloatOperation = Make("FloatOperation", DecimalException, ExceptionTypes.TypeError);

    /// <summary>The signals in the order C decimal lists them in a context's repr.</summary>
    public static readonly PyType[] Signals =
    {
        InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped,
    };

    /// <summary>Order of flags/traps in Context repr (C decimal's flag bit order).</summary>
    public static readonly PyType[] ReprOrder =
    {
        InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded, Subnormal, Underflow, Clamped,
    };

    public static readonly string[] RoundingModes =
    {
        "ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP",
    };

    public static void AddTo(System.Collections.Generic.Dictionary<string, PyObject> d)
    {
        foreach (var t in new[] { DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero, DivisionImpossible,
                     DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation })
            d[t.Name] = t;
        foreach (var r in RoundingModes)
            d[r] = new PyStr(r);
    }

    /// <summary>The signal a condition is raised as.</summary>
    public static PyType SignalOf(PyType condition) =>
        ReferenceEquals(condition, ConversionSyntax) || ReferenceEquals(condition, DivisionImpossible)
        || ReferenceEquals(condition, DivisionUndefined) || ReferenceEquals(condition, InvalidContext)
            ? InvalidOperation : condition;
}

/// <summary>A context's traps or flags: a mapping from signal class to bool.</summary>
public sealed class PySignalDict : PyObject
{
    private static readonly PyType s_type = MakeType();
    internal readonly HashSet<PyType> Set = new();

    private static PyType MakeType()
    {
        var t = new PyType("SignalDictMixin", new[] { BuiltinTypes.Object }, "decimal");
        BuiltinAttr.Register(t, static (self, name, args, kw) => ((PySignalDict)self).Dispatch(name, args, kw), "clear", "keys", "values", "items", "copy");
        return t;
    }

    public override PyType Type => s_type;

    private static PyType Key(PyObject key)
    {
        if (key is PyType t && Array.IndexOf(DecimalSignals.Signals, t) >= 0) return t;
        throw Errors.KeyError(key);
    }

    public override PyObject GetItem(PyObject key) => PyBool.From(Set.Contains(Key(key)));

    public override void SetItem(PyObject key, PyObject value)
    {
        var t = Key(key);
        if (Ops.IsTrue(value)) Set.Add(t); else Set.Remove(t);
    }

    public override long Length() => DecimalSignals.Signals.Length;

    public override PyObject GetIter() => new PyList(DecimalSignals.Signals).GetIter();

    public override string Repr()
    {
        var parts = new List<string>();
        foreach (var s in DecimalSignals.Signals)
            parts.Add($"{s.Repr()}:{(Set.Contains(s) ? "True" : "False")}");
        return "{" + string.Join(", ", parts) + "}";
    }

    private PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "clear": Set.Clear(); return PyNone.Instance;
            case "keys": return new PyList(DecimalSignals.Signals);
            case "values":
            {
                var l = new List<PyObject>();
                foreach (var s in DecimalSignals.Signals) l.Add(PyBool.From(Set.Contains(s)));
                return new PyList(l.ToArray());
            }
            case "items":
            {
                var l = new List<PyObject>();
                foreach (var s in DecimalSignals.Signals) l.Add(new PyTuple(new PyObject[] { s, PyBool.From(Set.Contains(s)) }));
                return new PyList(l.ToArray());
            }
            case "copy":
            {
                var d = new PyDict();
                foreach (var s in DecimalSignals.Signals) d.SetItem(s, PyBool.From(Set.Contains(s)));
                return d;
            }
        }
        return null;
    }

    public string Names()
    {
        var parts = new List<string>();
        foreach (var s in DecimalSignals.ReprOrder)
            if (Set.Contains(s)) parts.Add(s.Name);
        return "[" + string.Join(", ", parts) + "]";
    }
}
