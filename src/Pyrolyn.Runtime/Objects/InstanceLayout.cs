using System;
using System.Collections.Generic;
using System.Threading;

namespace Pyrolyn.Runtime;

/// <summary>
/// The attribute names that the instances of one class share, in the order they were first set
/// (CPython's split-table "shared keys"). An instance stores its values in an array indexed by
/// this layout, so compiled attribute sites can cache an index instead of hashing the name.
/// Append-only: a name keeps its index for the life of the class, which is what makes a cached
/// index valid without any version check.
/// </summary>
public sealed class InstanceLayout
{
    /// <summary>Past this many names, instances keep a dictionary instead (classes used as bags).</summary>
    public const int MaxNames = 64;

    private readonly object _gate = new();
    private Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private string[] _names = Array.Empty<string>();
    private int _count;

    /// <summary>Names known so far; grows, never shrinks.</summary>
    public int Count => Volatile.Read(ref _count);

    public string NameAt(int index) => Volatile.Read(ref _names)[index];

    /// <summary>The index of <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        // Readers use the published dictionary snapshot; writers replace it (copy on write), so
        // a lookup never observes a dictionary being resized, with or without the GIL.
        return Volatile.Read(ref _index).TryGetValue(name, out int i) ? i : -1;
    }

    /// <summary>The index of <paramref name="name"/>, adding it at the end when it is new
    /// and <paramref name="expectedIndex"/> is still the next free index; -1 otherwise (another
    /// name took that index, or the layout is full).</summary>
    internal int AddAt(string name, int expectedIndex)
    {
        lock (_gate)
        {
            if (_index.TryGetValue(name, out int existing))
                return existing == expectedIndex ? existing : -1;
            if (_count != expectedIndex || _count >= MaxNames)
                return -1;
            var names = new string[_count + 1];
            Array.Copy(_names, names, _count);
            names[_count] = name;
            var index = new Dictionary<string, int>(_index, StringComparer.Ordinal) { [name] = _count };
            Volatile.Write(ref _names, names);
            Volatile.Write(ref _index, index);
            Volatile.Write(ref _count, _count + 1);
            return expectedIndex;
        }
    }
}
