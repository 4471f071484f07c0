using System;

namespace Pyrolyn.Runtime.Modules;

/// <summary><c>collections.defaultdict</c>: a dict whose missing keys are filled in by
/// <c>default_factory()</c> (CPython's <c>__missing__</c>).</summary>
public sealed class PyDefaultDict : PyDict
{
    public static readonly PyType DefaultDictType = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("defaultdict", new[] { BuiltinTypes.Dict }, "collections", ConstructDefaultDict);
        BuiltinAttr.Register(t, static (self, name, args, kw) => ((PyDefaultDict)self).Dispatch(name, args, kw),
            "__missing__", "copy", "__copy__", "__repr__", "__or__");
        return t;
    }

    public PyDefaultDict(PyObject? factory) => Factory = factory;

    /// <summary><c>default_factory</c>; null stands for None.</summary>
    public PyObject? Factory { get; set; }

    public override PyType Type => DefaultDictType;

    private static PyObject ConstructDefaultDict(PyType type, PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        PyObject? factory = null;
        if (npos > 0 && args[0] is not PyNone)
        {
            if (!Builtins.Callable(args[0]))
                throw Errors.TypeError("first argument must be callable or None");
            factory = args[0];
        }
        var d = new PyDefaultDict(factory);
        if (npos > 2)
            throw Errors.TypeError($"defaultdict expected at most 2 arguments, got {npos}");
        if (npos == 2)
            d.Update(args[1]);
        if (kwnames is not null)
            for (int i = 0; i < kwnames.Length; i++)
                d.SetItem(new PyStr(kwnames[i]), args[npos + i]);
        return d;
    }

    protected override PyObject Missing(PyObject key)
    {
        if (Factory is null)
            throw Errors.KeyError(key);
        var value = Factory.Call(Array.Empty<PyObject>());
        SetItem(key, value);
        return value;
    }

    public override string Repr()
    {
        string factory;
        if (Factory is null)
            factory = "None";
        else if (!ReprGuard.Enter(Factory))
            factory = "...";
        else
        {
            try { factory = Factory.Repr(); }
            finally { ReprGuard.Leave(Factory); }
        }
        return $"defaultdict({factory}, {base.Repr()})";
    }

    private PyDefaultDict CopyAs()
    {
        var d = new PyDefaultDict(Factory);
        d.Update(this);
        return d;
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject other)
    {
        if (op == Runtime.BinaryOp.Or && other is PyDict o)
        {
            var r = CopyAs();
            r.Update(o);
            return r;
        }
        return base.BinaryOp(op, other);
    }

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other)
    {
        if (op == Runtime.BinaryOp.Or && other is PyDict o)
        {
            var r = new PyDefaultDict(Factory);
            r.Update(o);
            r.Update(this);
            return r;
        }
        return base.ReflectedBinaryOp(op, other);
    }

    public override PyObject GetAttr(string name) =>
        name == "default_factory" ? Factory ?? PyNone.Instance : base.GetAttr(name);

    public override void SetAttr(string name, PyObject value)
    {
        if (name == "default_factory")
        {
            Factory = value is PyNone ? null : value;
            return;
        }
        base.SetAttr(name, value);
    }

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "__missing__": return Missing(ArgCheck.One(args, kw, "defaultdict.__missing__"));
            case "copy": case "__copy__": ArgCheck.None(args, kw, "defaultdict." + name); return CopyAs();
            case "__repr__": ArgCheck.None(args, kw, "defaultdict.__repr__"); return new PyStr(Repr());
            case "__or__": return Ops.NotImplementedIfNull(BinaryOp(Runtime.BinaryOp.Or, ArgCheck.One(args, kw, "defaultdict.__or__")));
        }
        return null;
    }
}
