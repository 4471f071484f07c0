using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Pyrolyn.Runtime;

/// <summary>
/// Attribute storage of <see cref="PyInstance"/>. Two modes:
/// <list type="bullet">
/// <item>slots: <c>_slots[i]</c> holds the value of the layout's name i. The set attributes are
/// exactly the prefix <c>[0, _filled)</c>, all non-null, so the instance's insertion order is
/// the layout order and a null slot means "absent".</item>
/// <item>dictionary (insertion-ordered, and a removed key re-added goes last, as in CPython):
/// after a delete, an attribute set out of layout order, or a full layout.
/// <c>_slots</c> is then empty, so cached slot indexes miss and fall back to the dictionary.</item>
/// </list>
/// With the GIL on, the GIL serialises every change. With it off, changes other than
/// overwriting an existing slot take the instance's lock, and readers see either the old or the
/// new array, never a torn one. (Locking <c>this</c> is private to the runtime: Python code
/// cannot take a .NET monitor.)
/// </summary>
public sealed partial class PyInstance
{
    private static readonly PyObject?[] NoSlots = Array.Empty<PyObject?>();

    private PyObject?[] _slots;
    private int _filled;
    private OrderedDictionary<string, PyObject>? _dict;

    /// <summary>The value in slot <paramref name="index"/>, or null (absent, or dictionary mode).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal PyObject? SlotValue(int index)
    {
        var s = _slots;
        return (uint)index < (uint)s.Length ? s[index] : null;
    }

    /// <summary>Stores into slot <paramref name="index"/> when that is an overwrite, or the next
    /// append with the GIL held; false sends the caller to the general path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TrySetSlot(int index, PyObject value)
    {
        var s = _slots;
        if ((uint)index >= (uint)s.Length)
            return false;
        if (s[index] is not null)
        {
            ObjectArrays.Store(s, index, value);
            return true;
        }
        if (index != _filled || !Threading.Gil.Enabled)
            return false;
        ObjectArrays.Store(s, index, value);
        _filled = index + 1;
        return true;
    }

    /// <summary>True when the instance has no own attribute that the layout does not list, so a
    /// name absent from the layout is absent from the instance.</summary>
    internal bool UsesLayout => _dict is null;

    internal bool TryGetOwn(string name, out PyObject value)
    {
        var d = _dict;
        if (d is not null)
        {
            if (Threading.Gil.Enabled)
                return d.TryGetValue(name, out value!);
            lock (this)
                return d.TryGetValue(name, out value!);
        }
        int i = _type.Layout.IndexOf(name);
        if (SlotValue(i) is { } v)
        {
            value = v;
            return true;
        }
        value = null!;
        return false;
    }

    internal void SetOwn(string name, PyObject value)
    {
        if (Threading.Gil.Enabled)
        {
            SetOwnLocked(name, value);
            return;
        }
        lock (this)
            SetOwnLocked(name, value);
    }

    private void SetOwnLocked(string name, PyObject value)
    {
        var d = _dict;
        if (d is not null)
        {
            d[name] = value;
            return;
        }
        var layout = _type.Layout;
        int i = layout.IndexOf(name);
        if (i >= 0 && i < _filled)
        {
            ObjectArrays.Store(_slots, i, value);
            return;
        }
        // A new attribute: it must go right after the ones set, at the same index in the layout.
        if (i == _filled || (i < 0 && layout.AddAt(name, _filled) == _filled))
        {
            int at = _filled;
            var s = _slots;
            if (at >= s.Length)
            {
                var grown = new PyObject?[Math.Max(4, Math.Max(layout.Count, s.Length * 2))];
                Array.Copy(s, grown, _filled);
                Volatile.Write(ref _slots, grown);
                s = grown;
            }
            ObjectArrays.Store(s, at, value);
            _filled = at + 1;
            return;
        }
        ToDictionary()[name] = value;
    }

    internal bool RemoveOwn(string name)
    {
        if (Threading.Gil.Enabled)
            return RemoveOwnLocked(name);
        lock (this)
            return RemoveOwnLocked(name);
    }

    private bool RemoveOwnLocked(string name)
    {
        if (_dict is null && _type.Layout.IndexOf(name) is var i && SlotValue(i) is null)
            return false;
        return ToDictionary().Remove(name);
    }

    /// <summary>Leaves slot mode for good, keeping the insertion order.</summary>
    private OrderedDictionary<string, PyObject> ToDictionary()
    {
        var d = _dict;
        if (d is not null)
            return d;
        d = new OrderedDictionary<string, PyObject>(Math.Max(_filled, 4), StringComparer.Ordinal);
        var layout = _type.Layout;
        var s = _slots;
        for (int i = 0; i < _filled; i++)
            d[layout.NameAt(i)] = s[i]!;
        _dict = d;
        Volatile.Write(ref _slots, NoSlots);
        _filled = 0;
        return d;
    }

    internal int OwnCount => _dict?.Count ?? _filled;

    /// <summary>A copy of the own attributes in insertion order (safe to mutate the instance while
    /// iterating it).</summary>
    internal KeyValuePair<string, PyObject>[] OwnItems()
    {
        var d = _dict;
        if (d is not null)
        {
            if (Threading.Gil.Enabled)
                return System.Linq.Enumerable.ToArray(d);
            lock (this)
                return System.Linq.Enumerable.ToArray(d);
        }
        var layout = _type.Layout;
        var s = _slots;
        int n = Math.Min(_filled, s.Length);
        var items = new KeyValuePair<string, PyObject>[n];
        for (int i = 0; i < n; i++)
            items[i] = new KeyValuePair<string, PyObject>(layout.NameAt(i), s[i]!);
        return items;
    }
}

/// <summary>A dictionary-like view of an instance's own attributes (what <c>__dict__</c> holds).
/// Hot paths call the instance's own methods instead of allocating a view.</summary>
public sealed class InstanceAttributes : IEnumerable<KeyValuePair<string, PyObject>>
{
    private readonly PyInstance _instance;

    internal InstanceAttributes(PyInstance instance) => _instance = instance;

    public int Count => _instance.OwnCount;

    public bool TryGetValue(string name, out PyObject value) => _instance.TryGetOwn(name, out value);

    public bool ContainsKey(string name) => _instance.TryGetOwn(name, out _);

    public PyObject this[string name]
    {
        get => _instance.TryGetOwn(name, out var v) ? v : throw new KeyNotFoundException(name);
        set => _instance.SetOwn(name, value);
    }

    public bool Remove(string name) => _instance.RemoveOwn(name);

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var kv in _instance.OwnItems())
                yield return kv.Key;
        }
    }

    public IEnumerator<KeyValuePair<string, PyObject>> GetEnumerator() =>
        ((IEnumerable<KeyValuePair<string, PyObject>>)_instance.OwnItems()).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
