using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime.Modules;

/// <summary>functools.total_ordering: fills in the missing rich comparisons from the one the
/// class defines (the "largest" name among those present, as CPython picks it), with the same
/// NotImplemented passthrough and the same returned values.</summary>
internal static class TotalOrdering
{
    private static readonly string[] Ops4 = { "__lt__", "__le__", "__gt__", "__ge__" };

    private enum Derive { NotAndNe, OrEq, Not, NotOrEq, AndNe }

    private static readonly Dictionary<string, (string Name, Derive How)[]> Convert = new()
    {
        ["__lt__"] = new[] { ("__gt__", Derive.NotAndNe), ("__le__", Derive.OrEq), ("__ge__", Derive.Not) },
        ["__le__"] = new[] { ("__ge__", Derive.NotOrEq), ("__lt__", Derive.AndNe), ("__gt__", Derive.Not) },
        ["__gt__"] = new[] { ("__lt__", Derive.NotAndNe), ("__ge__", Derive.OrEq), ("__le__", Derive.Not) },
        ["__ge__"] = new[] { ("__le__", Derive.NotOrEq), ("__gt__", Derive.AndNe), ("__lt__", Derive.Not) },
    };

    public static PyObject Apply(PyObject clsObj)
    {
        if (clsObj is not PyType cls)
            throw Errors.AttributeError($"'{clsObj.Type.Name}' object has no attribute '__lt__'");
        var roots = new List<string>();
        foreach (var op in Ops4)
        {
            var entry = cls.LookupEntry(op);
            if (entry.Owner is not null && !ReferenceEquals(entry.Owner, BuiltinTypes.Object) && entry.Value is not PyNone)
                roots.Add(op);
        }
        if (roots.Count == 0)
            throw Errors.ValueError("must define at least one ordering operation: < > <= >=");
        string root = roots[0];
        foreach (var r in roots)
            if (string.CompareOrdinal(r, root) > 0)
                root = r;
        foreach (var (name, how) in Convert[root])
        {
            if (roots.Contains(name))
                continue;
            var rootName = root;
            var kind = how;
            cls.Dict[name] = new PySlotWrapper(cls, name, (a, k) =>
            {
                if (a.Length != 2)
                    throw Errors.TypeError($"{name}() takes 2 positional arguments but {a.Length} were given");
                return Derived(a[0], a[1], rootName, kind);
            });
        }
        return cls;
    }

    private static PyObject Derived(PyObject self, PyObject other, string root, Derive how)
    {
        var result = self.Type.GetAttr(root).Call(new[] { self, other });
        if (ReferenceEquals(result, Runtime.Ops.NotImplemented))
            return result;
        bool truth = Runtime.Ops.IsTrue(result);
        return how switch
        {
            Derive.NotAndNe => truth ? PyBool.False : Runtime.Ops.Ne(self, other),
            Derive.OrEq => truth ? result : Runtime.Ops.Eq(self, other),
            Derive.Not => PyBool.From(!truth),
            Derive.NotOrEq => !truth ? PyBool.True : Runtime.Ops.Eq(self, other),
            _ => truth ? Runtime.Ops.Ne(self, other) : result,
        };
    }
}
