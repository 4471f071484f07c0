using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime;

/// <summary>The builtins module: one static method per builtin function plus
/// <see cref="Lookup"/>, which returns builtins as objects (functions, types, exceptions).</summary>
public static partial class Builtins
{
    private static Dictionary<string, PyObject>? _table;

    /// <summary>The builtin named <paramref name="name"/>, or null.</summary>
    public static PyObject? Lookup(string name)
    {
        var t = _table ??= BuildTable();
        return t.TryGetValue(name, out var v) ? v : null;
    }

    /// <summary>All builtins (for the builtins module object and dir()).</summary>
    public static IReadOnlyDictionary<string, PyObject> All => _table ??= BuildTable();

    private static Dictionary<string, PyObject> BuildTable()
    {
        var d = new Dictionary<string, PyObject>(StringComparer.Ordinal);
        void F(string name, Func<PyObject[], string[]?, PyObject> f) => d[name] = new PyBuiltinFunction(name, f);
        F("abs", (a, k) => Abs(ArgCheck.One(a, k, "abs")));
        F("all", (a, k) => All_(ArgCheck.One(a, k, "all")));
        F("any", (a, k) => Any(ArgCheck.One(a, k, "any")));
        F("ascii", (a, k) => new PyStr(Ops.Ascii(ArgCheck.One(a, k, "ascii"))));
        F("bin", (a, k) => Bin(ArgCheck.One(a, k, "bin")));
        F("callable", (a, k) => PyBool.From(Callable(ArgCheck.One(a, k, "callable"))));
        F("chr", (a, k) => Chr(ArgCheck.One(a, k, "chr")));
        F("delattr", DelAttr);
        F("divmod", (a, k) => { ArgCheck.Range(a, k, "divmod", 2, 2); return DivMod(a[0], a[1]); });
        F("format", Format);
        F("getattr", GetAttr);
        F("hasattr", HasAttr);
        F("hash", (a, k) => PyInt.From(Ops.Hash(ArgCheck.One(a, k, "hash"))));
        F("hex", (a, k) => Hex(ArgCheck.One(a, k, "hex")));
        F("id", (a, k) => PyInt.From(Identity.Of(ArgCheck.One(a, k, "id"))));
        F("input", Input);
        F("isinstance", (a, k) => { ArgCheck.Range(a, k, "isinstance", 2, 2); return PyBool.From(IsInstance(a[0], a[1])); });
        F("issubclass", (a, k) => { ArgCheck.Range(a, k, "issubclass", 2, 2); return PyBool.From(IsSubclass(a[0], a[1])); });
        F("iter", Iter);
        F("len", (a, k) => Len(ArgCheck.One(a, k, "len")));
        F("max", (a, k) => MinMax(a, k, "max", CompareOp.Gt));
        F("min", (a, k) => MinMax(a, k, "min", CompareOp.Lt));
        F("next", Next);
        F("oct", (a, k) => Oct(ArgCheck.One(a, k, "oct")));
        F("open", Open);
        F("ord", (a, k) => Ord(ArgCheck.One(a, k, "ord")));
        F("pow", Pow);
        F("print", Print);
        F("repr", (a, k) => new PyStr(Ops.Repr(ArgCheck.One(a, k, "repr"))));
        F("round", RoundBuiltin);
        F("setattr", SetAttr);
        F("sorted", Sorted);
        F("sum", Sum);
        F("vars", Vars);
        F("dir", Dir);
        // site's exit()/quit(): raise SystemExit with the argument (None when omitted).
        F("exit", (a, k) => throw new PyException(new PyBaseException(ExceptionTypes.SystemExit, a.Length > 0 ? new[] { a[0] } : Array.Empty<PyObject>())));
        F("quit", (a, k) => throw new PyException(new PyBaseException(ExceptionTypes.SystemExit, a.Length > 0 ? new[] { a[0] } : Array.Empty<PyObject>())));
        d["bool"] = BuiltinTypes.Bool;
        d["bytearray"] = BuiltinTypes.ByteArray;
        d["bytes"] = BuiltinTypes.Bytes;
        d["classmethod"] = BuiltinTypes.ClassMethod;
        d["complex"] = BuiltinTypes.Complex;
        d["dict"] = BuiltinTypes.Dict;
        d["enumerate"] = IterTypes.Enumerate;
        d["filter"] = IterTypes.Filter;
        d["float"] = BuiltinTypes.Float;
        d["frozenset"] = BuiltinTypes.FrozenSet;
        d["int"] = BuiltinTypes.Int;
        d["list"] = BuiltinTypes.List;
        d["map"] = IterTypes.Map;
        d["object"] = BuiltinTypes.Object;
        d["property"] = BuiltinTypes.Property;
        d["range"] = BuiltinTypes.Range;
        d["reversed"] = IterTypes.Reversed;
        d["set"] = BuiltinTypes.Set;
        d["slice"] = BuiltinTypes.Slice;
        d["staticmethod"] = BuiltinTypes.StaticMethod;
        d["str"] = BuiltinTypes.Str;
        d["super"] = BuiltinTypes.Super;
        d["tuple"] = BuiltinTypes.Tuple;
        d["type"] = BuiltinTypes.Type;
        d["zip"] = IterTypes.Zip;
        d["None"] = PyNone.Instance;
        d["True"] = PyBool.True;
        d["False"] = PyBool.False;
        d["Ellipsis"] = PySingleton.Ellipsis;
        d["NotImplemented"] = PySingleton.NotImplemented;
        d["__debug__"] = PyBool.True;
        foreach (var e in ExceptionTypes.All) d[e.Name] = e;
        d["EnvironmentError"] = ExceptionTypes.OSError;
        d["IOError"] = ExceptionTypes.OSError;
        return d;
    }
}
