using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime;

/// <summary>
/// <c>abc.ABCMeta</c> and its bookkeeping: a class made by ABCMeta records the names of its
/// abstract methods (<c>__abstractmethods__</c>); instantiating it fails while any remain.
/// </summary>
public static class AbcSupport
{
    /// <summary>The <c>abc.ABCMeta</c> metaclass: <c>type</c> plus abstract-method tracking.</summary>
    public static readonly PyType ABCMeta = new("ABCMeta", new[] { BuiltinTypes.Type }, "abc");

    /// <summary><c>f.__isabstractmethod__</c> (property, classmethod, staticmethod look inside).</summary>
    public static bool IsAbstract(PyObject value)
    {
        switch (value)
        {
            case PyProperty p:
                return (p.Getter is not null && IsAbstract(p.Getter)) || (p.Setter is not null && IsAbstract(p.Setter))
                    || (p.Deleter is not null && IsAbstract(p.Deleter));
            case PyClassMethod cm:
                return IsAbstract(cm.Function);
            case PyStaticMethod sm:
                return IsAbstract(sm.Function);
            case PyFunction or PyInstance or Modules.ContextlibFunction:
                try
                {
                    return Ops.IsTrue(value.GetAttr("__isabstractmethod__"));
                }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
                {
                    return false;
                }
            default:
                return false;
        }
    }

    /// <summary>Computes <c>__abstractmethods__</c> for a class whose metaclass is ABCMeta.</summary>
    public static void UpdateAbstractMethods(PyType type)
    {
        if (!type.Type.IsSubtypeOf(ABCMeta))
            return;
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var kv in type.Dict)
            if (IsAbstract(kv.Value))
                names.Add(kv.Key);
        foreach (var b in type.Bases)
        {
            if (b.AbstractMethods is not { } inherited)
                continue;
            foreach (var n in inherited)
                if (type.Lookup(n) is { } v && IsAbstract(v))
                    names.Add(n);
        }
        var array = new string[names.Count];
        names.CopyTo(array);
        type.AbstractMethods = array;
        var items = Array.ConvertAll(array, n => (PyObject)new PyStr(n));
        type.Dict["__abstractmethods__"] = PyFrozenSet.Construct(BuiltinTypes.FrozenSet, new PyObject[] { new PyTuple(items) }, null);
    }
}
