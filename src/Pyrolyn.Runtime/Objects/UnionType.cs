using System.Collections.Generic;

namespace Pyrolyn.Runtime;

/// <summary><c>int | None</c>: CPython's <c>types.UnionType</c>, usable in annotations and
/// with <c>isinstance</c>.</summary>
public sealed class UnionType : PyObject
{
    public static readonly PyType UnionTypeType = new("UnionType", new[] { BuiltinTypes.Object }, "types");

    private UnionType(PyObject[] args) => Args = args;

    public PyObject[] Args { get; }

    public override PyType Type => UnionTypeType;

    public static bool IsUnionOperand(PyObject o) => o is PyType or PyNone or GenericAlias or UnionType;

    /// <summary><c>a | b</c>, flattening nested unions and dropping duplicates.</summary>
    public static PyObject Make(PyObject a, PyObject b)
    {
        var items = new List<PyObject>();
        void Add(PyObject o)
        {
            if (o is UnionType u)
            {
                foreach (var x in u.Args) Add(x);
                return;
            }
            if (o is PyNone) o = BuiltinTypes.NoneType;
            foreach (var x in items)
                if (ReferenceEquals(x, o)) return;
            items.Add(o);
        }
        Add(a);
        Add(b);
        return items.Count == 1 ? items[0] : new UnionType(items.ToArray());
    }

    public override string Repr() =>
        string.Join(" | ", System.Array.ConvertAll(Args, a => ReferenceEquals(a, BuiltinTypes.NoneType) ? "None" : GenericAlias.ArgRepr(a)));

    public override PyObject GetAttr(string name) => name switch
    {
        "__args__" => new PyTuple(Args),
        "__class__" => Type,
        _ => base.GetAttr(name),
    };

    public override PyObject? BinaryOp(BinaryOp op, PyObject other) =>
        op == Runtime.BinaryOp.Or && IsUnionOperand(other) ? Make(this, other) : null;

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other) =>
        op == Runtime.BinaryOp.Or && IsUnionOperand(other) ? Make(other, this) : null;

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not UnionType u)
            return base.RichCompare(other, op);
        bool eq = u.Args.Length == Args.Length;
        if (eq)
            foreach (var a in Args)
                if (System.Array.IndexOf(u.Args, a) < 0) eq = false;
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }

    public override long Hash()
    {
        long h = 0;
        foreach (var a in Args) h ^= Ops.Hash(a);
        return h;
    }
}
