using System;

namespace Pyrolyn.Runtime.Modules;

/// <summary>
/// The itertools module: every iterator is lazy and its type is callable, as in CPython
/// (<c>itertools.chain</c> is a type with a <c>from_iterable</c> class method).
/// </summary>
public static class ItertoolsModule
{
    private const string Mod = "itertools";

    private static PyType Make(string name, PyType.Factory? factory)
    {
        var t = new PyType(name, new[] { BuiltinTypes.Object }, Mod, factory);
        BuiltinAttr.Register(t, PyIterator.Dispatch, "__next__", "__iter__");
        return t;
    }

    public static readonly PyType Count = Make("count", ItertoolsInfinite.NewCount);
    public static readonly PyType Cycle = Make("cycle", ItertoolsInfinite.NewCycle);
    public static readonly PyType Repeat = MakeRepeat();
    public static readonly PyType Accumulate = Make("accumulate", ItertoolsAccumulate.New);
    public static readonly PyType Chain = MakeChain();
    public static readonly PyType Compress = Make("compress", ItertoolsFiltering.NewCompress);
    public static readonly PyType DropWhile = Make("dropwhile", ItertoolsFiltering.NewDropWhile);
    public static readonly PyType TakeWhile = Make("takewhile", ItertoolsFiltering.NewTakeWhile);
    public static readonly PyType FilterFalse = Make("filterfalse", ItertoolsFiltering.NewFilterFalse);
    public static readonly PyType StarMap = Make("starmap", ItertoolsFiltering.NewStarMap);
    public static readonly PyType ISlice = Make("islice", ItertoolsISlice.New);
    public static readonly PyType Pairwise = Make("pairwise", ItertoolsFiltering.NewPairwise);
    public static readonly PyType ZipLongest = Make("zip_longest", ItertoolsZipLongest.New);
    public static readonly PyType GroupBy = Make("groupby", ItertoolsGroupBy.New);
    public static readonly PyType Grouper = Make("_grouper", null);
    public static readonly PyType Tee = MakeTee();
    public static readonly PyType Product = Make("product", ItertoolsCombinatorics.NewProduct);
    public static readonly PyType Permutations = Make("permutations", ItertoolsCombinatorics.NewPermutations);
    public static readonly PyType Combinations = Make("combinations", ItertoolsCombinatorics.NewCombinations);
    public static readonly PyType CombinationsWithReplacement = Make("combinations_with_replacement", ItertoolsCombinatorics.NewCombinationsWithReplacement);

    private static PyType MakeRepeat()
    {
        var t = Make("repeat", ItertoolsInfinite.NewRepeat);
        BuiltinAttr.Register(t, ItertoolsInfinite.RepeatDispatch, "__length_hint__");
        return t;
    }

    private static PyType MakeChain()
    {
        var t = Make("chain", ItertoolsChain.New);
        t.Dict["from_iterable"] = new PyBuiltinFunction("from_iterable", (a, k) => new ItertoolsChain(Ops.GetIter(ArgCheck.One(a, k, "chain.from_iterable"))), Mod);
        return t;
    }

    private static PyType MakeTee()
    {
        var t = Make("_tee", null);
        BuiltinAttr.Register(t, ItertoolsTee.CopyDispatch, "__copy__");
        return t;
    }

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict;
        foreach (var t in new[] { Count, Cycle, Repeat, Accumulate, Chain, Compress, DropWhile, TakeWhile, FilterFalse,
                     StarMap, ISlice, Pairwise, ZipLongest, GroupBy, Product, Permutations, Combinations, CombinationsWithReplacement })
            d[t.Name] = t;
        d["_grouper"] = Grouper;
        d["_tee"] = Tee;
        d["tee"] = new PyBuiltinFunction("tee", ItertoolsTee.Split, Mod);
        return m;
    }

    /// <summary>"cycle() takes no keyword arguments" plus "cycle expected 1 argument, got 2".</summary>
    internal static void Positional(PyObject[] args, string[]? kw, string name, int min, int max)
    {
        if (kw is { Length: > 0 })
            throw Errors.TypeError($"{name}() takes no keyword arguments");
        ArgCheck.Range(args, kw, name, min, max);
    }
}
