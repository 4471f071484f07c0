using System;

namespace Pyrolyn.Runtime;

/// <summary>A function bound to an instance (<c>obj.method</c> as a value).</summary>
public sealed class PyMethod : PyObject
{
    public PyMethod(PyObject self, PyObject function)
    {
        Self = self;
        Function = function;
    }

    public PyObject Self { get; }
    public PyObject Function { get; }

    public override PyType Type => BuiltinTypes.Method;

    public override string Repr()
    {
        string name = Function is PyFunction f ? f.QualName : Ops.Str(Function.GetAttr("__qualname__"));
        return $"<bound method {name} of {Ops.Repr(Self)}>";
    }

    public override PyObject Call(PyObject[] args, string[]? kwnames = null)
    {
        if (Function is PyFunction f && kwnames is null)
        {
            switch (args.Length)
            {
                case 0: return f.Call1(Self);
                case 1: return f.Call2(Self, args[0]);
                case 2: return f.Call3(Self, args[0], args[1]);
            }
        }
        var all = new PyObject[args.Length + 1];
        all[0] = Self;
        Array.Copy(args, 0, all, 1, args.Length);
        return Function.Call(all, kwnames);
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (op is CompareOp.Eq or CompareOp.Ne && other is PyMethod m)
        {
            bool eq = ReferenceEquals(Self, m.Self) && ReferenceEquals(Function, m.Function);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        }
        return base.RichCompare(other, op);
    }

    public override long Hash() => (Identity.Of(Self) >> 4) ^ (Identity.Of(Function) >> 4);

    public override PyObject GetAttr(string name) => name switch
    {
        "__self__" => Self,
        "__func__" => Function,
        "__class__" => Type,
        _ => Function.GetAttr(name),
    };
}
