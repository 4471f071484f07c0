using Pyrolyn.Runtime.Threading;

namespace Pyrolyn.Runtime;

// Free-threaded mode (Gil.Enabled == false): the table (indices, keys, values, hashes) is
// replaced array by array on a resize, so a lock-free reader could pair a new index table with
// old entry arrays. Every access therefore runs under the dict's monitor (lock (this)): d[k]=v,
// del, pop, popitem, setdefault and the reads d[k], get, in. Hashes are computed before the lock
// is taken (user __hash__ runs unlocked); user __eq__ runs under it, as in CPython's critical
// sections. len() reads the live count without a lock (a single int read). With the GIL on
// none of this runs: each public method tests Gil.Enabled first.
public partial class PyDict
{
    private bool _isSnapshot;

    private PyObject GetItemShared(PyObject key)
    {
        long h = Ops.Hash(key);
        lock (this)
        {
            int ix = Find(key, h, out _);
            if (ix >= 0) return _values[ix]!;
        }
        return Missing(key);
    }

    private void SetItemShared(PyObject key, PyObject value)
    {
        long h = Ops.Hash(key);
        lock (this)
            Insert(key, h, value);
    }

    private bool SnapshotEquals(PyDict other)
    {
        _isSnapshot = true;
        other._isSnapshot = true;
        return DictEquals(other);
    }
}
