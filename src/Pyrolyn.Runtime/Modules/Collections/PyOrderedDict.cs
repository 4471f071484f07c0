using System;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary><c>collections.OrderedDict</c>: a dict (already insertion-ordered) with
/// move_to_end, popitem(last=) and order-sensitive equality between OrderedDicts.</summary>
public sealed class PyOrderedDict : PyDict
{
    public static readonly PyType OrderedDictType = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("OrderedDict", new[] { BuiltinTypes.Dict }, "collections", ConstructOrderedDict);
        BuiltinAttr.Register(t, static (self, name, args, kw) => ((PyOrderedDict)self).Dispatch(name, args, kw),
            "move_to_end", "popitem", "copy", "__copy__", "__repr__", "__or__", "__eq__", "__ne__");
        t.Dict["fromkeys"] = new PyBuiltinFunction("fromkeys", static (a, k) =>
        {
            ArgCheck.Range(a, k, "fromkeys", 1, 2);
            var d = new PyOrderedDict();
            var value = a.Length > 1 ? a[1] : PyNone.Instance;
            var it = Ops.GetIter(a[0]);
            PyObject? key;
            while ((key = it.Next()) is not null)
                d.SetItem(key, value);
            return d;
        }, null);
        return t;
    }

    public override PyType Type => OrderedDictType;

    private static PyObject ConstructOrderedDict(PyType type, PyObject[] args, string[]? kwnames)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        if (npos > 1)
            throw Errors.TypeError($"expected at most 1 arguments, got {npos}");
        var d = new PyOrderedDict();
        if (npos == 1)
            d.Update(args[0]);
        if (kwnames is not null)
            for (int i = 0; i < kwnames.Length; i++)
                d.SetItem(new PyStr(kwnames[i]), args[npos + i]);
        return d;
    }

    public override string Repr()
    {
        if (Count == 0)
            return "OrderedDict()";
        if (!ReprGuard.Enter(this))
            return "...";
        try
        {
            var sb = new StringBuilder("OrderedDict([");
            bool first = true;
            foreach (var (k, v) in Copy().Pairs())
            {
                if (!first)
                    sb.Append(", ");
                first = false;
                sb.Append('(').Append(k.Repr()).Append(", ").Append(v.Repr()).Append(')');
            }
            return sb.Append("])").ToString();
        }
        finally
        {
            ReprGuard.Leave(this);
        }
    }

    private PyOrderedDict CopyAs()
    {
        var d = new PyOrderedDict();
        d.Update(this);
        return d;
    }

    public void MoveToEnd(PyObject key, bool last)
    {
        if (!TryGetValue(key, out var value))
            throw Errors.KeyError(key);
        if (last)
        {
            Remove(key);
            SetItem(key, value);
            return;
        }
        var rest = Copy();
        Clear();
        SetItem(key, value);
        foreach (var (k, v) in rest.Pairs())
            if (!Ops.EqBool(k, key))
                SetItem(k, v);
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is PyOrderedDict o && op is CompareOp.Eq or CompareOp.Ne)
        {
            bool eq = Ops.EqBool(Copy(), o.Copy()) && KeysInSameOrder(o);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        }
        return base.RichCompare(other, op);
    }

    private bool KeysInSameOrder(PyOrderedDict o)
    {
        var a = KeysArray();
        var b = o.KeysArray();
        for (int i = 0; i < a.Length && i < b.Length; i++)
            if (!SequenceHelpers.ItemEq(a[i], b[i]))
                return false;
        return true;
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
            var r = new PyOrderedDict();
            r.Update(o);
            r.Update(this);
            return r;
        }
        return base.ReflectedBinaryOp(op, other);
    }

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "move_to_end":
            {
                var p = new Args(args, kw, "move_to_end", "key", "last");
                MoveToEnd(p.Required(0), p.Bool(1, true));
                return PyNone.Instance;
            }
            case "popitem":
            {
                var p = new Args(args, kw, "popitem", "last");
                if (Count == 0)
                    throw Errors.KeyError(new PyStr("dictionary is empty"));
                bool last = p.Bool(0, true);
                var keys = KeysArray();
                var key = last ? keys[^1] : keys[0];
                var value = GetItem(key);
                Remove(key);
                return new PyTuple(new[] { key, value });
            }
            case "copy": case "__copy__": ArgCheck.None(args, kw, "OrderedDict." + name); return CopyAs();
            case "__repr__": return new PyStr(Repr());
            case "__or__": return Ops.NotImplementedIfNull(BinaryOp(Runtime.BinaryOp.Or, ArgCheck.One(args, kw, name)));
            case "__eq__": return Ops.NotImplementedIfNull(RichCompare(ArgCheck.One(args, kw, name), CompareOp.Eq));
            case "__ne__": return Ops.NotImplementedIfNull(RichCompare(ArgCheck.One(args, kw, name), CompareOp.Ne));
        }
        return null;
    }
}
