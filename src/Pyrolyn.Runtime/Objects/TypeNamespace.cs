using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace Pyrolyn.Runtime;

/// <summary>
/// A class namespace (<c>C.__dict__</c>). Every write bumps one global version number, which
/// invalidates every type's attribute-lookup cache (<see cref="PyType.Lookup"/>). Writes to
/// class namespaces are rare (class creation, monkey-patching); reads happen on every attribute
/// access, so reads are made cheap and writes pay.
/// </summary>
public sealed class TypeNamespace : IEnumerable<KeyValuePair<string, PyObject>>
{
    private static int _version;
    private readonly Dictionary<string, PyObject> _items = new(StringComparer.Ordinal);

    /// <summary>Changes whenever any class namespace changes.</summary>
    public static int Version => Volatile.Read(ref _version);

    public int Count => _items.Count;
    public IEnumerable<string> Keys => _items.Keys;
    public IEnumerable<PyObject> Values => _items.Values;

    public PyObject this[string name]
    {
        get => _items[name];
        set
        {
            lock (_items)
                _items[name] = value;
            Interlocked.Increment(ref _version);
        }
    }

    public bool TryGetValue(string name, out PyObject value)
    {
        // Writers lock; readers only race with writers in free-threaded mode, where a torn
        // read of Dictionary is possible, so read under the lock there.
        if (Threading.Gil.Enabled)
            return _items.TryGetValue(name, out value!);
        lock (_items)
            return _items.TryGetValue(name, out value!);
    }

    public bool ContainsKey(string name) => TryGetValue(name, out _);

    public PyObject? GetValueOrDefault(string name) => TryGetValue(name, out var v) ? v : null;

    public void Add(string name, PyObject value) => this[name] = value;

    public bool TryAdd(string name, PyObject value)
    {
        bool added;
        lock (_items)
            added = _items.TryAdd(name, value);
        Interlocked.Increment(ref _version);
        return added;
    }

    public bool Remove(string name)
    {
        bool removed;
        lock (_items)
            removed = _items.Remove(name);
        Interlocked.Increment(ref _version);
        return removed;
    }

    public void Clear()
    {
        lock (_items)
            _items.Clear();
        Interlocked.Increment(ref _version);
    }

    public IEnumerator<KeyValuePair<string, PyObject>> GetEnumerator()
    {
        KeyValuePair<string, PyObject>[] snapshot;
        lock (_items)
        {
            snapshot = new KeyValuePair<string, PyObject>[_items.Count];
            ((ICollection<KeyValuePair<string, PyObject>>)_items).CopyTo(snapshot, 0);
        }
        return ((IEnumerable<KeyValuePair<string, PyObject>>)snapshot).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
