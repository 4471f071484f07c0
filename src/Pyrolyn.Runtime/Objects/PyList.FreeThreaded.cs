using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Pyrolyn.Runtime.Threading;

namespace Pyrolyn.Runtime;

// Free-threaded mode (Gil.Enabled == false): every mutation runs under the list's own monitor
// (lock (this); PyList is never exposed to Python code as a .NET lock, so nobody else locks it).
// Reads of one item are lock-free: the writer stores the item and only then publishes the new
// count (Volatile.Write), and a grown array is published (a reference store, a release in .NET's
// memory model) before any count that needs it. A reader reads the count (acquire), then the
// array, and falls back to the lock when the snapshot is inconsistent (index beyond the array
// after a concurrent clear, or a slot nulled by a concurrent pop). With the GIL on none of this
// runs: each public method tests Gil.Enabled first and takes its original lock-free path.
public sealed partial class PyList
{
    /// <summary>The item at <paramref name="index"/> if it is below the current length (the
    /// length is re-read each call, as list iterators do). Safe in both modes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetAt(int index, out PyObject item)
    {
        if (Gil.Enabled)
        {
            if ((uint)index < (uint)_count)
            {
                item = _items[index];
                return true;
            }
            item = null!;
            return false;
        }
        return TryGetAtShared(index, out item);
    }

    private bool TryGetAtShared(int index, out PyObject item)
    {
        int n = Volatile.Read(ref _count);
        var items = Volatile.Read(ref _items);
        if ((uint)index < (uint)n && (uint)index < (uint)items.Length && items[index] is { } v)
        {
            item = v;
            return true;
        }
        lock (this)
        {
            if ((uint)index < (uint)_count)
            {
                item = _items[index];
                return true;
            }
        }
        item = null!;
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private PyObject ItemShared(int index)
    {
        if (TryGetAtShared(index, out var item))
            return item;
        throw Errors.IndexError("list index out of range");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SetItemShared(int index, PyObject value)
    {
        lock (this)
        {
            if ((uint)index >= (uint)_count)
                throw Errors.IndexError("list assignment index out of range");
            ObjectArrays.Store(_items, index, value);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AppendShared(PyObject item)
    {
        lock (this)
        {
            int n = _count;
            if (n == _items.Length) Grow(n + 1);
            ObjectArrays.Store(_items, n, item);
            Volatile.Write(ref _count, n + 1);
        }
    }

    /// <summary>extend: atomic with respect to an exact list, tuple, set, frozenset or dict
    /// argument (its items are snapshotted under its own lock, then appended under ours, so
    /// the two locks are never held together); other iterables are consumed item by item.</summary>
    private void ExtendShared(PyObject iterable)
    {
        PyObject[]? snapshot = iterable switch
        {
            PyList l => l.ToArray(),
            PyTuple t => t.Items,
            PyDict d when d.Type == BuiltinTypes.Dict => d.KeysArray(),
            _ when iterable is PySet or PyFrozenSet && (iterable.Type == BuiltinTypes.Set || iterable.Type == BuiltinTypes.FrozenSet) => Ops.ToArray(iterable),
            _ => null,
        };
        if (snapshot is not null)
        {
            lock (this)
            {
                int n = _count;
                EnsureCapacity(n + snapshot.Length);
                Array.Copy(snapshot, 0, _items, n, snapshot.Length);
                Volatile.Write(ref _count, n + snapshot.Length);
            }
            return;
        }
        var it = Ops.GetIter(iterable);
        PyObject? x;
        while ((x = it.Next()) is not null)
            AppendShared(x);
    }

    private bool ContainsShared(PyObject item)
    {
        // Never holds the lock while __eq__ runs.
        for (int i = 0; TryGetAtShared(i, out var x); i++)
            if (SequenceHelpers.ItemEq(x, item)) return true;
        return false;
    }

    private PyObject GetItemShared(PyObject key)
    {
        if (key is PyInt i)
        {
            int n = Volatile.Read(ref _count);
            long idx = SequenceHelpers.Normalize(i, n);
            if (idx >= 0 && TryGetAtShared((int)idx, out var item))
                return item;
            lock (this)
            {
                idx = SequenceHelpers.Normalize(i, _count);
                if (idx < 0) throw Errors.IndexError("list index out of range");
                return _items[idx];
            }
        }
        if (key is PySlice s) return Slice(s);
        throw SequenceHelpers.IndicesError("list", key);
    }

    private void SetItemSharedKey(PyObject key, PyObject value)
    {
        // A slice assignment from this very list or a generator: materialize outside the lock.
        if (key is PySlice && value is not PyList && value is not PyTuple)
            value = new PyList(Ops.ToArray(value));
        else if (key is PySlice && value is PyList other)
            value = new PyList(other.ToArray());
        lock (this)
            SetItemCore(key, value);
    }
}
