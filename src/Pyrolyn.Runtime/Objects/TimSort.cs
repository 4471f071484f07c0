using System;

namespace Pyrolyn.Runtime;

/// <summary>
/// CPython 3.11's list sort (Objects/listsort.txt): natural runs extended to a minimum length by
/// binary insertion, merged in powersort order, merges that gallop once one run keeps winning.
/// Any stable sort gives the same result for a consistent total order; this one also makes the
/// same <c>&lt;</c> calls in the same order, so what users can observe agrees with CPython too:
/// the result for inconsistent orders (NaN keys, random or non-transitive <c>__lt__</c>), which
/// pair raises for incomparable items, side effects of <c>__lt__</c>, and the permutation left
/// behind when a comparison raises.
/// </summary>
internal sealed class TimSort
{
    private const int MinGallopDefault = 7;

    private readonly PyObject[] _keys;
    private readonly PyObject[]? _values; // moved in step with _keys when sorting by a key function
    private readonly int _length;
    private int _minGallop = MinGallopDefault;
    private PyObject[] _tempKeys = Array.Empty<PyObject>();
    private PyObject[]? _tempValues;

    // The stack of pending runs: start, length and powersort "power" (depth in the merge tree).
    private readonly int[] _runStart = new int[64];
    private readonly int[] _runLength = new int[64];
    private readonly int[] _runPower = new int[64];
    private int _runCount;

    private TimSort(PyObject[] keys, PyObject[]? values, int length)
    {
        _keys = keys;
        _values = values;
        _length = length;
    }

    /// <summary>Sorts <paramref name="keys"/>[0..n) ascending with <c>&lt;</c>, stably, permuting
    /// <paramref name="values"/> (if any) the same way.</summary>
    public static void Sort(PyObject[] keys, PyObject[]? values, int n)
    {
        if (n < 2)
            return;
        new TimSort(keys, values, n).Run();
    }

    private static bool Lt(PyObject a, PyObject b) => Ops.LtBool(a, b);

    private void Run()
    {
        int lo = 0, remaining = _length;
        int minRun = MinRunLength(remaining);
        do
        {
            int run = CountRun(lo, lo + remaining, out bool descending);
            if (descending)
                Reverse(lo, run);
            if (run < minRun)
            {
                int force = remaining <= minRun ? remaining : minRun;
                BinarySort(lo, lo + force, lo + run);
                run = force;
            }
            MergeForNewRun(run);
            _runStart[_runCount] = lo;
            _runLength[_runCount] = run;
            _runCount++;
            lo += run;
            remaining -= run;
        } while (remaining > 0);

        while (_runCount > 1)
        {
            int i = _runCount - 2;
            if (i > 0 && _runLength[i - 1] < _runLength[i + 1])
                i--;
            MergeAt(i);
        }
    }

    /// <summary>n below 64, else a k in [32, 64] with n/k just below a power of two.</summary>
    private static int MinRunLength(int n)
    {
        int r = 0;
        while (n >= 64)
        {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /// <summary>The length of the run at lo: the longest non-descending prefix, or the longest
    /// strictly descending one (strict, so reversing it keeps the sort stable).</summary>
    private int CountRun(int lo, int hi, out bool descending)
    {
        descending = false;
        int i = lo + 1;
        if (i == hi)
            return 1;
        int n = 2;
        if (Lt(_keys[i], _keys[i - 1]))
        {
            descending = true;
            for (i++; i < hi && Lt(_keys[i], _keys[i - 1]); i++)
                n++;
        }
        else
        {
            for (i++; i < hi && !Lt(_keys[i], _keys[i - 1]); i++)
                n++;
        }
        return n;
    }

    /// <summary>Binary insertion of [start, hi) into the sorted [lo, start); equal items go after
    /// their equals.</summary>
    private void BinarySort(int lo, int hi, int start)
    {
        if (lo == start)
            start++;
        for (; start < hi; start++)
        {
            int l = lo, r = start;
            var pivot = _keys[r];
            do
            {
                int p = l + ((r - l) >> 1);
                if (Lt(pivot, _keys[p]))
                    r = p;
                else
                    l = p + 1;
            } while (l < r);
            Array.Copy(_keys, l, _keys, l + 1, start - l);
            _keys[l] = pivot;
            if (_values is not null)
            {
                var value = _values[start];
                Array.Copy(_values, l, _values, l + 1, start - l);
                _values[l] = value;
            }
        }
    }

    private void Reverse(int lo, int n)
    {
        Array.Reverse(_keys, lo, n);
        if (_values is not null)
            Array.Reverse(_values, lo, n);
    }

    /// <summary>Powersort: merge the runs on the stack whose power exceeds the power of the
    /// boundary between the top run and the new one.</summary>
    private void MergeForNewRun(int newLength)
    {
        if (_runCount == 0)
            return;
        int top = _runCount - 1;
        int power = NodePower(_runStart[top], _runLength[top], newLength, _length);
        while (_runCount > 1 && _runPower[_runCount - 2] > power)
            MergeAt(_runCount - 2);
        _runPower[_runCount - 1] = power;
    }

    /// <summary>The first bit where the midpoints of two adjacent runs, as fractions of n,
    /// differ (CPython's powerloop, on doubled midpoints so they stay integers).</summary>
    private static int NodePower(long s1, long n1, long n2, long n)
    {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        while (true)
        {
            result++;
            if (a >= n)
            {
                a -= n;
                b -= n;
            }
            else if (b >= n)
            {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /// <summary>Merges stack runs i and i+1 (i is the second or third from the top).</summary>
    private void MergeAt(int i)
    {
        int startA = _runStart[i], lengthA = _runLength[i];
        int startB = _runStart[i + 1], lengthB = _runLength[i + 1];
        _runLength[i] = lengthA + lengthB;
        if (i == _runCount - 3)
        {
            _runStart[i + 1] = _runStart[i + 2];
            _runLength[i + 1] = _runLength[i + 2];
            _runPower[i + 1] = _runPower[i + 2];
        }
        _runCount--;

        // Items of A before where B's first item goes are already in place.
        int k = GallopRight(_keys[startB], _keys, startA, lengthA, 0);
        startA += k;
        lengthA -= k;
        if (lengthA == 0)
            return;
        // Items of B after where A's last item goes are already in place.
        lengthB = GallopLeft(_keys[startA + lengthA - 1], _keys, startB, lengthB, lengthB - 1);
        if (lengthB <= 0)
            return;
        if (lengthA <= lengthB)
            MergeLow(startA, lengthA, startB, lengthB);
        else
            MergeHigh(startA, lengthA, startB, lengthB);
    }

    /// <summary>Where key goes in the sorted a[start..start+n): before any equal items. The
    /// search gallops from hint (1, 3, 7, ... away), then bisects.</summary>
    private static int GallopLeft(PyObject key, PyObject[] a, int start, int n, int hint)
    {
        int lastOfs = 0, ofs = 1;
        int h = start + hint;
        if (Lt(a[h], key))
        {
            // a[hint] < key: gallop right until a[hint + lastOfs] < key <= a[hint + ofs].
            int maxOfs = n - hint;
            while (ofs < maxOfs && Lt(a[h + ofs], key))
            {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxOfs)
                ofs = maxOfs;
            lastOfs += hint;
            ofs += hint;
        }
        else
        {
            // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastOfs].
            int maxOfs = hint + 1;
            while (ofs < maxOfs && !Lt(a[h - ofs], key))
            {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxOfs)
                ofs = maxOfs;
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        }
        // a[lastOfs] < key <= a[ofs]: bisect in between.
        lastOfs++;
        while (lastOfs < ofs)
        {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (Lt(a[start + m], key))
                lastOfs = m + 1;
            else
                ofs = m;
        }
        return ofs;
    }

    /// <summary>Like <see cref="GallopLeft"/>, but after any items equal to key.</summary>
    private static int GallopRight(PyObject key, PyObject[] a, int start, int n, int hint)
    {
        int lastOfs = 0, ofs = 1;
        int h = start + hint;
        if (Lt(key, a[h]))
        {
            // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastOfs].
            int maxOfs = hint + 1;
            while (ofs < maxOfs && Lt(key, a[h - ofs]))
            {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxOfs)
                ofs = maxOfs;
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        }
        else
        {
            // a[hint] <= key: gallop right until a[hint + lastOfs] <= key < a[hint + ofs].
            int maxOfs = n - hint;
            while (ofs < maxOfs && !Lt(key, a[h + ofs]))
            {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxOfs)
                ofs = maxOfs;
            lastOfs += hint;
            ofs += hint;
        }
        lastOfs++;
        while (lastOfs < ofs)
        {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (Lt(key, a[start + m]))
                ofs = m;
            else
                lastOfs = m + 1;
        }
        return ofs;
    }

    private void EnsureTemp(int need)
    {
        if (_tempKeys.Length >= need)
            return;
        int size = Math.Max(need, Math.Min(_length, Math.Max(256, _tempKeys.Length * 2)));
        _tempKeys = new PyObject[size];
        if (_values is not null)
            _tempValues = new PyObject[size];
    }

    private void CopyToTemp(int from, int n)
    {
        Array.Copy(_keys, from, _tempKeys, 0, n);
        if (_values is not null)
            Array.Copy(_values, from, _tempValues!, 0, n);
    }

    private void CopyFromTemp(int tempIndex, int to, int n)
    {
        Array.Copy(_tempKeys, tempIndex, _keys, to, n);
        if (_values is not null)
            Array.Copy(_tempValues!, tempIndex, _values, to, n);
    }

    private void CopyWithin(int from, int to, int n)
    {
        Array.Copy(_keys, from, _keys, to, n);
        if (_values is not null)
            Array.Copy(_values, from, _values, to, n);
    }

    /// <summary>Merges A = [a, a+na) with the following B = [b, b+nb), na &lt;= nb, A's last
    /// item belonging at the very end: A goes to the temp array and the merge runs left to
    /// right. Whatever happens (a comparison may raise), the array ends as a permutation.</summary>
    private void MergeLow(int a, int na, int b, int nb)
    {
        EnsureTemp(na);
        CopyToTemp(a, na);
        int dest = a, ta = 0;
        bool lastOfAGoesLast = false;
        try
        {
            CopyWithin(b++, dest++, 1);
            if (--nb == 0)
                return;
            if (na == 1)
            {
                lastOfAGoesLast = true;
                return;
            }
            int minGallop = _minGallop;
            while (true)
            {
                int aWins = 0, bWins = 0;
                // One at a time until a run keeps winning.
                while (true)
                {
                    if (Lt(_keys[b], _tempKeys[ta]))
                    {
                        CopyWithin(b++, dest++, 1);
                        bWins++;
                        aWins = 0;
                        if (--nb == 0)
                            return;
                        if (bWins >= minGallop)
                            break;
                    }
                    else
                    {
                        CopyFromTemp(ta++, dest++, 1);
                        aWins++;
                        bWins = 0;
                        if (--na == 1)
                        {
                            lastOfAGoesLast = true;
                            return;
                        }
                        if (aWins >= minGallop)
                            break;
                    }
                }
                // Gallop while either run keeps winning by MinGallop or more.
                minGallop++;
                do
                {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    _minGallop = minGallop;
                    int k = GallopRight(_keys[b], _tempKeys, ta, na, 0);
                    aWins = k;
                    if (k != 0)
                    {
                        CopyFromTemp(ta, dest, k);
                        dest += k;
                        ta += k;
                        na -= k;
                        if (na == 1)
                        {
                            lastOfAGoesLast = true;
                            return;
                        }
                        if (na == 0) // only with an inconsistent order
                            return;
                    }
                    CopyWithin(b++, dest++, 1);
                    if (--nb == 0)
                        return;

                    k = GallopLeft(_tempKeys[ta], _keys, b, nb, 0);
                    bWins = k;
                    if (k != 0)
                    {
                        CopyWithin(b, dest, k);
                        dest += k;
                        b += k;
                        nb -= k;
                        if (nb == 0)
                            return;
                    }
                    CopyFromTemp(ta++, dest++, 1);
                    if (--na == 1)
                    {
                        lastOfAGoesLast = true;
                        return;
                    }
                } while (aWins >= MinGallopDefault || bWins >= MinGallopDefault);
                minGallop++; // penalise leaving galloping mode
                _minGallop = minGallop;
            }
        }
        finally
        {
            if (lastOfAGoesLast)
            {
                CopyWithin(b, dest, nb);
                CopyFromTemp(ta, dest + nb, 1);
            }
            else if (na > 0)
            {
                CopyFromTemp(ta, dest, na);
            }
        }
    }

    /// <summary>The mirror image of <see cref="MergeLow"/> for na &gt; nb: B goes to the temp
    /// array and the merge runs right to left.</summary>
    private void MergeHigh(int a, int na, int b, int nb)
    {
        EnsureTemp(nb);
        CopyToTemp(b, nb);
        int baseA = a;
        int dest = b + nb - 1;
        int ia = a + na - 1; // last unmerged item of A (in place)
        int tb = nb - 1;     // last unmerged item of B (in the temp array)
        bool firstOfBGoesFirst = false;
        try
        {
            CopyWithin(ia--, dest--, 1);
            if (--na == 0)
                return;
            if (nb == 1)
            {
                firstOfBGoesFirst = true;
                return;
            }
            int minGallop = _minGallop;
            while (true)
            {
                int aWins = 0, bWins = 0;
                while (true)
                {
                    if (Lt(_tempKeys[tb], _keys[ia]))
                    {
                        CopyWithin(ia--, dest--, 1);
                        aWins++;
                        bWins = 0;
                        if (--na == 0)
                            return;
                        if (aWins >= minGallop)
                            break;
                    }
                    else
                    {
                        CopyFromTemp(tb--, dest--, 1);
                        bWins++;
                        aWins = 0;
                        if (--nb == 1)
                        {
                            firstOfBGoesFirst = true;
                            return;
                        }
                        if (bWins >= minGallop)
                            break;
                    }
                }
                minGallop++;
                do
                {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    _minGallop = minGallop;
                    int k = na - GallopRight(_tempKeys[tb], _keys, baseA, na, na - 1);
                    aWins = k;
                    if (k != 0)
                    {
                        dest -= k;
                        ia -= k;
                        CopyWithin(ia + 1, dest + 1, k);
                        na -= k;
                        if (na == 0)
                            return;
                    }
                    CopyFromTemp(tb--, dest--, 1);
                    if (--nb == 1)
                    {
                        firstOfBGoesFirst = true;
                        return;
                    }

                    k = nb - GallopLeft(_keys[ia], _tempKeys, 0, nb, nb - 1);
                    bWins = k;
                    if (k != 0)
                    {
                        dest -= k;
                        tb -= k;
                        CopyFromTemp(tb + 1, dest + 1, k);
                        nb -= k;
                        if (nb == 1)
                        {
                            firstOfBGoesFirst = true;
                            return;
                        }
                        if (nb == 0) // only with an inconsistent order
                            return;
                    }
                    CopyWithin(ia--, dest--, 1);
                    if (--na == 0)
                        return;
                } while (aWins >= MinGallopDefault || bWins >= MinGallopDefault);
                minGallop++;
                _minGallop = minGallop;
            }
        }
        finally
        {
            if (firstOfBGoesFirst)
            {
                dest -= na;
                ia -= na;
                CopyWithin(ia + 1, dest + 1, na);
                CopyFromTemp(tb, dest, 1);
            }
            else if (nb > 0)
            {
                CopyFromTemp(0, dest - (nb - 1), nb);
            }
        }
    }
}
