using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>
/// One attribute expression in compiled code (<c>o.x</c>, <c>o.x = v</c>, <c>o.m(...)</c>) with
/// an inline cache: the class last seen there and where that class's instances keep the
/// attribute. A hit costs a type check, a version check and an array load; anything unusual
/// (descriptors, <c>__getattribute__</c>, non-instances, class changes) takes the general path,
/// which refills the cache only when the plain rules hold.
/// </summary>
public sealed class AttrSite
{
    public AttrSite(string name)
    {
        Name = name;
        Builtin = BuiltinMethods.IdOf(name);
    }

    public string Name { get; }

    /// <summary>The name as a builtin method id (or None), so method calls on exact lists, dicts,
    /// sets and strs skip the name switch.</summary>
    internal BuiltinMethod Builtin { get; }

    /// <summary>The classes last seen, most recent first: up to four, so that a site inside an
    /// inherited method serves a base class and its subclasses (each subclass has its own
    /// instance layout) without thrashing. Entries are immutable and replaced whole, so racing
    /// threads never see a torn one.</summary>
    private Entry? _e0, _e1, _e2, _e3;

    /// <param name="Type">The class the entry is for.</param>
    /// <param name="Version">TypeNamespace.Version when it was filled: any class change invalidates it.</param>
    /// <param name="Index">Slot index of an instance attribute, or -1.</param>
    /// <param name="Method">For method sites: the function found on the class (the instance
    /// cannot shadow it while its layout has <paramref name="LayoutCount"/> names, none of them this one).</param>
    internal sealed record Entry(PyType Type, int Version, int Index, PyFunction? Method, int LayoutCount);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Entry? Valid(PyInstance inst)
    {
        var type = inst.Type;
        var e = _e0;
        if (e is not null && ReferenceEquals(e.Type, type) && e.Version == TypeNamespace.Version)
            return e;
        return ValidPolymorphic(type);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Entry? ValidPolymorphic(PyType type)
    {
        int version = TypeNamespace.Version;
        var e = _e1;
        if (e is not null && ReferenceEquals(e.Type, type) && e.Version == version)
            return e;
        e = _e2;
        if (e is not null && ReferenceEquals(e.Type, type) && e.Version == version)
            return e;
        e = _e3;
        return e is not null && ReferenceEquals(e.Type, type) && e.Version == version ? e : null;
    }

    /// <summary>Puts the entry first; an entry for the same class, or else the oldest, drops out.</summary>
    internal void Remember(Entry entry)
    {
        var type = entry.Type;
        Entry? e0 = _e0, e1 = _e1, e2 = _e2;
        if (e0 is not null && ReferenceEquals(e0.Type, type))
        {
            _e0 = entry;
            return;
        }
        if (e1 is null || !ReferenceEquals(e1.Type, type))
        {
            if (e2 is null || !ReferenceEquals(e2.Type, type))
                _e3 = e2;
            _e2 = e1;
        }
        _e1 = e0;
        _e0 = entry;
    }
}
