using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// The random module. <c>Random</c> is a heap type (CPython's is a Python class over _random),
/// so <c>class MyRandom(random.Random)</c> works through the ordinary object protocol; each
/// instance's Mersenne Twister lives beside it in a weak table. The algorithms follow CPython
/// 3.11's random.py step for step, so seeded results are identical. The module-level functions
/// are the methods of one hidden instance, as in CPython.
/// </summary>
public static class RandomModule
{
    private const string Mod = "random";
    private static readonly ConditionalWeakTable<PyObject, MersenneTwister> States = new();
    private static PyModule? _module;

    private static readonly string[] MethodNames =
    {
        "__init__", "seed", "random", "getrandbits", "getstate", "setstate", "randbytes", "_randbelow",
        "randrange", "randint", "choice", "shuffle", "sample", "choices", "uniform", "triangular",
        "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "gauss",
        "betavariate", "paretovariate", "weibullvariate",
    };

    private static readonly string[] ModuleFunctions =
    {
        "seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle",
        "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
        "gauss", "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits",
        "randbytes",
    };

    public static readonly PyType RandomType = MakeRandomType();

    private static PyType MakeRandomType()
    {
        var t = new PyType("Random", new[] { BuiltinTypes.Object }, Mod, null, isHeapType: true);
        BuiltinAttr.Register(t, Dispatch, MethodNames);
        t.Dict["VERSION"] = PyInt.From(3);
        return t;
    }

    public static PyModule Create()
    {
        if (_module is not null)
            return _module;
        var m = new PyModule(Mod);
        var d = m.Dict;
        d["Random"] = RandomType;
        var inst = RandomType.Call(Array.Empty<PyObject>());
        d["_inst"] = inst;
        foreach (var name in ModuleFunctions)
            d[name] = inst.GetAttr(name);
        d["NV_MAGICCONST"] = new PyFloat(NvMagic);
        d["TWOPI"] = new PyFloat(Math.Tau);
        d["LOG4"] = new PyFloat(Log4);
        d["SG_MAGICCONST"] = new PyFloat(SgMagic);
        d["BPF"] = PyInt.From(53);
        d["RECIP_BPF"] = new PyFloat(1.0 / 9007199254740992.0);
        return _module = m;
    }

    private static readonly double NvMagic = 4 * Math.Exp(-0.5) / Math.Sqrt(2.0);
    private static readonly double Log4 = Math.Log(4.0);
    private static readonly double SgMagic = 1.0 + Math.Log(4.5);

    // ---- per-instance generator ------------------------------------------------------------------

    private static MersenneTwister State(PyObject self)
    {
        if (States.TryGetValue(self, out var mt))
            return mt;
        // A subclass whose __init__ never called Random.__init__: seed from entropy, like
        // CPython's _random.Random.__new__.
        mt = new MersenneTwister();
        mt.SeedFromEntropy();
        States.AddOrUpdate(self, mt);
        return mt;
    }

    /// <summary>True when <paramref name="name"/> resolves to Random's own method (no override).</summary>
    private static bool IsOwn(PyObject self, string name) =>
        ReferenceEquals(self.Type, RandomType) || self.Type.Lookup(name) is PyMethodDescriptor d && ReferenceEquals(d.Owner, RandomType);

    /// <summary><c>self.random()</c>, straight to the generator unless a subclass overrides it.</summary>
    private static double NextFloat(PyObject self)
    {
        if (IsOwn(self, "random"))
        {
            var mt = State(self);
            lock (mt)
                return mt.NextDouble();
        }
        return MathModule.ToDouble(self.CallMethod("random", Array.Empty<PyObject>()));
    }

    private static PyObject GetRandBits(PyObject self, BigInteger k)
    {
        if (IsOwn(self, "getrandbits"))
            return PyInt.From(RawBits(State(self), k));
        return self.CallMethod("getrandbits", new PyObject[] { PyInt.From(k) });
    }

    private static BigInteger RawBits(MersenneTwister mt, BigInteger k)
    {
        if (k.Sign < 0)
            throw Errors.ValueError("number of bits must be non-negative");
        if (k > int.MaxValue)
            throw Errors.OverflowError("Python int too large to convert to C int");
        lock (mt)
            return mt.GetRandBits((long)k);
    }

    /// <summary>_randbelow(n) for n ≥ 1, honouring a subclass's choice of primitive the way
    /// Random.__init_subclass__ picks it.</summary>
    private static PyObject RandBelow(PyObject self, PyInt n)
    {
        foreach (var c in self.Type.Mro)
        {
            if (ReferenceEquals(c, RandomType))
                break;
            if (c.Dict.ContainsKey("_randbelow"))
                return self.CallMethod("_randbelow", new PyObject[] { n });
            if (c.Dict.ContainsKey("getrandbits"))
                return RandBelowWithGetRandBits(self, n);
            if (c.Dict.ContainsKey("random"))
                return RandBelowWithoutGetRandBits(self, n);
        }
        if (n.IsSmall)
            return PyInt.From(RandBelowSmall(State(self), n.Small));
        return RandBelowWithGetRandBits(self, n);
    }

    private static long RandBelowSmall(MersenneTwister mt, long n)
    {
        int k = 64 - BitOperations.LeadingZeroCount((ulong)n);
        lock (mt)
        {
            ulong r = mt.GetRandBitsSmall(k);
            while (r >= (ulong)n)
                r = mt.GetRandBitsSmall(k);
            return (long)r;
        }
    }

    private static PyObject RandBelowWithGetRandBits(PyObject self, PyInt n)
    {
        var big = n.ToBigInteger();
        var k = (BigInteger)(long)big.GetBitLength();
        var r = GetRandBits(self, k);
        while (Ops.GeBool(r, n))
            r = GetRandBits(self, k);
        return r;
    }

    private static PyObject RandBelowWithoutGetRandBits(PyObject self, PyInt n)
    {
        var maxsize = BigInteger.One << 53;
        var nb = n.ToBigInteger();
        if (nb >= maxsize)
            return PyInt.FromDouble(Math.Floor(NextFloat(self) * n.ToDouble()));
        long nn = (long)nb;
        long rem = (1L << 53) % nn;
        double limit = (double)((1L << 53) - rem) / (1L << 53);
        double r = NextFloat(self);
        while (r >= limit)
            r = NextFloat(self);
        return PyInt.From((long)Math.Floor(r * (1L << 53)) % nn);
    }

    private static PyObject RandBelow(PyObject self, long n) => RandBelow(self, PyInt.From(n));

    // ---- seeding -------------------------------------------------------------------------------

    private static readonly PySignature InitSig = new("Random.__init__", new[] { "x" }, 0, isMethod: true);
    private static readonly PySignature SeedSig = new("Random.seed", new[] { "a", "version" }, 0, isMethod: true);

    private static void Seed(PyObject self, PyObject a, PyObject version)
    {
        bool v1 = Ops.EqBool(version, PyInt.One);
        bool v2 = !v1 && Ops.EqBool(version, PyInt.From(2));
        if (v1 && a is PyStr or PyBytes)
        {
            a = PyInt.From(SeedVersion1(a));
        }
        else if (v2 && a is PyStr or PyBytes or PyByteArray)
        {
            byte[] data = a switch
            {
                PyStr s => Codecs.Encode(s.Value, "utf-8", "strict"),
                PyBytes b => b.Value,
                _ => ((PyByteArray)a).ToArray(),
            };
            var digest = System.Security.Cryptography.SHA512.HashData(data);
            var all = new byte[data.Length + digest.Length];
            data.CopyTo(all, 0);
            digest.CopyTo(all, data.Length);
            a = PyInt.From(new BigInteger(all, isUnsigned: true, isBigEndian: true));
        }
        else if (a is not (PyNone or PyInt or PyFloat or PyStr or PyBytes or PyByteArray))
        {
            throw Errors.TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
        var mt = State(self);
        lock (mt)
        {
            if (a is PyNone)
                mt.SeedFromEntropy();
            else if (a is PyInt i)
                mt.Seed(BigInteger.Abs(i.ToBigInteger()));
            else
                mt.Seed(new BigInteger(unchecked((ulong)Ops.Hash(a))));
        }
        self.SetAttr("gauss_next", PyNone.Instance);
    }

    /// <summary>The pre-3.2 string hash that seed(s, version=1) reproduces.</summary>
    private static BigInteger SeedVersion1(PyObject a)
    {
        var codes = new List<int>();
        if (a is PyBytes b)
            foreach (var x in b.Value) codes.Add(x);
        else
        {
            string s = ((PyStr)a).Value;
            for (int i = 0; i < s.Length;) codes.Add(PyStr.NextCodePoint(s, ref i));
        }
        ulong x64 = codes.Count > 0 ? (ulong)codes[0] << 7 : 0;
        foreach (var c in codes)
            x64 = unchecked(1000003UL * x64) ^ (ulong)c;
        x64 ^= (ulong)codes.Count;
        // x is masked to 64 bits in Python, so non-negative: the "-1 becomes -2" rule never applies.
        return new BigInteger(x64);
    }

    // ---- dispatch -------------------------------------------------------------------------------

    private static PyObject? Dispatch(PyObject self, string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "__init__":
            {
                var s = InitSig.Bind(args, kw);
                var x = s[0] ?? PyNone.Instance;
                if (ReferenceEquals(self.Type, RandomType) || IsOwn(self, "seed"))
                    Seed(self, x, PyInt.From(2));
                else
                    self.CallMethod("seed", new[] { x });
                self.SetAttr("gauss_next", PyNone.Instance);
                return PyNone.Instance;
            }
            case "seed":
            {
                var s = SeedSig.Bind(args, kw);
                Seed(self, s[0] ?? PyNone.Instance, s[1] ?? PyInt.From(2));
                return PyNone.Instance;
            }
            case "random":
                ArgCheck.None(args, kw, "Random.random");
                {
                    var mt = State(self);
                    lock (mt)
                        return new PyFloat(mt.NextDouble());
                }
            case "getrandbits":
            {
                var k = ArgCheck.One(args, kw, "Random.getrandbits");
                if (k is not PyInt ki)
                    throw Errors.TypeError($"'{k.Type.Name}' object cannot be interpreted as an integer");
                return PyInt.From(RawBits(State(self), ki.ToBigInteger()));
            }
            case "getstate":
            {
                Sig(name, 0).Bind(args, kw);
                var mt = State(self);
                PyTuple inner;
                lock (mt)
                    inner = mt.GetState();
                return new PyTuple(new PyObject[] { self.GetAttr("VERSION"), inner, GaussNext(self) });
            }
            case "setstate":
                SetState(self, Sig(name, 1, "state").Bind(args, kw)[0]!);
                return PyNone.Instance;
            case "randbytes":
            {
                var n = Sig(name, 1, "n").Bind(args, kw)[0]!;
                var bits = GetRandBits(self, ((PyInt)Ops.Mul(n, PyInt.From(8))).ToBigInteger());
                return bits.CallMethod("to_bytes", new PyObject[] { n, new PyStr("little") });
            }
            case "_randbelow":
            {
                var n = Sig(name, 1, "n").Bind(args, kw)[0]!;
                return RandBelowWithGetRandBits(self, n as PyInt ?? throw Errors.TypeError($"'{n.Type.Name}' object cannot be interpreted as an integer"));
            }
            case "randrange":
            {
                var s = Sig(name, 1, "start", "stop", "step").Bind(args, kw);
                return RandRange(self, s[0]!, s[1], s[2]);
            }
            case "randint":
            {
                var s = Sig(name, 2, "a", "b").Bind(args, kw);
                return RandRange(self, s[0]!, Ops.Add(s[1]!, PyInt.One), null);
            }
            case "choice":
            {
                var seq = Sig(name, 1, "seq").Bind(args, kw)[0]!;
                long n = Ops.Len(seq);
                if (n == 0)
                    throw Errors.IndexError("Cannot choose from an empty sequence");
                return Ops.GetItem(seq, RandBelow(self, n));
            }
            case "shuffle":
                Shuffle(self, Sig(name, 1, "x").Bind(args, kw)[0]!);
                return PyNone.Instance;
            case "sample":
            {
                var s = SampleSig.Bind(args, kw);
                return Sample(self, s[0]!, s[1]!, s[2]);
            }
            case "choices":
            {
                var s = ChoicesSig.Bind(args, kw);
                return Choices(self, s[0]!, s[1], s[2], s[3] ?? PyInt.One);
            }
            case "uniform":
            {
                var s = Sig(name, 2, "a", "b").Bind(args, kw);
                return Ops.Add(s[0]!, Ops.Mul(Ops.Sub(s[1]!, s[0]!), new PyFloat(NextFloat(self))));
            }
            case "triangular":
            {
                var s = Sig(name, 0, "low", "high", "mode").Bind(args, kw);
                return Triangular(self, s[0] ?? new PyFloat(0.0), s[1] ?? new PyFloat(1.0), s[2] ?? PyNone.Instance);
            }
            case "normalvariate":
            {
                var s = Sig(name, 0, "mu", "sigma").Bind(args, kw);
                return Ops.Add(s[0] ?? new PyFloat(0.0), Ops.Mul(new PyFloat(NormalZ(self)), s[1] ?? new PyFloat(1.0)));
            }
            case "lognormvariate":
            {
                var s = Sig(name, 2, "mu", "sigma").Bind(args, kw);
                var v = MathModule.ToDouble(Ops.Add(s[0]!, Ops.Mul(new PyFloat(NormalZ(self)), s[1]!)));
                double r = Math.Exp(v);
                if (double.IsInfinity(r) && !double.IsInfinity(v))
                    throw Errors.OverflowError("math range error");
                return new PyFloat(r);
            }
            case "gauss":
            {
                var s = Sig(name, 0, "mu", "sigma").Bind(args, kw);
                return Ops.Add(s[0] ?? new PyFloat(0.0), Ops.Mul(Gauss(self), s[1] ?? new PyFloat(1.0)));
            }
            case "expovariate":
            {
                var lambd = Sig(name, 1, "lambd").Bind(args, kw)[0]!;
                return Ops.TrueDiv(new PyFloat(-Math.Log(1.0 - NextFloat(self))), lambd);
            }
            case "vonmisesvariate":
            {
                var s = Sig(name, 2, "mu", "kappa").Bind(args, kw);
                return new PyFloat(VonMises(self, MathModule.ToDouble(s[0]!), MathModule.ToDouble(s[1]!)));
            }
            case "gammavariate":
            {
                var s = Sig(name, 2, "alpha", "beta").Bind(args, kw);
                return new PyFloat(Gamma(self, MathModule.ToDouble(s[0]!), MathModule.ToDouble(s[1]!)));
            }
            case "betavariate":
            {
                var s = Sig(name, 2, "alpha", "beta").Bind(args, kw);
                double y = Gamma(self, MathModule.ToDouble(s[0]!), 1.0);
                if (y != 0)
                    return new PyFloat(y / (y + Gamma(self, MathModule.ToDouble(s[1]!), 1.0)));
                return new PyFloat(0.0);
            }
            case "paretovariate":
            {
                var alpha = MathModule.ToDouble(Sig(name, 1, "alpha").Bind(args, kw)[0]!);
                double u = 1.0 - NextFloat(self);
                if (alpha == 0)
                    throw Errors.ZeroDivisionError("float division by zero");
                return PyFloat.Pow(u, -1.0 / alpha);
            }
            case "weibullvariate":
            {
                var s = Sig(name, 2, "alpha", "beta").Bind(args, kw);
                double u = 1.0 - NextFloat(self);
                double beta = MathModule.ToDouble(s[1]!);
                if (beta == 0)
                    throw Errors.ZeroDivisionError("float division by zero");
                return Ops.Mul(s[0]!, PyFloat.Pow(-Math.Log(u), 1.0 / beta));
            }
        }
        return null;
    }

    private static readonly Dictionary<string, PySignature> Signatures = new(StringComparer.Ordinal);

    private static PySignature Sig(string name, int required, params string[] names)
    {
        lock (Signatures)
        {
            if (!Signatures.TryGetValue(name, out var sig))
                Signatures[name] = sig = new PySignature("Random." + name, names, required, isMethod: true);
            return sig;
        }
    }

    private static readonly PySignature SampleSig = new("Random.sample", new[] { "population", "k" }, 2, new[] { "counts" }, isMethod: true);
    private static readonly PySignature ChoicesSig = new("Random.choices", new[] { "population", "weights" }, 1, new[] { "cum_weights", "k" }, isMethod: true);

    private static PyObject GaussNext(PyObject self) => Ops.GetAttr(self, "gauss_next", PyNone.Instance);

    private static void SetState(PyObject self, PyObject state)
    {
        var version = Ops.GetItem(state, PyInt.Zero);
        if (version is PyInt v && v.IsSmall && (v.Small == 3 || v.Small == 2))
        {
            var parts = Ops.Unpack(state, 3);
            var internalState = parts[1];
            self.SetAttr("gauss_next", parts[2]);
            if (v.Small == 2)
            {
                var items = Ops.ToArray(internalState);
                var fixedItems = new PyObject[items.Length];
                var mod = PyInt.From(BigInteger.One << 32);
                for (int i = 0; i < items.Length; i++)
                    fixedItems[i] = Ops.Mod(items[i], mod);
                internalState = new PyTuple(fixedItems);
            }
            var mt = State(self);
            lock (mt)
                mt.SetState(internalState);
            return;
        }
        throw Errors.ValueError($"state with version {version.Str()} passed to Random.setstate() of version {self.GetAttr("VERSION").Str()}");
    }

    // ---- integers and sequences -----------------------------------------------------------------

    /// <summary>operator.index(x), falling back to int(x) for integral floats as 3.11 still allows.</summary>
    private static PyInt RangeArg(PyObject x, string which)
    {
        if (x is PyInt i)
            return i;
        if (x.Type.Lookup("__index__") is not null && x.CallMethod("__index__", Array.Empty<PyObject>()) is PyInt ix)
            return ix;
        var asInt = (PyInt)BuiltinTypes.Int.Call(new[] { x });
        if (!Ops.EqBool(asInt, x))
            throw Errors.ValueError($"non-integer {which} for randrange()");
        return asInt;
    }

    private static PyObject RandRange(PyObject self, PyObject start, PyObject? stop, PyObject? step)
    {
        var istart = RangeArg(start, "arg 1");
        if (stop is null || stop is PyNone)
        {
            if (step is not null && !(step is PyInt one && one.IsSmall && one.Small == 1 && step is not PyBool))
                throw Errors.TypeError("Missing a non-None stop argument");
            if (istart.Sign > 0)
                return RandBelow(self, istart);
            throw Errors.ValueError("empty range for randrange()");
        }
        var istop = RangeArg(stop, "stop");
        var width = PyInt.Sub(istop, istart);
        var istep = step is null ? PyInt.One : RangeArg(step, "step");
        if (istep.IsSmall && istep.Small == 1)
        {
            if (width.Sign > 0)
                return Ops.Add(istart, RandBelow(self, width));
            throw Errors.ValueError($"empty range for randrange() ({istart.Repr()}, {istop.Repr()}, {width.Repr()})");
        }
        PyObject n;
        if (istep.Sign > 0)
            n = Ops.FloorDiv(Ops.Sub(Ops.Add(width, istep), PyInt.One), istep);
        else if (istep.Sign < 0)
            n = Ops.FloorDiv(Ops.Add(Ops.Add(width, istep), PyInt.One), istep);
        else
            throw Errors.ValueError("zero step for randrange()");
        var ni = (PyInt)n;
        if (ni.Sign <= 0)
            throw Errors.ValueError("empty range for randrange()");
        return Ops.Add(istart, Ops.Mul(istep, RandBelow(self, ni)));
    }

    private static void Shuffle(PyObject self, PyObject x)
    {
        long n = Ops.Len(x);
        for (long i = n - 1; i >= 1; i--)
        {
            var j = RandBelow(self, i + 1);
            var ii = PyInt.From(i);
            var a = Ops.GetItem(x, j);
            var b = Ops.GetItem(x, ii);
            Ops.SetItem(x, ii, a);
            Ops.SetItem(x, j, b);
        }
    }

    private static bool IsSequence(PyObject o) =>
        o is PyList or PyTuple or PyStr or PyRange or PyLongRange or PyBytes or PyByteArray;

    private static PyObject Sample(PyObject self, PyObject population, PyObject kObj, PyObject? counts)
    {
        if (!IsSequence(population))
            throw Errors.TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        long n = Ops.Len(population);
        if (counts is not null && counts is not PyNone)
        {
            var cum = new List<PyObject>(Accumulate(counts));
            if (cum.Count != n)
                throw Errors.ValueError("The number of counts does not match the population");
            var total = cum[^1];
            cum.RemoveAt(cum.Count - 1);
            if (total is not PyInt ti)
                throw Errors.TypeError("Counts must be integers");
            if (ti.Sign <= 0)
                throw Errors.ValueError("Total of counts must be greater than zero");
            var selections = (PyList)Sample(self, BuiltinTypes.Range.Call(new PyObject[] { ti }), kObj, null);
            var outList = new PyList(selections.Count);
            var cumArr = cum.ToArray();
            for (int i = 0; i < selections.Count; i++)
                outList.Append(Ops.GetItem(population, PyInt.From(BisectRight(cumArr, selections[i], 0, cumArr.Length))));
            return outList;
        }
        // 0 <= k <= n, compared as Python objects (k may be a float or a big int).
        if (!(Ops.LeBool(PyInt.Zero, kObj) && Ops.LeBool(kObj, PyInt.From(n))))
            throw Errors.ValueError("Sample larger than population or is negative");
        if (kObj is not PyInt kInt)
            throw Errors.TypeError($"can't multiply sequence by non-int of type '{kObj.Type.Name}'");
        int k = (int)kInt.Small;
        var result = new PyObject[k];
        long setsize = 21;
        if (k > 5)
            setsize += (long)Math.Pow(4, Math.Ceiling(Math.Log(k * 3) / Math.Log(4)));
        if (n <= setsize)
        {
            var pool = Ops.ToArray(BuiltinTypes.List.Call(new[] { population }));
            for (int i = 0; i < k; i++)
            {
                long j = ((PyInt)RandBelow(self, n - i)).Small;
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        }
        else
        {
            var selected = new HashSet<long>();
            for (int i = 0; i < k; i++)
            {
                long j = ((PyInt)RandBelow(self, n)).Small;
                while (selected.Contains(j))
                    j = ((PyInt)RandBelow(self, n)).Small;
                selected.Add(j);
                result[i] = Ops.GetItem(population, PyInt.From(j));
            }
        }
        return new PyList(result);
    }

    private static IEnumerable<PyObject> Accumulate(PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        PyObject? total = null;
        PyObject? x;
        while ((x = it.Next()) is not null)
        {
            total = total is null ? x : Ops.Add(total, x);
            yield return total;
        }
    }

    private static int BisectRight(PyObject[] a, PyObject x, int lo, int hi)
    {
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Ops.LtBool(x, a[mid]))
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

    private static PyObject Choices(PyObject self, PyObject population, PyObject? weights, PyObject? cumWeights, PyObject kObj)
    {
        long n = Ops.Len(population);
        if (cumWeights is null || cumWeights is PyNone)
        {
            if (weights is null || weights is PyNone)
            {
                double nf = n;
                var outList = new PyList();
                foreach (var _ in Repeat(kObj))
                    outList.Append(Ops.GetItem(population, PyInt.FromDouble(Math.Floor(NextFloat(self) * nf))));
                return outList;
            }
            try
            {
                cumWeights = new PyList(new List<PyObject>(Accumulate(weights)).ToArray());
            }
            catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError && weights is PyInt)
            {
                throw Errors.TypeError($"The number of choices must be a keyword argument: k={weights.Repr()}");
            }
        }
        else if (weights is not null && weights is not PyNone)
        {
            throw Errors.TypeError("Cannot specify both weights and cumulative weights");
        }
        var cum = Ops.ToArray(cumWeights);
        if (Ops.Len(cumWeights) != n)
            throw Errors.ValueError("The number of weights does not match the population");
        var total = Ops.Add(Ops.GetItem(cumWeights, PyInt.From(-1)), new PyFloat(0.0));
        if (Ops.LeBool(total, new PyFloat(0.0)))
            throw Errors.ValueError("Total of weights must be greater than zero");
        if (!double.IsFinite(MathModule.ToDouble(total)))
            throw Errors.ValueError("Total of weights must be finite");
        int hi = (int)n - 1;
        var result = new PyList();
        foreach (var _ in Repeat(kObj))
        {
            var x = Ops.Mul(new PyFloat(NextFloat(self)), total);
            result.Append(Ops.GetItem(population, PyInt.From(BisectRight(cum, x, 0, hi))));
        }
        return result;
    }

    /// <summary>itertools.repeat(None, k): k must be an int (CPython's message otherwise).</summary>
    private static IEnumerable<int> Repeat(PyObject k)
    {
        if (k is not PyInt ki)
            throw Errors.TypeError($"'{k.Type.Name}' object cannot be interpreted as an integer");
        long count = ki.IsSmall ? ki.Small : (ki.Sign < 0 ? 0 : throw Errors.OverflowError("Python int too large to convert to C ssize_t"));
        for (long i = 0; i < count; i++)
            yield return 0;
    }

    // ---- continuous distributions ---------------------------------------------------------------

    private static PyObject Triangular(PyObject self, PyObject low, PyObject high, PyObject mode)
    {
        var u = new PyFloat(NextFloat(self));
        PyObject c;
        try
        {
            c = mode is PyNone ? new PyFloat(0.5) : Ops.TrueDiv(Ops.Sub(mode, low), Ops.Sub(high, low));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.ZeroDivisionError))
        {
            return low;
        }
        if (Ops.GtBool(u, c))
        {
            u = new PyFloat(1.0 - u.Value);
            c = Ops.Sub(new PyFloat(1.0), c);
            (low, high) = (high, low);
        }
        double prod = MathModule.ToDouble(Ops.Mul(u, c));
        if (prod < 0)
            throw Errors.ValueError("math domain error");
        return Ops.Add(low, Ops.Mul(Ops.Sub(high, low), new PyFloat(Math.Sqrt(prod))));
    }

    private static double NormalZ(PyObject self)
    {
        while (true)
        {
            double u1 = NextFloat(self);
            double u2 = 1.0 - NextFloat(self);
            double z = NvMagic * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Math.Log(u2))
                return z;
        }
    }

    private static PyObject Gauss(PyObject self)
    {
        var z = GaussNext(self);
        self.SetAttr("gauss_next", PyNone.Instance);
        if (z is PyNone)
        {
            double x2pi = NextFloat(self) * Math.Tau;
            double g2rad = Math.Sqrt(-2.0 * Math.Log(1.0 - NextFloat(self)));
            z = new PyFloat(Math.Cos(x2pi) * g2rad);
            self.SetAttr("gauss_next", new PyFloat(Math.Sin(x2pi) * g2rad));
        }
        return z;
    }

    private static double VonMises(PyObject self, double mu, double kappa)
    {
        if (kappa <= 1e-6)
            return Math.Tau * NextFloat(self);
        double s = 0.5 / kappa;
        double r = s + Math.Sqrt(1.0 + s * s);
        double z;
        while (true)
        {
            double u1 = NextFloat(self);
            z = Math.Cos(Math.PI * u1);
            double d = z / (r + z);
            double u2 = NextFloat(self);
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.Exp(d))
                break;
        }
        double q = 1.0 / r;
        double f = (q + z) / (1.0 + q * z);
        double u3 = NextFloat(self);
        return u3 > 0.5 ? PyFloat.Mod(mu + Math.Acos(f), Math.Tau) : PyFloat.Mod(mu - Math.Acos(f), Math.Tau);
    }

    private static double Gamma(PyObject self, double alpha, double beta)
    {
        if (alpha <= 0.0 || beta <= 0.0)
            throw Errors.ValueError("gammavariate: alpha and beta must be > 0.0");
        if (alpha > 1.0)
        {
            double ainv = Math.Sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - Log4;
            double ccc = alpha + ainv;
            while (true)
            {
                double u1 = NextFloat(self);
                if (!(1e-7 < u1 && u1 < 0.9999999))
                    continue;
                double u2 = 1.0 - NextFloat(self);
                double v = Math.Log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * Math.Exp(v);
                double z = u1 * u1 * u2;
                double r = bbb + ccc * v - x;
                if (r + SgMagic - 4.5 * z >= 0.0 || r >= Math.Log(z))
                    return x * beta;
            }
        }
        if (alpha == 1.0)
            return -Math.Log(1.0 - NextFloat(self)) * beta;
        while (true)
        {
            double u = NextFloat(self);
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            double x = p <= 1.0 ? Math.Pow(p, 1.0 / alpha) : -Math.Log((b - p) / alpha);
            double u1 = NextFloat(self);
            if (p > 1.0)
            {
                if (u1 <= Math.Pow(x, alpha - 1.0))
                    return x * beta;
            }
            else if (u1 <= Math.Exp(-x))
            {
                return x * beta;
            }
        }
    }
}
