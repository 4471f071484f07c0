using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The methods of <c>Enum</c> members: repr/str/format/hash, <c>name</c> and
/// <c>value</c>, <c>_missing_</c> and the default <c>_generate_next_value_</c>.</summary>
internal static class EnumMethods
{
    public static void Install(PyDict ns)
    {
        var owner = BuiltinTypes.Object;
        void W(string name, Func<PyObject[], string[]?, PyObject> f) => ns.SetItem(name, new PySlotWrapper(owner, name, f));

        W("__repr__", (a, k) => new PyStr($"<{a[0].Type.Name}.{Ops.Str(EnumMember.Name(a[0]))}: {Ops.Repr(EnumMember.Value(a[0]))}>"));
        W("__str__", (a, k) => new PyStr($"{a[0].Type.Name}.{Ops.Str(EnumMember.Name(a[0]))}"));
        W("__format__", (a, k) => new PyStr(new PyStr(Ops.Str(a[0])).Format(ArgCheck.ToStr(a[1], "format_spec"))));
        W("__hash__", (a, k) => PyInt.From(Ops.Hash(EnumMember.Name(a[0]))));
        W("__copy__", (a, k) => a[0]);
        W("__deepcopy__", (a, k) => a[0]);
        W("__reduce_ex__", (a, k) => new PyTuple(new PyObject[] { a[0].Type, new PyTuple(new[] { EnumMember.Value(a[0]) }) }));
        ns.SetItem("name", EnumProperty("name", m => EnumMember.Name(m)));
        ns.SetItem("value", EnumProperty("value", m => EnumMember.Value(m)));
        ns.SetItem("_missing_", new PyClassMethod(new PyBuiltinFunction("_missing_", (a, k) => PyNone.Instance, "enum")));
        ns.SetItem("_generate_next_value_", new PyBuiltinFunction("_generate_next_value_", (a, k) =>
        {
            ArgCheck.Range(a, k, "_generate_next_value_", 4, 4);
            return GenerateNext(a[1], Ops.ToArray(a[3]));
        }, "enum"));
    }

    /// <summary>An enum.property: read-only from members ("&lt;enum 'Enum'&gt; cannot set attribute 'name'").</summary>
    private static PyProperty EnumProperty(string name, Func<PyObject, PyObject> get) => new(
        new PyBuiltinFunction(name, (a, k) => get(a[0]), "enum"),
        new PyBuiltinFunction(name, (a, k) => throw Errors.AttributeError($"<enum 'Enum'> cannot set attribute '{name}'"), "enum"),
        new PyBuiltinFunction(name, (a, k) => throw Errors.AttributeError($"<enum 'Enum'> cannot delete attribute '{name}'"), "enum"),
        null) { Name = name };

    /// <summary>Enum._generate_next_value_: one more than the last (largest) value, else start.</summary>
    public static PyObject GenerateNext(PyObject start, PyObject[] lastValues)
    {
        if (lastValues.Length == 0)
            return start;
        var last = lastValues[^1];
        var list = new PyList((PyObject[])lastValues.Clone());
        try
        {
            list.CallMethod("sort", Array.Empty<PyObject>());
            if (Ops.EqBool(last, list.GetItem(PyInt.From(-1))))
                return Ops.Add(last, PyInt.One);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
        }
        var values = Ops.ToArray(list);
        for (int i = values.Length - 1; i >= 0; i--)
        {
            try
            {
                return Ops.Add(values[i], PyInt.One);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
            {
            }
        }
        return start;
    }
}
