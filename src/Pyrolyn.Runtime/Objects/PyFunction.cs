using System;
using System.Collections.Generic;
using System.Text;

namespace Pyrolyn.Runtime;

/// <summary>
/// A function defined in Python. Subclasses (<c>PyFunction0</c>..<c>PyFunction6</c>,
/// <see cref="PyFunctionN"/>) hold the compiled delegate; <c>Call0</c>..<c>Call5</c> are
/// allocation-free fast paths for positional calls, everything else goes through
/// <see cref="BindArguments"/> with CPython's argument errors.
/// </summary>
public abstract partial class PyFunction : PyObject
{
    private Dictionary<string, PyObject>? _dict;

    protected PyFunction(FunctionCode code, PyObject[]? defaults, PyObject?[]? kwDefaults, string module)
    {
        Code = code;
        Defaults = defaults ?? Array.Empty<PyObject>();
        KwDefaults = kwDefaults ?? new PyObject?[code.KwOnlyCount];
        Module = module;
    }

    public FunctionCode Code { get; }
    /// <summary>Defaults of the last <c>Defaults.Length</c> positional parameters.</summary>
    public PyObject[] Defaults { get; set; }
    /// <summary>One entry per keyword-only parameter; null when it has no default.</summary>
    public PyObject?[] KwDefaults { get; set; }
    public string Module { get; }
    public PyObject Doc { get; set; } = PyNone.Instance;
    /// <summary><c>__annotations__</c> (made on first access when the def had none).</summary>
    public PyDict? Annotations { get; set; }
    public string Name => Code.Name;
    public string QualName => Code.QualName;

    public override PyType Type => BuiltinTypes.Function;

    public override string Repr() => $"<function {_qualNameOverride?.Value ?? Code.QualName} at 0x{Identity.Of(this):x}>";

    private PyStr? _nameOverride;
    private PyStr? _qualNameOverride;
    private PyObject? _moduleOverride;

    /// <summary>Runs the body with one value per slot.</summary>
    public abstract PyObject Invoke(PyObject[] slots);

    public virtual PyObject Call0() => Invoke(BindArguments(Array.Empty<PyObject>(), null));
    public virtual PyObject Call1(PyObject a) => Invoke(BindArguments(new[] { a }, null));
    public virtual PyObject Call2(PyObject a, PyObject b) => Invoke(BindArguments(new[] { a, b }, null));
    public virtual PyObject Call3(PyObject a, PyObject b, PyObject c) => Invoke(BindArguments(new[] { a, b, c }, null));
    public virtual PyObject Call4(PyObject a, PyObject b, PyObject c, PyObject d) => Invoke(BindArguments(new[] { a, b, c, d }, null));
    public virtual PyObject Call5(PyObject a, PyObject b, PyObject c, PyObject d, PyObject e) => Invoke(BindArguments(new[] { a, b, c, d, e }, null));

    public override PyObject Call(PyObject[] args, string[]? kwnames = null)
    {
        if (kwnames is null || kwnames.Length == 0)
        {
            switch (args.Length)
            {
                case 0: return Call0();
                case 1: return Call1(args[0]);
                case 2: return Call2(args[0], args[1]);
                case 3: return Call3(args[0], args[1], args[2]);
                case 4: return Call4(args[0], args[1], args[2], args[3]);
                case 5: return Call5(args[0], args[1], args[2], args[3], args[4]);
            }
        }
        return Invoke(BindArguments(args, kwnames));
    }

    /// <summary>Default for positional slot <paramref name="i"/> (the caller checked it exists).</summary>
    protected PyObject DefaultFor(int i) => Defaults[i - (Code.PositionalCount - Defaults.Length)];

    /// <summary>True when a positional call with <paramref name="n"/> arguments can skip binding.</summary>
    protected bool CanFastCall(int n) =>
        Code.IsSimple && n <= Code.PositionalCount && n >= Code.PositionalCount - Defaults.Length;

    /// <summary>Maps vectorcall arguments to slots (CPython's argument binding).</summary>
    public PyObject[] BindArguments(PyObject[] args, string[]? kwnames)
    {
        var code = Code;
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        var slots = new PyObject?[code.SlotCount];
        int posCount = code.PositionalCount;

        if (npos > posCount && !code.HasVarArgs)
            throw TooManyPositional(npos, args, kwnames);
        int ncopy = Math.Min(npos, posCount);
        Array.Copy(args, slots, ncopy);
        if (code.HasVarArgs)
        {
            if (npos > posCount)
            {
                var extra = new PyObject[npos - posCount];
                Array.Copy(args, posCount, extra, 0, extra.Length);
                slots[code.VarArgsSlot] = new PyTuple(extra);
            }
            else
            {
                slots[code.VarArgsSlot] = PyTuple.Empty;
            }
        }

        PyDict? kwargs = null;
        if (code.HasKwArgs)
            slots[code.KwArgsSlot] = kwargs = new PyDict();

        List<string>? posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++)
        {
            string name = kwnames![k];
            var value = args[npos + k];
            int slot = FindKeywordSlot(name);
            if (slot >= 0)
            {
                if (slots[slot] is not null)
                    throw Errors.TypeError($"{code.QualName}() got multiple values for argument '{name}'");
                slots[slot] = value;
                continue;
            }
            if (kwargs is not null)
            {
                kwargs.SetItem(new PyStr(name), value);
                continue;
            }
            if (Array.IndexOf(code.ParameterNames, name, 0, code.PosOnlyCount) >= 0)
            {
                (posOnlyAsKw ??= new List<string>()).Add(name);
                continue;
            }
            throw Errors.TypeError($"{code.QualName}() got an unexpected keyword argument '{name}'");
        }
        if (posOnlyAsKw is not null)
            throw Errors.TypeError($"{code.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyAsKw)}'");

        // Defaults, then the missing-argument errors.
        int firstDefault = posCount - Defaults.Length;
        List<string>? missing = null;
        for (int i = npos; i < posCount; i++)
        {
            if (slots[i] is not null)
                continue;
            if (i >= firstDefault)
                slots[i] = Defaults[i - firstDefault];
            else
                (missing ??= new List<string>()).Add(code.ParameterNames[i]);
        }
        if (missing is not null)
            throw Missing(missing, "positional");
        int kwStart = code.KwOnlyStart;
        for (int i = 0; i < code.KwOnlyCount; i++)
        {
            if (slots[kwStart + i] is not null)
                continue;
            if (KwDefaults[i] is { } d)
                slots[kwStart + i] = d;
            else
                (missing ??= new List<string>()).Add(code.ParameterNames[kwStart + i]);
        }
        if (missing is not null)
            throw Missing(missing, "keyword-only");
        return slots!;
    }

    private int FindKeywordSlot(string name)
    {
        var names = Code.ParameterNames;
        for (int i = Code.PosOnlyCount; i < Code.PositionalCount; i++)
            if (names[i] == name)
                return i;
        int kwStart = Code.KwOnlyStart;
        for (int i = 0; i < Code.KwOnlyCount; i++)
            if (names[kwStart + i] == name)
                return kwStart + i;
        return -1;
    }

    private PyException TooManyPositional(int given, PyObject[] args, string[]? kwnames)
    {
        int argc = Code.PositionalCount;
        int defcount = Defaults.Length;
        int kwonlyGiven = 0;
        if (kwnames is not null)
            foreach (var k in kwnames)
                if (Array.IndexOf(Code.ParameterNames, k, Code.KwOnlyStart, Code.KwOnlyCount) >= 0)
                    kwonlyGiven++;
        bool plural;
        string sig;
        if (defcount > 0)
        {
            plural = true;
            sig = $"from {argc - defcount} to {argc}";
        }
        else
        {
            plural = argc != 1;
            sig = argc.ToString();
        }
        string kwonlySig = kwonlyGiven > 0
            ? $" positional argument{(given != 1 ? "s" : "")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven != 1 ? "s" : "")})"
            : "";
        return Errors.TypeError($"{Code.QualName}() takes {sig} positional argument{(plural ? "s" : "")} but {given}{kwonlySig} {(given == 1 && kwonlyGiven == 0 ? "was" : "were")} given");
    }

    private PyException Missing(List<string> names, string kind)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < names.Count; i++)
        {
            if (i > 0)
                sb.Append(names.Count == 2 ? " and " : i == names.Count - 1 ? ", and " : ", ");
            sb.Append('\'').Append(names[i]).Append('\'');
        }
        return Errors.TypeError($"{Code.QualName}() missing {names.Count} required {kind} argument{(names.Count == 1 ? "" : "s")}: {sb}");
    }

    public override PyObject GetAttr(string name)
    {
        switch (name)
        {
            case "__name__": return _nameOverride ?? new PyStr(Code.Name);
            case "__qualname__": return _qualNameOverride ?? new PyStr(Code.QualName);
            case "__module__": return _moduleOverride ?? new PyStr(Module);
            case "__doc__": return Doc;
            case "__defaults__": return Defaults.Length == 0 ? PyNone.Instance : new PyTuple(Defaults);
            case "__class__": return Type;
            case "__annotations__": return Annotations ??= new PyDict();
            case "__kwdefaults__": return KwDefaultsDict();
            case "__get__": return new PyBuiltinFunction("__get__", (a, k) => a.Length > 0 && a[0] is not PyNone ? new PyMethod(a[0], this) : this);
            case "__dict__":
                var d = new PyDict();
                if (_dict is not null)
                    foreach (var kv in _dict)
                        d.SetItem(new PyStr(kv.Key), kv.Value);
                return d;
        }
        if (_dict is not null && _dict.TryGetValue(name, out var v))
            return v;
        throw Errors.AttributeError($"'function' object has no attribute '{name}'");
    }

    private PyObject KwDefaultsDict()
    {
        var d = new PyDict();
        for (int i = 0; i < KwDefaults.Length; i++)
            if (KwDefaults[i] is { } v)
                d.SetItem(new PyStr(Code.ParameterNames[Code.KwOnlyStart + i]), v);
        return d.Count == 0 ? PyNone.Instance : d;
    }

    public override void SetAttr(string name, PyObject value)
    {
        switch (name)
        {
            case "__doc__": Doc = value; return;
            case "__annotations__": Annotations = value as PyDict ?? throw Errors.TypeError("__annotations__ must be set to a dict object"); return;
            case "__defaults__": Defaults = value is PyTuple t ? t.Items : Array.Empty<PyObject>(); return;
            // functools.wraps renames wrappers; the code object (tracebacks, argument errors) keeps its name.
            case "__name__": _nameOverride = value as PyStr ?? throw Errors.TypeError("__name__ must be set to a string object"); return;
            case "__qualname__": _qualNameOverride = value as PyStr ?? throw Errors.TypeError("__qualname__ must be set to a string object"); return;
            case "__module__": _moduleOverride = value; return;
        }
        (_dict ??= new Dictionary<string, PyObject>(StringComparer.Ordinal))[name] = value;
    }

    public override void DelAttr(string name)
    {
        if (_dict is null || !_dict.Remove(name))
            throw Errors.AttributeError($"'function' object has no attribute '{name}'");
    }
}

/// <summary>A function with more than six slots: the compiled method takes a slot array.</summary>
public sealed class PyFunctionN : PyFunction
{
    private readonly Func<PyObject[], PyObject> _f;

    public PyFunctionN(FunctionCode code, Func<PyObject[], PyObject> f, PyObject[]? defaults = null, PyObject?[]? kwDefaults = null, string module = "__main__")
        : base(code, defaults, kwDefaults, module) => _f = f;

    public override PyObject Invoke(PyObject[] slots) => _f(slots);
}
