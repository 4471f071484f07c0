using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>
/// The instance's <c>__dict__</c> as a Python dict, <c>__slots__</c> storage and <c>__class__</c>
/// assignment. Attributes live in <see cref="PyInstance.Attributes"/>; the first time Python code
/// asks for <c>obj.__dict__</c> a real dict is made that mirrors it both ways (writes to either
/// show in the other), so ordinary instances never pay for a PyDict.
/// </summary>
public sealed partial class PyInstance
{
    private PyDict? _dictMirror;

    /// <summary><c>__slots__</c> values by slot index (null entries: unset).</summary>
    internal PyObject?[]? SlotValues;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDunder(string name) => name.Length > 4 && name[0] == '_' && name[1] == '_';

    /// <summary><c>obj.__dict__</c>: the live dict (created on first use).</summary>
    public PyDict DictObject()
    {
        if (_dictMirror is { } d)
            return d;
        // The mirror is kept in step by the general attribute paths; leaving slot mode for good
        // sends every compiled attribute site there too (they only cache slot indexes).
        ToDictionary();
        d = new PyDict(Attributes.Count);
        foreach (var kv in Attributes)
            d.SetItem(new PyStr(kv.Key), kv.Value);
        d.MirrorOf = this;
        return _dictMirror = d;
    }

    /// <summary><c>obj.__dict__ = mapping</c>.</summary>
    internal void ReplaceDict(PyObject value)
    {
        if (value is not PyDict d)
            throw Errors.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
        if (_dictMirror is { } old)
            old.MirrorOf = null;
        ToDictionary().Clear();
        foreach (var (k, v) in d.Pairs())
            if (k is PyStr s)
                Attributes[s.Value] = v;
        d.MirrorOf = this;
        _dictMirror = d;
    }

    /// <summary>Stores an attribute in the instance dict (and its mirror).</summary>
    internal void StoreAttr(string name, PyObject value)
    {
        Attributes[name] = value;
        _dictMirror?.SetItem(new PyStr(name), value);
    }

    /// <summary>Removes an attribute from the instance dict; false when absent.</summary>
    internal bool RemoveAttr(string name)
    {
        if (!Attributes.Remove(name))
            return false;
        _dictMirror?.Remove(new PyStr(name));
        return true;
    }

    /// <summary>The mirror dict changed: keep the attribute table in step.</summary>
    internal void MirrorSet(PyObject key, PyObject value)
    {
        if (key is PyStr s)
            Attributes[s.Value] = value;
    }

    internal void MirrorRemove(PyObject key)
    {
        if (key is PyStr s)
            Attributes.Remove(s.Value);
    }

    internal void MirrorClear() => ToDictionary().Clear();

    /// <summary><c>obj.__class__ = C</c>: only between classes defined in Python with the same layout.</summary>
    internal void SetClass(PyObject value)
    {
        if (value is not PyType t)
            throw Errors.TypeError($"__class__ must be set to a class, not '{value.Type.Name}' object");
        if (!t.IsHeapType || !ReferenceEquals(t.SolidBase, _type.SolidBase) || t.SlotCount != _type.SlotCount)
            throw Errors.TypeError($"__class__ assignment: '{t.Name}' object layout differs from '{_type.Name}'");
        // Slot indexes belong to the old class's layout: keep the attributes by name from now on.
        ToDictionary();
        _type = t;
    }
}
