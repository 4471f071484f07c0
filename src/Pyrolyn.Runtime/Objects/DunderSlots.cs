using System;

namespace Pyrolyn.Runtime;

/// <summary>
/// The special methods that instances of Python classes look up on every operation, each with a
/// fixed index into the per-type slot cache (<see cref="PyType.UserSlot"/>). CPython keeps these
/// in the type's C slots (<c>tp_as_number</c>...); here the cache is rebuilt lazily after any
/// class namespace changes, like the rest of the type's lookup cache.
/// </summary>
internal static class DunderSlots
{
    private static readonly string[] BinaryNames =
        { "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor" };

    /// <summary>Binary operators: <c>Forward + (int)op</c>, <c>Reflected + (int)op</c>, <c>InPlace + (int)op</c>.</summary>
    public const int Forward = 0;
    public static readonly int Reflected = BinaryNames.Length;
    public static readonly int InPlace = 2 * BinaryNames.Length;
    /// <summary>Rich comparisons in <see cref="CompareOp"/> order.</summary>
    public static readonly int Compare = 3 * BinaryNames.Length;

    private static readonly string[] Others =
    {
        "__bool__", "__len__", "__hash__", "__repr__", "__str__", "__format__", "__getattribute__", "__getattr__",
        "__setattr__", "__delattr__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__",
        "__next__", "__call__", "__neg__", "__pos__", "__invert__",
    };

    public static readonly string[] Names = BuildNames();

    public static readonly int Bool = IndexOf("__bool__"), Len = IndexOf("__len__"), Hash = IndexOf("__hash__"),
        Repr = IndexOf("__repr__"), Str = IndexOf("__str__"), Format = IndexOf("__format__"),
        GetAttribute = IndexOf("__getattribute__"), GetAttr = IndexOf("__getattr__"), SetAttr = IndexOf("__setattr__"),
        DelAttr = IndexOf("__delattr__"), GetItem = IndexOf("__getitem__"), SetItem = IndexOf("__setitem__"),
        DelItem = IndexOf("__delitem__"), Contains = IndexOf("__contains__"), Iter = IndexOf("__iter__"),
        Next = IndexOf("__next__"), Call = IndexOf("__call__"), Neg = IndexOf("__neg__"), Pos = IndexOf("__pos__"),
        Invert = IndexOf("__invert__");

    public static int Count => Names.Length;

    private static string[] BuildNames()
    {
        var names = new string[3 * BinaryNames.Length + 6 + Others.Length];
        for (int i = 0; i < BinaryNames.Length; i++)
        {
            names[i] = "__" + BinaryNames[i] + "__";
            names[BinaryNames.Length + i] = "__r" + BinaryNames[i] + "__";
            names[2 * BinaryNames.Length + i] = "__i" + BinaryNames[i] + "__";
        }
        string[] compare = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
        compare.CopyTo(names, 3 * BinaryNames.Length);
        Others.CopyTo(names, 3 * BinaryNames.Length + compare.Length);
        return names;
    }

    private static int IndexOf(string name) => Array.IndexOf(Names, name);
}
