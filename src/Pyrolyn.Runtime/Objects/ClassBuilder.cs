using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime;

/// <summary>
/// Class creation as CPython's <c>__build_class__</c> and <c>type.__new__</c> do it: choosing
/// the metaclass, calling it with the class namespace and keywords, laying out
/// <c>__slots__</c>, then <c>__set_name__</c> on the new attributes and the parent's
/// <c>__init_subclass__</c> with the class keywords.
/// </summary>
public static class ClassBuilder
{
    /// <summary>The end of a class statement: <c>class name(*bases, **keywords): ns</c>.</summary>
    public static PyObject ClassStatement(string name, string qualName, string module, PyObject[] bases, Dictionary<string, PyObject> ns,
        string[]? kwnames, PyObject[]? kwvalues)
    {
        ObjectProtocol.EnsureInitialized();
        bases = ResolveMroEntries(bases);
        PyObject? explicitMeta = null;
        var names = new List<string>();
        var values = new List<PyObject>();
        if (kwnames is not null)
        {
            for (int i = 0; i < kwnames.Length; i++)
            {
                if (kwnames[i] == "metaclass")
                    explicitMeta = kwvalues![i];
                else
                {
                    names.Add(kwnames[i]);
                    values.Add(kwvalues![i]);
                }
            }
        }
        var baseTypes = ToBaseTypes(bases);
        PyObject meta = explicitMeta ?? (bases.Length > 0 ? bases[0].Type : BuiltinTypes.Type);
        if (meta is PyType mt)
            meta = CalculateMetaclass(mt, baseTypes);
        if (ReferenceEquals(meta, BuiltinTypes.Type))
            return CreateClass(BuiltinTypes.Type, name, qualName, module, baseTypes, ns, names.ToArray(), values.ToArray());
        // A metaclass (or any callable) builds the class: meta(name, bases, namespace, **kw).
        var dict = new PyDict(ns.Count);
        foreach (var kv in ns)
            dict.SetItem(new PyStr(kv.Key), kv.Value);
        var args = new PyObject[3 + values.Count];
        args[0] = new PyStr(name);
        args[1] = new PyTuple(bases);
        args[2] = dict;
        values.CopyTo(args, 3);
        return meta.Call(args, names.Count == 0 ? null : names.ToArray());
    }

    /// <summary>Before the body of <c>class name(*bases, metaclass=M, **kw)</c>: calls a
    /// <c>__prepare__</c> defined in Python on the metaclass and starts the namespace with the
    /// mapping's items (the body itself still fills a plain namespace).</summary>
    public static void Prepare(string name, PyObject[] bases, PyObject meta, string[] kwnames, PyObject[] kwvalues, Dictionary<string, PyObject> ns)
    {
        var resolved = ResolveMroEntries(bases);
        if (meta is PyType mt)
            meta = CalculateMetaclass(mt, ToBaseTypes(resolved));
        if (meta is not PyType metaType || ObjectProtocol.LookupUser(metaType, "__prepare__") is null)
            return;
        var names = new List<string>();
        var values = new List<PyObject> { new PyStr(name), new PyTuple(resolved) };
        for (int i = 0; i < kwnames.Length; i++)
        {
            if (kwnames[i] == "metaclass")
                continue;
            names.Add(kwnames[i]);
            values.Add(kwvalues[i]);
        }
        var mapping = meta.GetAttr("__prepare__").Call(values.ToArray(), names.Count == 0 ? null : names.ToArray());
        foreach (var key in Ops.ToArray(mapping))
            ns[Ops.Str(key)] = mapping.GetItem(key);
    }

    /// <summary>Bases like <c>Generic[T]</c> stand for their origin class (PEP 560 <c>__mro_entries__</c>).</summary>
    private static PyObject[] ResolveMroEntries(PyObject[] bases)
    {
        PyObject[]? result = null;
        for (int i = 0; i < bases.Length; i++)
        {
            if (bases[i] is GenericAlias g && g.Origin is PyType)
            {
                result ??= (PyObject[])bases.Clone();
                result[i] = g.Origin;
            }
        }
        if (result is null)
            return bases;
        // Drop a duplicate Generic that another base already brings in.
        var unique = new List<PyObject>();
        foreach (var b in result)
            if (!unique.Contains(b))
                unique.Add(b);
        return unique.ToArray();
    }

    private static PyType[] ToBaseTypes(PyObject[] bases)
    {
        if (bases.Length == 0)
            return new[] { BuiltinTypes.Object };
        var baseTypes = new PyType[bases.Length];
        for (int i = 0; i < bases.Length; i++)
            baseTypes[i] = bases[i] as PyType ?? throw Errors.TypeError("bases must be types");
        return baseTypes;
    }

    /// <summary>The most derived metaclass among <paramref name="meta"/> and the bases' metaclasses.</summary>
    public static PyType CalculateMetaclass(PyType meta, PyType[] bases)
    {
        var winner = meta;
        foreach (var b in bases)
        {
            var t = b.Type;
            if (winner.IsSubtypeOf(t))
                continue;
            if (t.IsSubtypeOf(winner))
            {
                winner = t;
                continue;
            }
            throw Errors.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary><c>type.__new__(meta, name, bases, namespace, **kw)</c> and <c>type(name, bases, namespace)</c>.</summary>
    public static PyObject TypeNew(PyType meta, PyObject[] args, string[]? kwnames)
    {
        ObjectProtocol.EnsureInitialized();
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos != 3)
            throw Errors.TypeError(ReferenceEquals(meta, BuiltinTypes.Type) ? "type() takes 1 or 3 arguments" : "type.__new__() takes exactly 3 arguments (" + npos + " given)");
        if (args[0] is not PyStr nameStr)
            throw Errors.TypeError($"type.__new__() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyTuple basesTuple)
            throw Errors.TypeError($"type.__new__() argument 2 must be tuple, not {args[1].Type.Name}");
        if (args[2] is not PyDict dict)
            throw Errors.TypeError($"type.__new__() argument 3 must be dict, not {args[2].Type.Name}");
        var ns = new Dictionary<string, PyObject>(StringComparer.Ordinal);
        foreach (var (k, v) in dict.Pairs())
            ns[k is PyStr ks ? ks.Value : throw Errors.TypeError("namespace keys must be strings")] = v;
        var baseTypes = ToBaseTypes(ResolveMroEntries(basesTuple.Items));
        meta = CalculateMetaclass(meta, baseTypes);
        string name = nameStr.Value;
        string qualName = ns.TryGetValue("__qualname__", out var q) && q is PyStr qs ? qs.Value : name;
        string module = ns.TryGetValue("__module__", out var m) && m is PyStr ms ? ms.Value : "__main__";
        var names = kwnames ?? Array.Empty<string>();
        var values = new PyObject[nkw];
        Array.Copy(args, npos, values, 0, nkw);
        return CreateClass(meta, name, qualName, module, baseTypes, ns, names, values);
    }

    private static PyType CreateClass(PyType meta, string name, string qualName, string module, PyType[] baseTypes,
        Dictionary<string, PyObject> ns, string[] kwnames, PyObject[] kwvalues)
    {
        // __module__ is the defining module's runtime __name__ (__main__ for the program).
        if (ns.TryGetValue("__module__", out var moduleName) && moduleName is PyStr ms)
            module = ms.Value;
        var type = new PyType(name, baseTypes, module, null, isHeapType: true) { QualName = qualName };
        type.SetMetatype(meta);
        foreach (var kv in ns)
        {
            var value = kv.Value;
            switch (kv.Key)
            {
                case "__qualname__":
                    continue;
                // Implicit classmethods (PEP 487, PEP 560).
                case "__init_subclass__" or "__class_getitem__" when value is PyFunction:
                    value = new PyClassMethod(value);
                    break;
            }
            if (value is PyProperty p && p.Name is null)
                p.Name = kv.Key;
            type.Dict[kv.Key] = value;
        }
        LayOutSlots(type, baseTypes, ns);
        AddNamespaceExtras(type, baseTypes, ns);
        // A class that defines __eq__ but not __hash__ is unhashable.
        if (ns.ContainsKey("__eq__") && !ns.ContainsKey("__hash__"))
            type.Dict["__hash__"] = PyNone.Instance;
        // Inherit abstract-method bookkeeping so subclasses of an ABC stay abstract until overridden.
        AbcSupport.UpdateAbstractMethods(type);
        foreach (var kv in ns)
        {
            if (kv.Value is PyInstance descriptor && ObjectProtocol.LookupUser(descriptor.Type, "__set_name__") is { } setName)
                Calls.Call3(setName, descriptor, type, new PyStr(kv.Key));
        }
        CallInitSubclass(type, kwnames, kwvalues);
        return type;
    }

    private static void LayOutSlots(PyType type, PyType[] bases, Dictionary<string, PyObject> ns)
    {
        int slotCount = 0;
        bool baseHasDict = false;
        foreach (var b in bases)
        {
            slotCount = Math.Max(slotCount, b.SlotCount);
            if (!ReferenceEquals(b, BuiltinTypes.Object) && b.InstancesHaveDict)
                baseHasDict = true;
        }
        if (!ns.TryGetValue("__slots__", out var slots))
        {
            type.SlotCount = slotCount;
            return;
        }
        bool wantsDict = false;
        var names = slots is PyStr one ? new PyObject[] { one } : Ops.ToArray(slots);
        foreach (var n in names)
        {
            if (n is not PyStr s)
                throw Errors.TypeError($"__slots__ items must be strings, not '{n.Type.Name}'");
            switch (s.Value)
            {
                case "__dict__":
                    wantsDict = true;
                    continue;
                case "__weakref__":
                    continue;
            }
            if (ns.ContainsKey(s.Value))
                throw Errors.ValueError($"'{s.Value}' in __slots__ conflicts with class variable");
            type.Dict[s.Value] = new PyMemberDescriptor(s.Value, type, slotCount++);
        }
        type.SlotCount = slotCount;
        type.InstancesHaveDict = wantsDict || baseHasDict;
    }

    /// <summary>What type.__new__ adds to every namespace: <c>__dict__</c>/<c>__weakref__</c> on the
    /// first class whose instances have a dict, and <c>__doc__</c> (None without a docstring).</summary>
    private static void AddNamespaceExtras(PyType type, PyType[] bases, Dictionary<string, PyObject> ns)
    {
        if (type.InstancesHaveDict)
        {
            bool inherited = false;
            foreach (var b in bases)
                if (!ReferenceEquals(b, BuiltinTypes.Object) && b.InstancesHaveDict)
                    inherited = true;
            if (!inherited)
            {
                type.Dict["__dict__"] = new InstanceDictDescriptor("__dict__", type);
                type.Dict["__weakref__"] = new InstanceDictDescriptor("__weakref__", type);
            }
        }
        if (!ns.ContainsKey("__doc__"))
            type.Dict["__doc__"] = PyNone.Instance;
    }

    /// <summary>Calls <c>super(type, type).__init_subclass__(**kw)</c>.</summary>
    private static void CallInitSubclass(PyType type, string[] kwnames, PyObject[] kwvalues)
    {
        var mro = type.Mro;
        for (int i = 1; i < mro.Length; i++)
        {
            if (!mro[i].Dict.TryGetValue("__init_subclass__", out var hook))
                continue;
            var bound = ObjectProtocol.BindForClass(hook is PyFunction ? new PyClassMethod(hook) : hook, type);
            bound.Call(kwvalues, kwnames.Length == 0 ? null : kwnames);
            return;
        }
    }

    /// <summary>Adds <c>type.__new__/__init__/__call__</c> and <c>object.__init_subclass__</c>,
    /// which metaclasses and <c>super()</c> reach.</summary>
    internal static void AddTypeMethods()
    {
        var t = BuiltinTypes.Type.Dict;
        if (!t.ContainsKey("__new__"))
            t["__new__"] = new PyBuiltinFunction("__new__", (a, k) =>
            {
                if (a.Length == 0 || a[0] is not PyType meta || !meta.IsSubtypeOf(BuiltinTypes.Type))
                    throw Errors.TypeError("type.__new__(X): X is not a type object");
                var rest = a.AsSpan(1).ToArray();
                if (rest.Length == 1 && k is null)
                    return rest[0].Type;
                return TypeNew(meta, rest, k);
            });
        if (!t.ContainsKey("__init__"))
            t["__init__"] = new PySlotWrapper(BuiltinTypes.Type, "__init__", (a, k) => PyNone.Instance);
        if (!t.ContainsKey("__call__"))
            t["__call__"] = new PySlotWrapper(BuiltinTypes.Type, "__call__", (a, k) =>
                a[0] is PyType cls ? cls.CallDefault(a.AsSpan(1).ToArray(), k) : throw Errors.TypeError("descriptor '__call__' requires a 'type' object"));
        if (!t.ContainsKey("__setattr__"))
            t["__setattr__"] = new PySlotWrapper(BuiltinTypes.Type, "__setattr__", (a, k) =>
            {
                ArgCheck.Range(a, k, "__setattr__", 3, 3);
                if (a[0] is not PyType cls)
                    throw Errors.TypeError("descriptor '__setattr__' requires a 'type' object");
                cls.SetAttrDirect(ArgCheck.ToStr(a[1], "attribute name"), a[2]);
                return PyNone.Instance;
            });
        if (!t.ContainsKey("__delattr__"))
            t["__delattr__"] = new PySlotWrapper(BuiltinTypes.Type, "__delattr__", (a, k) =>
            {
                ArgCheck.Range(a, k, "__delattr__", 2, 2);
                if (a[0] is not PyType cls)
                    throw Errors.TypeError("descriptor '__delattr__' requires a 'type' object");
                cls.DelAttrDirect(ArgCheck.ToStr(a[1], "attribute name"));
                return PyNone.Instance;
            });
        var o = BuiltinTypes.Object.Dict;
        // object() instances have no __dict__.
        BuiltinTypes.Object.InstancesHaveDict = false;
        if (!o.ContainsKey("__init_subclass__"))
            o["__init_subclass__"] = new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (a, k) =>
            {
                if (k is { Length: > 0 } || a.Length > 1)
                    throw Errors.TypeError($"{(a.Length > 0 && a[0] is PyType c ? c.Name : "object")}.__init_subclass__() takes no keyword arguments");
                return PyNone.Instance;
            }));
    }
}
