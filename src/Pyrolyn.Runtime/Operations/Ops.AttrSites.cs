using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>Attribute reads and writes through an <see cref="AttrSite"/> inline cache.</summary>
public static partial class Ops
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject GetAttr(PyObject o, AttrSite site)
    {
        if (o is PyInstance inst && site.Valid(inst) is { Index: >= 0 } e && inst.SlotValue(e.Index) is { } v)
            return v;
        return GetAttrMiss(o, site);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetAttr(PyObject o, AttrSite site, PyObject value)
    {
        if (o is PyInstance inst && site.Valid(inst) is { Index: >= 0 } e && inst.TrySetSlot(e.Index, value))
            return;
        SetAttrMiss(o, site, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject GetAttrMiss(PyObject o, AttrSite site)
    {
        int version = TypeNamespace.Version;
        var value = o.GetAttr(site.Name);
        if (o is PyInstance inst && inst.UsesLayout && inst.Type.HasPlainInstanceGet)
            Remember(inst, site, version);
        return value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetAttrMiss(PyObject o, AttrSite site, PyObject value)
    {
        int version = TypeNamespace.Version;
        o.SetAttr(site.Name, value);
        if (o is PyInstance inst && inst.UsesLayout && inst.Type.HasPlainInstanceSet)
            Remember(inst, site, version);
    }

    /// <summary>Caches the slot of an own attribute. The version is read before the lookup that
    /// justified it, so a class change in between leaves the entry already stale.</summary>
    private static void Remember(PyInstance inst, AttrSite site, int version)
    {
        int index = inst.Type.Layout.IndexOf(site.Name);
        if (index >= 0 && inst.SlotValue(index) is not null)
            site.Remember(new AttrSite.Entry(inst.Type, version, index, null, 0));
    }
}
