using System;

namespace Pyrolyn.Runtime.Modules;

/// <summary>product, permutations, combinations and combinations_with_replacement: the inputs
/// are read into tuples up front (as CPython does), the results are produced lazily in
/// CPython's order.</summary>
internal static class ItertoolsCombinatorics
{
    public static PyObject NewProduct(PyType type, PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        long repeat = 1;
        if (kw is not null)
        {
            for (int k = 0; k < kw.Length; k++)
            {
                if (kw[k] != "repeat")
                    throw Errors.TypeError($"'{kw[k]}' is an invalid keyword argument for product()");
                repeat = ClinicArgs.Index(args[npos + k]);
            }
        }
        if (repeat < 0)
            throw Errors.ValueError("repeat argument cannot be negative");
        var basePools = new PyObject[npos][];
        for (int i = 0; i < npos; i++)
            basePools[i] = Ops.ToArray(args[i]).Clone() as PyObject[] ?? Array.Empty<PyObject>();
        var pools = new PyObject[npos * repeat][];
        for (long r = 0; r < repeat; r++)
            Array.Copy(basePools, 0, pools, r * npos, npos);
        return new IndexIterator(ItertoolsModule.Product, pools, IndexIterator.Kind.Product, pools.Length);
    }

    public static PyObject NewPermutations(PyType type, PyObject[] args, string[]? kw)
    {
        var s = ClinicArgs.Parse("permutations", args, kw, new[] { "iterable", "r" }, 1);
        var pool = (PyObject[])Ops.ToArray(s[0]!).Clone();
        long r = pool.Length;
        if (s[1] is { } ro and not PyNone)
        {
            if (ro is not PyInt)
                throw Errors.TypeError("Expected int as r");
            r = ClinicArgs.Index(ro);
            if (r < 0)
                throw Errors.ValueError("r must be non-negative");
        }
        return new IndexIterator(ItertoolsModule.Permutations, new[] { pool }, IndexIterator.Kind.Permutations, r);
    }

    public static PyObject NewCombinations(PyType type, PyObject[] args, string[]? kw)
    {
        var s = ClinicArgs.Parse("combinations", args, kw, new[] { "iterable", "r" }, 2);
        var pool = (PyObject[])Ops.ToArray(s[0]!).Clone();
        long r = ClinicArgs.Index(s[1]!);
        if (r < 0)
            throw Errors.ValueError("r must be non-negative");
        return new IndexIterator(ItertoolsModule.Combinations, new[] { pool }, IndexIterator.Kind.Combinations, r);
    }

    public static PyObject NewCombinationsWithReplacement(PyType type, PyObject[] args, string[]? kw)
    {
        var s = ClinicArgs.Parse("combinations_with_replacement", args, kw, new[] { "iterable", "r" }, 2);
        var pool = (PyObject[])Ops.ToArray(s[0]!).Clone();
        long r = ClinicArgs.Index(s[1]!);
        if (r < 0)
            throw Errors.ValueError("r must be non-negative");
        return new IndexIterator(ItertoolsModule.CombinationsWithReplacement, new[] { pool }, IndexIterator.Kind.CombinationsWithReplacement, r);
    }
}

/// <summary>The four combinatoric generators as index vectors over their pools.</summary>
internal sealed class IndexIterator : PyIterator
{
    public enum Kind { Product, Permutations, Combinations, CombinationsWithReplacement }

    private readonly PyType _type;
    private readonly PyObject[][] _pools;
    private readonly Kind _kind;
    private readonly int _r;
    private int[] _indices = Array.Empty<int>();
    private int[] _cycles = Array.Empty<int>();
    private bool _started;
    private bool _done;

    public IndexIterator(PyType type, PyObject[][] pools, Kind kind, long r)
    {
        _type = type;
        _pools = pools;
        _kind = kind;
        _r = (int)Math.Min(r, int.MaxValue);
        int n = pools.Length > 0 ? pools[0].Length : 0;
        switch (kind)
        {
            case Kind.Product:
                foreach (var p in pools)
                    if (p.Length == 0)
                        _done = true;
                break;
            case Kind.Permutations:
            case Kind.Combinations:
                if (r > n)
                    _done = true;
                break;
            case Kind.CombinationsWithReplacement:
                if (n == 0 && r > 0)
                    _done = true;
                break;
        }
    }

    public override PyType Type => _type;

    private PyObject[] Pool => _pools[0];

    public override PyObject? Next()
    {
        if (_done)
            return null;
        if (!_started)
        {
            _started = true;
            Init();
            return Emit();
        }
        if (!Advance())
        {
            _done = true;
            return null;
        }
        return Emit();
    }

    private void Init()
    {
        int n = _kind == Kind.Product ? 0 : Pool.Length;
        switch (_kind)
        {
            case Kind.Product:
                _indices = new int[_pools.Length];
                break;
            case Kind.Permutations:
                _indices = new int[n];
                for (int i = 0; i < n; i++) _indices[i] = i;
                _cycles = new int[_r];
                for (int i = 0; i < _r; i++) _cycles[i] = n - i;
                break;
            case Kind.Combinations:
                _indices = new int[_r];
                for (int i = 0; i < _r; i++) _indices[i] = i;
                break;
            case Kind.CombinationsWithReplacement:
                _indices = new int[_r];
                break;
        }
    }

    private PyObject Emit()
    {
        if (_kind == Kind.Product)
        {
            var items = new PyObject[_pools.Length];
            for (int i = 0; i < items.Length; i++) items[i] = _pools[i][_indices[i]];
            return PyTuple.Create(items);
        }
        var res = new PyObject[_r];
        for (int i = 0; i < _r; i++) res[i] = Pool[_indices[i]];
        return PyTuple.Create(res);
    }

    private bool Advance()
    {
        switch (_kind)
        {
            case Kind.Product:
                for (int i = _pools.Length - 1; i >= 0; i--)
                {
                    if (++_indices[i] < _pools[i].Length)
                        return true;
                    _indices[i] = 0;
                }
                return false;
            case Kind.Permutations:
            {
                int n = Pool.Length;
                if (n == 0)
                    return false;
                for (int i = _r - 1; i >= 0; i--)
                {
                    _cycles[i]--;
                    if (_cycles[i] == 0)
                    {
                        int first = _indices[i];
                        Array.Copy(_indices, i + 1, _indices, i, n - i - 1);
                        _indices[n - 1] = first;
                        _cycles[i] = n - i;
                    }
                    else
                    {
                        int j = _cycles[i];
                        (_indices[i], _indices[n - j]) = (_indices[n - j], _indices[i]);
                        return true;
                    }
                }
                return false;
            }
            case Kind.Combinations:
            {
                int n = Pool.Length;
                int i = _r - 1;
                while (i >= 0 && _indices[i] == i + n - _r) i--;
                if (i < 0)
                    return false;
                _indices[i]++;
                for (int j = i + 1; j < _r; j++) _indices[j] = _indices[j - 1] + 1;
                return true;
            }
            default:
            {
                int n = Pool.Length;
                int i = _r - 1;
                while (i >= 0 && _indices[i] == n - 1) i--;
                if (i < 0)
                    return false;
                int v = _indices[i] + 1;
                for (int j = i; j < _r; j++) _indices[j] = v;
                return true;
            }
        }
    }
}
