using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pyrolyn.Runtime;

/// <summary>
/// CPython 3.11's set hash table (Objects/setobject.c), reproduced exactly: the same table
/// sizes, <c>hash &amp; mask</c> start, LINEAR_PROBES = 9 linear steps then perturbation, dummy
/// entries, fill/used accounting and resize policy. Iteration walks the table in slot order, so
/// the printed order of sets matches CPython's.
/// </summary>
public sealed class SetTable
{
    private const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;
    /// <summary>Marks a deleted slot (CPython's <c>dummy</c> key, stored with hash -1).</summary>
    internal static readonly PyObject Dummy = new DummyKey();

    private sealed class DummyKey : PyObject
    {
        public override PyType Type => BuiltinTypes.Object;
        public override string Repr() => "<dummy key>";
    }

    internal PyObject?[] Keys = new PyObject?[MinSize];
    internal long[] Hashes = new long[MinSize];
    internal int Mask = MinSize - 1;
    internal int Fill;  // active + dummy
    internal int Used;  // active
    internal int Finger; // set.pop() search start
    /// <summary>How many live keys have each value of <c>hash &amp; 63</c> (saturating at 255), for
    /// tables past the minimum size; null otherwise. A lookup whose bucket is empty ends at once:
    /// no key has its hash, so CPython's probe would compare with nothing either (no __eq__ call)
    /// and would find it absent. It matters for clustered keys (hash(n) == n) in a table with
    /// dummies, where an absent key's probe walks the whole cluster (nqueens: 12 slots per lookup).
    /// The table layout, and so the iteration order, is untouched.</summary>
    internal byte[]? Filter;

    public int Count => Used;

    private static bool KeyEq(PyObject stored, PyObject key)
    {
        if (ReferenceEquals(stored, key)) return true;
        if (stored is PyStr a && key is PyStr b) return string.Equals(a.Value, b.Value);
        // Exact ints outside the small-int cache are distinct objects with equal values.
        if (stored.GetType() == typeof(PyInt) && key.GetType() == typeof(PyInt))
        {
            var x = (PyInt)stored;
            var y = (PyInt)key;
            if (x.IsSmall && y.IsSmall) return x.Small == y.Small;
        }
        return Ops.EqBool(stored, key);
    }

    /// <summary>set_lookkey: the slot holding key, or -1. The probe loop tests slots by hash
    /// only (a key's hash is never -1, the dummies' hash; an empty slot has hash 0 and no key)
    /// and makes no calls, so its state stays in registers: the first slot whose hash matches
    /// and whose key is not the very object looked up goes to <see cref="LookupFrom"/>, which
    /// continues the same probe sequence with equality calls. Probe indices stay within the
    /// table (linear probes only run while i + LinearProbes &lt;= mask).</summary>
    public int Lookup(PyObject key, long hash)
    {
        if (Filter is { } filter && filter[(int)hash & 63] == 0)
            return -1;
        var keys = Keys;
        var hashes = Hashes;
        ulong mask = (ulong)Mask;
        ref long hash0 = ref MemoryMarshal.GetArrayDataReference(hashes);
        ref PyObject? key0 = ref MemoryMarshal.GetArrayDataReference(keys);
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        while (true)
        {
            ulong stop = i + LinearProbes <= mask ? i + LinearProbes : i;
            for (ulong j = i; ; j++)
            {
                long h = Unsafe.Add(ref hash0, (nint)j);
                if (h == hash)
                {
                    var k = Unsafe.Add(ref key0, (nint)j);
                    if (ReferenceEquals(k, key)) return (int)j;
                    if (k is null) return -1; // empty (hash 0)
                    return LookupFrom(key, hash, keys, i, j, perturb);
                }
                if (h == 0 && Unsafe.Add(ref key0, (nint)j) is null)
                    return -1;
                if (j == stop) break;
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>The rest of <see cref="Lookup"/> from slot <paramref name="j"/> of the linear run
    /// starting at <paramref name="i"/>, comparing keys of equal hash with <c>==</c> (which may run
    /// Python code that changes the table: the lookup then restarts).</summary>
    private int LookupFrom(PyObject key, long hash, PyObject?[] keys, ulong i, ulong j, ulong perturb)
    {
        ulong mask = (ulong)Mask;
        var hashes = Hashes;
        while (true)
        {
            ulong stop = i + LinearProbes <= mask ? i + LinearProbes : i;
            for (; ; j++)
            {
                long h = hashes[j];
                if (h == hash)
                {
                    var k = keys[j];
                    if (k is null) return -1; // empty (hash 0)
                    if (!ReferenceEquals(k, Dummy))
                    {
                        if (ReferenceEquals(k, key) || KeyEq(k, key)) return (int)j;
                        if (!ReferenceEquals(keys, Keys)) return Lookup(key, hash);
                    }
                }
                else if (h == 0 && keys[j] is null)
                    return -1;
                if (j == stop) break;
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
            j = i;
        }
    }

    public bool Contains(PyObject key, long hash) => Lookup(key, hash) >= 0;

    /// <summary>set_add_entry. Returns true when the key was added. As in <see cref="Lookup"/>, the
    /// probe loop makes no calls: a hash match whose key is not the very object added goes to
    /// <see cref="AddSlow"/>, which runs the whole probe sequence again with equality calls (the
    /// table is unchanged, so the slot found is the same).</summary>
    public bool Add(PyObject key, long hash)
    {
        var keys = Keys;
        ulong mask = (ulong)Mask;
        ref long hash0 = ref MemoryMarshal.GetArrayDataReference(Hashes);
        ref PyObject? key0 = ref MemoryMarshal.GetArrayDataReference(keys);
        ulong i = (ulong)hash & mask;
        long freeslot = -1;
        ulong perturb = (ulong)hash;
        while (true)
        {
            ulong stop = i + LinearProbes <= mask ? i + LinearProbes : i;
            for (ulong j = i; ; j++)
            {
                long h = Unsafe.Add(ref hash0, (nint)j);
                if (h == hash)
                {
                    var k = Unsafe.Add(ref key0, (nint)j);
                    if (ReferenceEquals(k, key)) return false;
                    if (k is not null) return AddSlow(key, hash);
                    return InsertAt(key, hash, freeslot, j); // empty (hash 0)
                }
                if (h == 0)
                {
                    if (Unsafe.Add(ref key0, (nint)j) is null)
                        return InsertAt(key, hash, freeslot, j);
                }
                else if (h == -1)
                    freeslot = (long)j; // the last dummy on the probe path, as CPython's set_add_entry
                if (j == stop) break;
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>Stores a new key in the last dummy on its probe path, else in the empty slot
    /// that ended the path (then the table may grow).</summary>
    private bool InsertAt(PyObject key, long hash, long freeslot, ulong empty)
    {
        if (Filter is { } filter)
            CountIn(filter, hash);
        if (freeslot >= 0)
        {
            Used++;
            ObjectArrays.Store(Keys, (int)freeslot, key);
            Hashes[freeslot] = hash;
            return true;
        }
        Fill++;
        Used++;
        ObjectArrays.Store(Keys, (int)empty, key);
        Hashes[empty] = hash;
        if ((ulong)Fill * 5 < (ulong)Mask * 3) return true;
        Resize(Used > 50000 ? Used * 2 : Used * 4);
        return true;
    }

    /// <summary>set_add_entry with equality calls for keys of equal hash.</summary>
    private bool AddSlow(PyObject key, long hash)
    {
    restart:
        int mask = Mask;
        var keys = Keys;
        var hashes = Hashes;
        ulong i = (ulong)hash & (ulong)mask;
        int freeslot = -1;
        ulong perturb = (ulong)hash;
        while (true)
        {
            int j = (int)i;
            int probes = j + LinearProbes <= mask ? LinearProbes : 0;
            do
            {
                long h = hashes[j];
                PyObject? k;
                if ((h == hash || h == 0) && (k = keys[j]) is not null)
                {
                    if (h == hash && !ReferenceEquals(k, Dummy))
                    {
                        if (ReferenceEquals(k, key) || KeyEq(k, key)) return false;
                        if (!ReferenceEquals(keys, Keys) || mask != Mask) goto restart;
                    }
                }
                else if (h == hash || h == 0)
                    return InsertAt(key, hash, freeslot, (ulong)j); // an empty slot
                else if (h == -1)
                    freeslot = j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & (ulong)mask;
        }
    }

    /// <summary>set_insert_clean: insertion into a table known to have no dummies or equal keys.</summary>
    private static void InsertClean(PyObject?[] keys, long[] hashes, int mask, PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & (ulong)mask;
        while (true)
        {
            int j = (int)i;
            if (keys[j] is null) { ObjectArrays.Store(keys, j, key); hashes[j] = hash; return; }
            if (j + LinearProbes <= mask)
            {
                for (int p = 0; p < LinearProbes; p++)
                {
                    j++;
                    if (keys[j] is null) { ObjectArrays.Store(keys, j, key); hashes[j] = hash; return; }
                }
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & (ulong)mask;
        }
    }

    /// <summary>set_table_resize.</summary>
    public void Resize(long minUsed)
    {
        long newSize = MinSize;
        while (newSize <= minUsed) newSize <<= 1;
        var oldKeys = Keys;
        var oldHashes = Hashes;
        var keys = new PyObject?[newSize];
        var hashes = new long[newSize];
        int mask = (int)newSize - 1;
        bool noDummies = Fill == Used;
        for (int j = 0; j < oldKeys.Length; j++)
        {
            var k = oldKeys[j];
            if (k is null || (!noDummies && ReferenceEquals(k, Dummy))) continue;
            InsertClean(keys, hashes, mask, k, oldHashes[j]);
        }
        Keys = keys;
        Hashes = hashes;
        Mask = mask;
        Fill = Used;
        RebuildFilter();
    }

    private static void CountIn(byte[] filter, long hash)
    {
        ref byte c = ref filter[(int)hash & 63];
        if (c != byte.MaxValue)
            c++;
    }

    private void Uncount(long hash)
    {
        if (Filter is not { } filter)
            return;
        ref byte c = ref filter[(int)hash & 63];
        if (c != byte.MaxValue) // saturated: it stays, which only makes the filter weaker
            c--;
    }

    /// <summary>Recounts <see cref="Filter"/> from the live keys (null for a minimum-size table).</summary>
    private void RebuildFilter()
    {
        if (Mask + 1 <= MinSize)
        {
            Filter = null;
            return;
        }
        var filter = new byte[64];
        for (int j = 0; j <= Mask; j++)
            if (Keys[j] is { } k && !ReferenceEquals(k, Dummy))
                CountIn(filter, Hashes[j]);
        Filter = filter;
    }

    /// <summary>set_discard_entry: true when the key was present.</summary>
    public bool Discard(PyObject key, long hash)
    {
        int j = Lookup(key, hash);
        if (j < 0) return false;
        Uncount(hash);
        ObjectArrays.Store(Keys, j, Dummy);
        Hashes[j] = -1;
        Used--;
        return true;
    }

    public void Clear()
    {
        Keys = new PyObject?[MinSize];
        Hashes = new long[MinSize];
        Mask = MinSize - 1;
        Fill = Used = 0;
        Finger = 0;
        Filter = null;
    }

    /// <summary>set_pop.</summary>
    public PyObject Pop()
    {
        int j = Finger & Mask;
        while (Keys[j] is null || ReferenceEquals(Keys[j], Dummy))
        {
            j++;
            if (j > Mask) j = 0;
        }
        var key = Keys[j]!;
        Uncount(Hashes[j]);
        ObjectArrays.Store(Keys, j, Dummy);
        Hashes[j] = -1;
        Used--;
        Finger = j + 1;
        return key;
    }

    /// <summary>set_merge: adds every key of another table (CPython's fast paths included,
    /// since they affect the resulting slot layout).</summary>
    public void Merge(SetTable other)
    {
        if (ReferenceEquals(other, this) || other.Used == 0) return;
        if ((long)(Fill + other.Used) * 5 >= (long)Mask * 3)
            Resize((long)(Used + other.Used) * 2);
        if (Fill == 0 && Mask == other.Mask && other.Fill == other.Used)
        {
            for (int j = 0; j <= other.Mask; j++)
            {
                var k = other.Keys[j];
                if (k is not null)
                {
                    ObjectArrays.Store(Keys, j, k);
                    Hashes[j] = other.Hashes[j];
                }
            }
            Fill = other.Fill;
            Used = other.Used;
            RebuildFilter();
            return;
        }
        if (Fill == 0)
        {
            Fill = other.Used;
            Used = other.Used;
            for (int j = 0; j <= other.Mask; j++)
            {
                var k = other.Keys[j];
                if (k is not null && !ReferenceEquals(k, Dummy))
                    InsertClean(Keys, Hashes, Mask, k, other.Hashes[j]);
            }
            RebuildFilter();
            return;
        }
        for (int j = 0; j <= other.Mask; j++)
        {
            var k = other.Keys[j];
            if (k is not null && !ReferenceEquals(k, Dummy))
                Add(k, other.Hashes[j]);
        }
    }

    /// <summary>Next active slot at or after <paramref name="pos"/>, or -1 (set_next).</summary>
    public int NextSlot(int pos)
    {
        var keys = Keys;
        for (int j = pos; j < keys.Length; j++)
        {
            var k = keys[j];
            if (k is not null && !ReferenceEquals(k, Dummy)) return j;
        }
        return -1;
    }

    public void SwapBodies(SetTable other)
    {
        (Keys, other.Keys) = (other.Keys, Keys);
        (Hashes, other.Hashes) = (other.Hashes, Hashes);
        (Mask, other.Mask) = (other.Mask, Mask);
        (Fill, other.Fill) = (other.Fill, Fill);
        (Used, other.Used) = (other.Used, Used);
        (Filter, other.Filter) = (other.Filter, Filter);
    }
}
