using System;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime;

/// <summary>list.sort: CPython's algorithm (<see cref="TimSort"/>), comparing with <c>&lt;</c> only.
/// Keys that are all small ints, all non-NaN floats or all exact strs form a consistent total order
/// with side-effect-free comparisons, where every stable sort gives CPython's result: those take
/// a typed fast path.</summary>
internal static class ListSort
{
    public static void Sort(PyObject[] items, int n, PyObject[]? keys, bool reverse)
    {
        if (n < 2) return;
        var k = keys ?? items;
        if (reverse)
        {
            Array.Reverse(items, 0, n);
            if (keys is not null) Array.Reverse(keys, 0, n);
        }
        if (!TryTypedSort(k, items, n, keys is not null))
            TimSort.Sort(k, keys is null ? null : items, n);
        if (reverse)
        {
            Array.Reverse(items, 0, n);
            if (keys is not null) Array.Reverse(keys, 0, n);
        }
    }

    /// <summary>Typed sort when every key is a small int, a non-NaN float or a str.</summary>
    private static bool TryTypedSort(PyObject[] keys, PyObject[] items, int n, bool separateKeys)
    {
        var first = keys[0];
        if (first.GetType() == typeof(PyInt))
        {
            var ks = new long[n];
            for (int i = 0; i < n; i++)
            {
                if (keys[i] is not PyInt pi || pi.GetType() != typeof(PyInt) || !pi.IsSmall) return false;
                ks[i] = pi.Small;
            }
            SortBy(ks, keys, items, n, separateKeys);
            return true;
        }
        if (first.GetType() == typeof(PyFloat))
        {
            var ks = new double[n];
            for (int i = 0; i < n; i++)
            {
                if (keys[i] is not PyFloat pf || double.IsNaN(pf.Value)) return false;
                ks[i] = pf.Value;
            }
            SortBy(ks, keys, items, n, separateKeys);
            return true;
        }
        // SortStrs stores without the covariance check: the arrays must be exactly PyObject[].
        if (first.GetType() == typeof(PyStr) && keys.GetType() == typeof(PyObject[]) && items.GetType() == typeof(PyObject[]))
        {
            for (int i = 0; i < n; i++)
                if (keys[i].GetType() != typeof(PyStr)) return false;
            if (PackShortStrs(keys, n) is { } packed)
                SortBy(packed, keys, items, n, separateKeys);
            else
                SortStrs(keys, separateKeys ? items : null, n);
            return true;
        }
        return false;
    }

    /// <summary>Strs of at most four UTF-16 units below the surrogates (letters, digits, short
    /// words) as longs in the same order: unit + 1 in each 16-bit field from the top, 0 after the
    /// end (a prefix sorts first), the sign bit flipped for a signed compare. The sort then moves
    /// longs, not references (no write barrier per move). Null when some str does not fit.</summary>
    private static long[]? PackShortStrs(PyObject[] keys, int n)
    {
        var packed = new long[n];
        for (int i = 0; i < n; i++)
        {
            string s = Unsafe.As<PyStr>(keys[i]).Value;
            if (s.Length > 4) return null;
            ulong v = 0;
            for (int j = 0; j < 4; j++)
            {
                ulong unit = 0;
                if (j < s.Length)
                {
                    if (s[j] >= 0xD800) return null;
                    unit = (ulong)s[j] + 1;
                }
                v = (v << 16) | unit;
            }
            packed[i] = (long)(v ^ 0x8000_0000_0000_0000UL);
        }
        return packed;
    }

    private interface IKeyOrder<T>
    {
        bool Less(T a, T b);
    }

    private readonly struct LongOrder : IKeyOrder<long>
    {
        public bool Less(long a, long b) => a < b;
    }

    private readonly struct DoubleOrder : IKeyOrder<double>
    {
        public bool Less(double a, double b) => a < b;
    }


    private static void SortBy(long[] ks, PyObject[] keys, PyObject[] items, int n, bool separateKeys) =>
        Permute(StableOrder<long, LongOrder>(ks, n), keys, items, n, separateKeys);

    private static void SortBy(double[] ks, PyObject[] keys, PyObject[] items, int n, bool separateKeys) =>
        Permute(StableOrder<double, DoubleOrder>(ks, n), keys, items, n, separateKeys);


    /// <summary>The original positions in sorted order: a bottom-up merge sort of the typed keys
    /// (moved along with their positions), insertion-sorted runs first. Stable; the struct order
    /// is inlined, no delegate call per comparison.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int[] StableOrder<T, TOrder>(T[] ks, int n) where TOrder : struct, IKeyOrder<T>
    {
        var order = default(TOrder);
        var idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        const int Run = 32;
        for (int lo = 0; lo < n; lo += Run)
        {
            int hi = Math.Min(lo + Run, n);
            for (int i = lo + 1; i < hi; i++)
            {
                T k = ks[i];
                int x = idx[i], j = i;
                while (j > lo && order.Less(k, ks[j - 1]))
                {
                    ks[j] = ks[j - 1];
                    idx[j] = idx[j - 1];
                    j--;
                }
                ks[j] = k;
                idx[j] = x;
            }
        }
        if (n <= Run) return idx;
        var srcK = ks; var srcI = idx;
        var dstK = new T[n]; var dstI = new int[n];
        for (int width = Run; width < n; width *= 2)
        {
            for (int lo = 0; lo < n; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, n), hi = Math.Min(lo + 2 * width, n);
                int a = lo, b = mid, o = lo;
                if (mid < hi && !order.Less(srcK[mid], srcK[mid - 1]))
                {
                    // Already ordered: copy through.
                    Array.Copy(srcK, lo, dstK, lo, hi - lo);
                    Array.Copy(srcI, lo, dstI, lo, hi - lo);
                    continue;
                }
                while (a < mid && b < hi)
                {
                    if (order.Less(srcK[b], srcK[a])) { dstK[o] = srcK[b]; dstI[o++] = srcI[b++]; }
                    else { dstK[o] = srcK[a]; dstI[o++] = srcI[a++]; }
                }
                while (a < mid) { dstK[o] = srcK[a]; dstI[o++] = srcI[a++]; }
                while (b < hi) { dstK[o] = srcK[b]; dstI[o++] = srcI[b++]; }
            }
            (srcK, dstK) = (dstK, srcK);
            (srcI, dstI) = (dstI, srcI);
        }
        return srcI;
    }

    /// <summary>Exact strs sorted in place, with their items alongside when the keys are separate:
    /// insertion-sorted runs, then bottom-up merges through a buffer for the left run. Stable.
    /// Allocates only the buffers: fresh memory (page faults) cost more than the comparisons.</summary>
    private static void SortStrs(PyObject[] keys, PyObject[]? items, int n)
    {
        const int Run = 32;
        for (int lo = 0; lo < n; lo += Run)
        {
            int hi = Math.Min(lo + Run, n);
            for (int i = lo + 1; i < hi; i++)
            {
                PyObject k = keys[i];
                PyObject? item = items?[i];
                int j = i;
                while (j > lo && StrLess(k, keys[j - 1]))
                {
                    ObjectArrays.Store(keys, j, keys[j - 1]);
                    if (items is not null) ObjectArrays.Store(items, j, items[j - 1]);
                    j--;
                }
                ObjectArrays.Store(keys, j, k);
                if (items is not null) ObjectArrays.Store(items, j, item!);
            }
        }
        if (n <= Run) return;
        // The longest left run: the last pass's width.
        int longest = Run;
        while (longest * 2 < n)
            longest *= 2;
        var keyBuffer = new PyObject[longest];
        var itemBuffer = items is null ? null : new PyObject[longest];
        for (int width = Run; width < n; width *= 2)
        {
            for (int lo = 0; lo + width < n; lo += 2 * width)
            {
                int mid = lo + width, hi = Math.Min(lo + 2 * width, n);
                if (!StrLess(keys[mid], keys[mid - 1]))
                    continue; // already in order
                // The left run moves to the buffer, then both merge back from the left.
                int len = mid - lo;
                Array.Copy(keys, lo, keyBuffer, 0, len);
                if (items is not null) Array.Copy(items, lo, itemBuffer!, 0, len);
                int a = 0, b = mid, o = lo;
                while (a < len && b < hi)
                {
                    if (StrLess(keys[b], keyBuffer[a]))
                    {
                        ObjectArrays.Store(keys, o, keys[b]);
                        if (items is not null) ObjectArrays.Store(items, o, items[b]);
                        b++;
                    }
                    else
                    {
                        ObjectArrays.Store(keys, o, keyBuffer[a]);
                        if (items is not null) ObjectArrays.Store(items, o, itemBuffer![a]);
                        a++;
                    }
                    o++;
                }
                // What is left of the right run is already in place.
                int rest = len - a;
                Array.Copy(keyBuffer, a, keys, o, rest);
                if (items is not null) Array.Copy(itemBuffer!, a, items, o, rest);
            }
        }
    }

    private static bool StrLess(PyObject a, PyObject b) =>
        CompareStr(Unsafe.As<PyStr>(a).Value, Unsafe.As<PyStr>(b).Value) < 0;

    /// <summary>Code-point order; the first characters decide most comparisons.</summary>
    private static int CompareStr(string a, string b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a.Length > 0 && b.Length > 0)
        {
            int x = a[0], y = b[0];
            if (x != y && x < 0xD800 && y < 0xD800) return x - y;
        }
        return PyStr.Compare(a, b);
    }

    private static void Permute(int[] idx, PyObject[] keys, PyObject[] items, int n, bool separateKeys)
    {
        var sortedItems = new PyObject[n];
        for (int i = 0; i < n; i++) sortedItems[i] = items[idx[i]];
        if (separateKeys)
        {
            var sortedKeys = new PyObject[n];
            for (int i = 0; i < n; i++) sortedKeys[i] = keys[idx[i]];
            Array.Copy(sortedKeys, keys, n);
        }
        Array.Copy(sortedItems, items, n);
    }
}
