using System;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The heapq module: CPython's sift algorithms step for step (so lists end up in the
/// same order), nlargest/nsmallest with CPython's tie order, and a lazy merge.</summary>
public static class HeapqModule
{
    private const string Mod = "heapq";

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict;
        void F(string name, Func<PyObject[], string[]?, PyObject> f) => d[name] = new PyBuiltinFunction(name, f, Mod);
        F("heappush", (a, k) =>
        {
            ItertoolsModule.Positional(a, k, "heappush", 2, 2);
            var heap = List(a[0], "heappush() argument 1");
            heap.Append(a[1]);
            SiftDown(heap, 0, heap.Count - 1, false);
            return PyNone.Instance;
        });
        F("heappop", (a, k) => Pop(List(ArgCheck.One(a, k, "_heapq.heappop"), "heappop() argument"), false));
        F("heapify", (a, k) =>
        {
            Heapify(List(ArgCheck.One(a, k, "_heapq.heapify"), "heapify() argument"), false);
            return PyNone.Instance;
        });
        F("heapreplace", (a, k) =>
        {
            ItertoolsModule.Positional(a, k, "heapreplace", 2, 2);
            return Replace(List(a[0], "heapreplace() argument 1"), a[1], false);
        });
        F("heappushpop", (a, k) =>
        {
            ItertoolsModule.Positional(a, k, "heappushpop", 2, 2);
            var heap = List(a[0], "heappushpop() argument 1");
            var item = a[1];
            if (heap.Count == 0)
                return item;
            var top = heap[0];
            if (!Ops.LtBool(top, item))
                return item;
            heap[0] = item;
            SiftUp(heap, 0, false);
            return top;
        });
        F("_heapify_max", (a, k) =>
        {
            Heapify(List(ArgCheck.One(a, k, "_heapq._heapify_max"), "_heapify_max() argument"), true);
            return PyNone.Instance;
        });
        F("_heappop_max", (a, k) => Pop(List(ArgCheck.One(a, k, "_heapq._heappop_max"), "_heappop_max() argument"), true));
        F("_heapreplace_max", (a, k) =>
        {
            ItertoolsModule.Positional(a, k, "_heapreplace_max", 2, 2);
            return Replace(List(a[0], "_heapreplace_max() argument 1"), a[1], true);
        });
        F("nsmallest", (a, k) => Select(NSmallestSig.Bind(a, k), false));
        F("nlargest", (a, k) => Select(NLargestSig.Bind(a, k), true));
        F("merge", (a, k) =>
        {
            int npos = ArgCheck.PositionalCount(a, k);
            PyObject? key = null;
            bool reverse = false;
            if (k is not null)
            {
                for (int i = 0; i < k.Length; i++)
                {
                    if (k[i] == "key") key = a[npos + i] is PyNone ? null : a[npos + i];
                    else if (k[i] == "reverse") reverse = Ops.IsTrue(a[npos + i]);
                    else throw Errors.TypeError($"merge() got an unexpected keyword argument '{k[i]}'");
                }
            }
            var its = new PyObject[npos];
            Array.Copy(a, its, npos);
            return new HeapqMerge(its, key, reverse);
        });
        return m;
    }

    private static readonly PySignature NSmallestSig = new("nsmallest", new[] { "n", "iterable", "key" }, 2);
    private static readonly PySignature NLargestSig = new("nlargest", new[] { "n", "iterable", "key" }, 2);

    private static PyList List(PyObject o, string what) =>
        o as PyList ?? throw Errors.TypeError($"{what} must be list, not {o.Type.Name}");

    /// <summary>a &lt; b for the min-heap, b &lt; a for the max-heap variants.</summary>
    private static bool Less(PyObject a, PyObject b, bool max) => max ? Ops.LtBool(b, a) : Ops.LtBool(a, b);

    private static void SiftDown(PyList heap, int start, int pos, bool max)
    {
        var newItem = heap[pos];
        while (pos > start)
        {
            int parentPos = (pos - 1) >> 1;
            var parent = heap[parentPos];
            if (Less(newItem, parent, max))
            {
                heap[pos] = parent;
                pos = parentPos;
                continue;
            }
            break;
        }
        heap[pos] = newItem;
    }

    private static void SiftUp(PyList heap, int pos, bool max)
    {
        int end = heap.Count;
        int start = pos;
        var newItem = heap[pos];
        int child = 2 * pos + 1;
        while (child < end)
        {
            int right = child + 1;
            if (right < end && !Less(heap[child], heap[right], max))
                child = right;
            heap[pos] = heap[child];
            pos = child;
            child = 2 * pos + 1;
        }
        heap[pos] = newItem;
        SiftDown(heap, start, pos, max);
    }

    private static void Heapify(PyList heap, bool max)
    {
        for (int i = heap.Count / 2 - 1; i >= 0; i--)
            SiftUp(heap, i, max);
    }

    private static PyObject Pop(PyList heap, bool max)
    {
        if (heap.Count == 0)
            throw Errors.IndexError("index out of range");
        var last = heap.Pop(-1);
        if (heap.Count == 0)
            return last;
        var top = heap[0];
        heap[0] = last;
        SiftUp(heap, 0, max);
        return top;
    }

    private static PyObject Replace(PyList heap, PyObject item, bool max)
    {
        if (heap.Count == 0)
            throw Errors.IndexError("index out of range");
        var top = heap[0];
        heap[0] = item;
        SiftUp(heap, 0, max);
        return top;
    }

    /// <summary>nsmallest/nlargest: the same elements, in the same order, as CPython's heap
    /// selection, which equals a stable sort (ties keep input order) cut to n.</summary>
    private static PyObject Select(PyObject?[] s, bool largest)
    {
        var nObj = s[0]!;
        var iterable = s[1]!;
        var key = s[2] is null or PyNone ? null : s[2];
        if (nObj is PyInt n1 && n1.IsSmall && n1.Small == 1)
        {
            var it = Ops.GetIter(iterable);
            PyObject? best = null, bestKey = null;
            PyObject? x;
            while ((x = it.Next()) is not null)
            {
                var kx = key is null ? x : key.Call(new[] { x });
                if (best is null || (largest ? Ops.GtBool(kx, bestKey!) : Ops.LtBool(kx, bestKey!)))
                {
                    best = x;
                    bestKey = kx;
                }
            }
            return best is null ? new PyList() : new PyList(new[] { best });
        }
        var items = new PyList(Ops.ToArray(iterable).Clone() as PyObject[] ?? Array.Empty<PyObject>());
        long n = nObj is PyInt ni ? (ni.IsSmall ? ni.Small : (ni.Sign < 0 ? -1 : long.MaxValue)) : ClinicArgs.Index(nObj);
        if (n <= 0)
            return new PyList();
        var kwValues = largest ? new PyObject[] { key ?? PyNone.Instance, PyBool.True } : new PyObject[] { key ?? PyNone.Instance };
        var kwNames = largest ? new[] { "key", "reverse" } : new[] { "key" };
        items.CallMethod("sort", kwValues, kwNames);
        if (n < items.Count)
            items.RemoveAtRange((int)n, items.Count - (int)n);
        return items;
    }
}

/// <summary>heapq.merge: lazily yields the smallest (or largest, reverse=True) head among the
/// inputs, ties going to the earliest input, as CPython's heap of [value, order, next] does.</summary>
internal sealed class HeapqMerge : PyIterator
{
    private static readonly PyType MergeType = new("generator", new[] { BuiltinTypes.Object }, "builtins");

    private readonly PyObject[] _sources;
    private readonly PyObject? _key;
    private readonly bool _reverse;
    private PyObject?[]? _its;
    private PyObject?[] _heads = Array.Empty<PyObject?>();
    private PyObject?[] _keys = Array.Empty<PyObject?>();

    public HeapqMerge(PyObject[] sources, PyObject? key, bool reverse)
    {
        _sources = sources;
        _key = key;
        _reverse = reverse;
    }

    public override PyType Type => MergeType;

    private void Start()
    {
        _its = new PyObject?[_sources.Length];
        _heads = new PyObject?[_sources.Length];
        _keys = new PyObject?[_sources.Length];
        for (int i = 0; i < _sources.Length; i++)
        {
            var it = Ops.GetIter(_sources[i]);
            var v = it.Next();
            if (v is null)
                continue;
            _its[i] = it;
            _heads[i] = v;
            _keys[i] = _key is null ? v : _key.Call(new[] { v });
        }
    }

    public override PyObject? Next()
    {
        if (_its is null)
            Start();
        int best = -1;
        for (int i = 0; i < _its!.Length; i++)
        {
            if (_its[i] is null)
                continue;
            if (best < 0 || (_reverse ? Ops.LtBool(_keys[best]!, _keys[i]!) : Ops.LtBool(_keys[i]!, _keys[best]!)))
                best = i;
        }
        if (best < 0)
            return null;
        var result = _heads[best]!;
        var nv = _its[best]!.Next();
        if (nv is null)
        {
            _its[best] = null;
            _heads[best] = null;
            _keys[best] = null;
        }
        else
        {
            _heads[best] = nv;
            _keys[best] = _key is null ? nv : _key.Call(new[] { nv });
        }
        return result;
    }
}
