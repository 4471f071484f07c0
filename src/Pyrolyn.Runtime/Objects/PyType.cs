using System;
using System.Collections.Generic;

namespace Pyrolyn.Runtime;

/// <summary>
/// A Python type object: builtin types (int, list, ValueError, ...) and classes defined in
/// scripts. Attributes live in <see cref="Dict"/>; lookups walk the C3 method resolution order.
/// </summary>
public sealed partial class PyType : PyObject
{
    /// <summary>What <see cref="LookupEntry"/> found: the value and the class that holds it.</summary>
    public sealed record LookupResult(PyObject? Value, PyType? Owner)
    {
        public static readonly LookupResult NotFound = new(null, null);
    }

    /// <summary>Builds instances when the type is called, e.g. <c>int("3")</c>. For a class
    /// defined in Python this is inherited from its nearest builtin base.</summary>
    public delegate PyObject Factory(PyType type, PyObject[] args, string[]? kwnames);

    private PyType[] _mro;

    public PyType(string name, PyType[] bases, string module = "builtins", Factory? factory = null, bool isHeapType = false)
    {
        Name = name;
        QualName = name;
        Module = module;
        Bases = bases;
        IsHeapType = isHeapType;
        Dict = new TypeNamespace();
        _mro = Array.Empty<PyType>();
        _mro = bases.Length == 0 ? new[] { this } : MethodResolutionOrder.Compute(this, bases);
        FactoryMethod = factory ?? FindInheritedFactory();
        // The builtin type whose layout instances have (object, BaseException, int, list, ...).
        SolidBase = isHeapType ? FindSolidBase(bases) : this;
    }

    public string Name { get; }
    /// <summary>CPython's tp_name where it differs from __name__ (C types of stdlib modules,
    /// e.g. 'decimal.Decimal'): the name operator and comparison errors show.</summary>
    public string? TpName { get; set; }
    public string ErrorName => TpName ?? Name;
    public string QualName { get; set; }
    public string Module { get; set; }
    public PyType[] Bases { get; }
    public PyType[] Mro => _mro;
    public bool IsHeapType { get; }
    public PyType SolidBase { get; }
    public Factory? FactoryMethod { get; set; }

    /// <summary>The class namespace (<c>C.__dict__</c>).</summary>
    public TypeNamespace Dict { get; }

    /// <summary>The attribute names this class's instances share (see <see cref="InstanceLayout"/>).</summary>
    public InstanceLayout Layout { get; } = new();

    /// <summary>What <c>C(args)</c> found last time (see ObjectProtocol.NewPlain), tagged with
    /// the namespace version it is valid for.</summary>
    internal sealed record PlainInitEntry(int Version, PyFunction? Init);

    internal PlainInitEntry? PlainInit;

    /// <summary><c>module.QualName</c> except for builtins, as in default reprs.</summary>
    public string QualifiedName => Module == "builtins" ? QualName : Module + "." + QualName;

    public override PyType Type => _metatype ?? BuiltinTypes.Type;

    /// <summary>Finds an attribute along the MRO (CPython's <c>_PyType_Lookup</c>). Results are
    /// cached per type, like CPython's method cache, until any class namespace changes.</summary>
    public PyObject? Lookup(string name) => LookupEntry(name).Value;

    /// <summary>The attribute and the class on the MRO that defines it (Owner null: not found).</summary>
    public LookupResult LookupEntry(string name)
    {
        var cache = CurrentCache();
        if (cache.Entries.TryGetValue(name, out var hit))
            return hit;
        var found = LookupUncached(name);
        cache.Entries.TryAdd(name, found);
        return found;
    }

    private LookupResult LookupUncached(string name)
    {
        foreach (var t in _mro)
            if (t.Dict.TryGetValue(name, out var value))
                return new LookupResult(value, t);
        return LookupResult.NotFound;
    }

    private LookupCache? _lookupCache;

    private LookupCache CurrentCache()
    {
        var cache = _lookupCache;
        if (cache is null || cache.Version != TypeNamespace.Version)
            _lookupCache = cache = new LookupCache(TypeNamespace.Version);
        return cache;
    }

    /// <summary>The special method at <paramref name="slot"/> (a <see cref="DunderSlots"/> index)
    /// when a class defined in Python provides it (what <see cref="ObjectProtocol.LookupUser"/>
    /// answers), else null. One array load once cached; the cache dies with the lookup cache.</summary>
    internal PyObject? UserSlot(int slot)
    {
        var cache = CurrentCache();
        var v = cache.Slots[slot];
        if (v is null)
        {
            var entry = LookupEntry(DunderSlots.Names[slot]);
            v = entry.Owner is { IsHeapType: true } && entry.Value is not null ? entry.Value : NoSlot.Instance;
            cache.Slots[slot] = v;
        }
        return v is NoSlot ? null : v;
    }

    /// <summary>Marks a slot looked up and not defined in Python.</summary>
    private sealed class NoSlot : PyObject
    {
        public static readonly NoSlot Instance = new();
        public override PyType Type => BuiltinTypes.Object;
    }

    private const int PlainGetFlag = 1, PlainSetFlag = 2;

    /// <summary>Instances of this class read attributes straight from their own dict: no
    /// __getattribute__ defined in Python and no data descriptor anywhere on the MRO (so the
    /// instance dict wins over the type, as in the generic lookup). Cached with the lookups.</summary>
    internal bool HasPlainInstanceGet => (InstanceFlags() & PlainGetFlag) != 0;

    /// <summary>Like <see cref="HasPlainInstanceGet"/> for writes: no __setattr__ defined in
    /// Python and no data descriptor on the MRO, so <c>obj.x = v</c> stores into the dict.</summary>
    internal bool HasPlainInstanceSet => (InstanceFlags() & PlainSetFlag) != 0;

    private int InstanceFlags()
    {
        var cache = CurrentCache();
        int flags = cache.InstanceFlags;
        if (flags >= 0)
            return flags;
        bool anyDescriptor = false;
        foreach (var t in _mro)
        {
            foreach (var kv in t.Dict)
            {
                if (UserDescriptors.IsDataDescriptor(kv.Value))
                {
                    anyDescriptor = true;
                    break;
                }
            }
            if (anyDescriptor)
                break;
        }
        flags = 0;
        if (!anyDescriptor && ObjectProtocol.LookupUser(this, "__getattribute__") is null)
            flags |= PlainGetFlag;
        // Without an instance __dict__ (__slots__), writes must be checked against the slots.
        if (!anyDescriptor && InstancesHaveDict && ObjectProtocol.LookupUser(this, "__setattr__") is null)
            flags |= PlainSetFlag;
        cache.InstanceFlags = flags;
        return flags;
    }

    /// <summary>One generation of lookups; replaced whole when the namespace version moves.</summary>
    private sealed class LookupCache
    {
        public LookupCache(int version) => Version = version;
        public int Version { get; }
        /// <summary>PlainGetFlag/PlainSetFlag bits for this generation; -1 until computed.</summary>
        public int InstanceFlags = -1;
        /// <summary>DescriptorGet/Set/Delete bits (user __get__/__set__/__delete__); -1 until computed.</summary>
        public int DescriptorFlags = -1;
        /// <summary><see cref="UserSlot"/> answers; null until looked up.</summary>
        public readonly PyObject?[] Slots = new PyObject?[DunderSlots.Count];
        public System.Collections.Concurrent.ConcurrentDictionary<string, LookupResult> Entries { get; } = new(StringComparer.Ordinal);
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other))
            return true;
        foreach (var t in _mro)
            if (ReferenceEquals(t, other))
                return true;
        return false;
    }

    public override string Repr() => MetaRepr() ?? $"<class '{QualifiedName}'>";

    public override PyObject Call(PyObject[] args, string[]? kwnames = null)
    {
        // A metaclass defined in Python may override __call__ (singletons, registries).
        if (_metatype is not null && MetaDunder("__call__") is { } metaCall)
            return ObjectProtocol.CallWithSelf(metaCall, this, args, kwnames);
        return CallDefault(args, kwnames);
    }

    /// <summary><c>type.__call__</c>: builds an instance (what <c>super().__call__()</c> in a
    /// metaclass reaches).</summary>
    public PyObject CallDefault(PyObject[] args, string[]? kwnames = null)
    {
        // type(x) with one argument returns x's type.
        if (ReferenceEquals(this, BuiltinTypes.Type) && args.Length == 1 && kwnames is null)
            return args[0].Type;
        // Classes defined in Python run __new__/__init__ through the object protocol.
        if (IsHeapType)
            return ObjectProtocol.Instantiate(this, args, kwnames);
        if (FactoryMethod is null)
            throw Errors.TypeError($"cannot create '{QualifiedName}' instances");
        return FactoryMethod(this, args, kwnames);
    }

    public override PyObject GetAttr(string name)
    {
        switch (name)
        {
            case "__name__": return new PyStr(Name);
            case "__qualname__": return new PyStr(QualName);
            case "__module__": return Dict.TryGetValue("__module__", out var m) ? m : new PyStr(Module);
            case "__mro__": return new PyTuple(_mro);
            case "__bases__": return new PyTuple(Bases);
            case "__base__": return Bases.Length > 0 ? Bases[0] : PyNone.Instance;
            case "__dict__": return new PyClassDictProxy(this);
            case "__class__": return Type;
        }
        // A data descriptor on a metaclass defined in Python (a property) wins over the MRO.
        var metaType = Type;
        PyObject? meta = null;
        if (metaType.IsHeapType)
        {
            meta = metaType.Lookup(name);
            if (meta is not null && UserDescriptors.IsDataDescriptor(meta))
                return UserDescriptors.Get(meta, this);
        }
        var attr = Lookup(name);
        if (attr is not null)
            return ObjectProtocol.BindForClass(attr, this);
        meta ??= metaType.Lookup(name);
        if (meta is not null)
            return ObjectProtocol.Bind(meta, this);
        if (name == "__doc__")
            return PyNone.Instance;
        // A metaclass __getattr__ (enum.EnumType) answers what the MRO does not have.
        if (MetaDunder("__getattr__") is { } metaGetAttr)
            return Calls.Call2(metaGetAttr, this, new PyStr(name));
        throw Errors.AttributeError($"type object '{QualName}' has no attribute '{name}'");
    }

    public override void SetAttr(string name, PyObject value)
    {
        // A metaclass __setattr__ (enum.EnumType blocks reassigning members) runs first; it
        // reaches the default through type.__setattr__ (SetAttrDirect).
        if (MetaDunder("__setattr__") is { } metaSetAttr)
        {
            Calls.Call3(metaSetAttr, this, new PyStr(name), value);
            return;
        }
        SetAttrDirect(name, value);
    }

    /// <summary><c>type.__setattr__</c>: stores into the class namespace (data descriptors on
    /// the metaclass first).</summary>
    public void SetAttrDirect(string name, PyObject value)
    {
        if (!IsHeapType)
            throw Errors.TypeError($"cannot set '{name}' attribute of immutable type '{Name}'");
        if (_metatype is not null && _metatype.IsHeapType && _metatype.Lookup(name) is { } metaAttr && UserDescriptors.IsDataDescriptor(metaAttr))
        {
            UserDescriptors.Set(metaAttr, this, value);
            return;
        }
        if (name == "__qualname__" && value is PyStr qs)
        {
            QualName = qs.Value;
            return;
        }
        Dict[name] = value;
    }

    public override void DelAttr(string name)
    {
        if (MetaDunder("__delattr__") is { } metaDelAttr)
        {
            Calls.Call2(metaDelAttr, this, new PyStr(name));
            return;
        }
        DelAttrDirect(name);
    }

    /// <summary><c>type.__delattr__</c>.</summary>
    public void DelAttrDirect(string name)
    {
        if (!IsHeapType)
            throw Errors.TypeError($"cannot delete '{name}' attribute of immutable type '{Name}'");
        if (!Dict.Remove(name))
            throw Errors.AttributeError($"type object '{QualName}' has no attribute '{name}'");
    }

    public override long Hash() => Identity.Of(this) >> 4;

    private Factory? FindInheritedFactory()
    {
        foreach (var t in _mro)
            if (!ReferenceEquals(t, this) && t.FactoryMethod is not null)
                return t.FactoryMethod;
        return null;
    }

    private static PyType FindSolidBase(PyType[] bases)
    {
        foreach (var b in bases)
            if (!ReferenceEquals(b.SolidBase, BuiltinTypes.Object))
                return b.SolidBase;
        return BuiltinTypes.Object;
    }
}
