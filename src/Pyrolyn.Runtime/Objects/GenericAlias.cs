using System.Text;

namespace Pyrolyn.Runtime;

/// <summary><c>list[int]</c>, <c>dict[str, int]</c>: a builtin class subscripted for type
/// hints (CPython's <c>types.GenericAlias</c>). Calling it calls the origin class.</summary>
public sealed class GenericAlias : PyObject
{
    public static readonly PyType AliasType = new("GenericAlias", new[] { BuiltinTypes.Object }, "types");

    public GenericAlias(PyObject origin, PyObject args, string? displayName = null)
    {
        Origin = origin;
        Args = args is PyTuple t ? t.Items : new[] { args };
        DisplayName = displayName;
    }

    public PyObject Origin { get; }
    public PyObject[] Args { get; }
    /// <summary>typing's aliases print as <c>typing.List[int]</c>; null: the origin's name.</summary>
    public string? DisplayName { get; }

    public override PyType Type => AliasType;

    /// <summary>Builtin classes that accept <c>cls[...]</c> in 3.11.</summary>
    public static bool IsGenericBuiltin(PyType t) =>
        ReferenceEquals(t, BuiltinTypes.List) || ReferenceEquals(t, BuiltinTypes.Dict) || ReferenceEquals(t, BuiltinTypes.Tuple)
        || ReferenceEquals(t, BuiltinTypes.Set) || ReferenceEquals(t, BuiltinTypes.FrozenSet) || ReferenceEquals(t, BuiltinTypes.Type);

    /// <summary>How type hints show a type argument: <c>int</c>, <c>__main__.C</c>, <c>...</c>.</summary>
    public static string ArgRepr(PyObject a) => a switch
    {
        PyType t => t.Module == "builtins" ? t.QualName : t.Module + "." + t.QualName,
        _ when ReferenceEquals(a, Ops.Ellipsis) => "...",
        PyNone => "None",
        _ => a.Repr(),
    };

    public override string Repr()
    {
        var sb = new StringBuilder(DisplayName ?? ArgRepr(Origin)).Append('[');
        if (Args.Length == 0)
            sb.Append("()");
        // typing.Optional[X] stands for Union[X, None] but prints only X.
        int shown = DisplayName == "typing.Optional" ? 1 : Args.Length;
        for (int i = 0; i < shown; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Args[i] is PyList l ? "[" + string.Join(", ", System.Array.ConvertAll(l.ToArray(), ArgRepr)) + "]" : ArgRepr(Args[i]));
        }
        return sb.Append(']').ToString();
    }

    public override PyObject Call(PyObject[] args, string[]? kwnames = null) => Origin.Call(args, kwnames);

    public override PyObject GetItem(PyObject key) => new GenericAlias(Origin, key, DisplayName);

    public override PyObject GetAttr(string name) => name switch
    {
        "__origin__" => Origin,
        "__args__" => new PyTuple(Args),
        "__class__" => Type,
        _ => Origin.GetAttr(name),
    };

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not GenericAlias g)
            return base.RichCompare(other, op);
        bool eq = Ops.CompareBool(Origin, g.Origin, CompareOp.Eq) && Ops.CompareBool(new PyTuple(Args), new PyTuple(g.Args), CompareOp.Eq);
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }

    public override long Hash() => Ops.Hash(Origin) ^ Ops.Hash(new PyTuple(Args));

    public override PyObject? BinaryOp(BinaryOp op, PyObject other) =>
        op == Runtime.BinaryOp.Or && UnionType.IsUnionOperand(other) ? UnionType.Make(this, other) : null;

    public override PyObject? ReflectedBinaryOp(BinaryOp op, PyObject other) =>
        op == Runtime.BinaryOp.Or && UnionType.IsUnionOperand(other) ? UnionType.Make(other, this) : null;
}
