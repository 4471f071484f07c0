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
    public AttrSite(string name) => Name = name;

    public string Name { get; }

    /// <summary>The two classes last seen (a site inside an inherited method sees the base
    /// class and its subclasses). Entries are immutable and replaced whole, so racing threads
    /// never see a torn one.</summary>
    private Entry? _first, _second;

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
        var e = _first;
        if (e is not null && ReferenceEquals(e.Type, type) && e.Version == TypeNamespace.Version)
            return e;
        e = _second;
        return e is not null && ReferenceEquals(e.Type, type) && e.Version == TypeNamespace.Version ? e : null;
    }

    internal void Remember(Entry entry)
    {
        var first = _first;
        if (first is not null && !ReferenceEquals(first.Type, entry.Type))
            _second = first;
        _first = entry;
    }
}
