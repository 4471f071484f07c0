using Pyrolyn.Runtime;
using Xunit;
using static Pyrolyn.Runtime.Tests.Py;

namespace Pyrolyn.Runtime.Tests;

public class ContainerTests
{
    [Fact]
    public void SetIterationOrder_MatchesCPythonForSmallInts()
    {
        Assert.Equal("{1, 2, 3}", R(Set(1, 2, 3)));
        Assert.Equal("{3, 100, 7}", R(Set(100, 3, 7)));
        Assert.Equal("{2, 5, 8, 11, 14, 17, 20}", R(Call("set", Call("range", I(20), I(0), I(-3)))));
        // Items added one by one, as for a display of variables.
        Assert.Equal("{1099511627776, 5, 1000, -2, -1}", R(Set(-1, -2, 5, 1000, 1L << 40)));
    }

    [Fact]
    public void ConstantSetDisplay_ReplaysCPythonsFrozensetConstantFolding()
    {
        var items = new[] { I(-1), I(-2), I(5), I(1000), PyInt.From(1L << 40) };
        Assert.Equal("{1099511627776, 5, -2, 1000, -1}", R(PySet.FromConstants(items)));
        Assert.Equal("[5, 1000, -1, -2]", R(Call("list", Ops.GetIter(PySet.ConstantFrozenSet(items)))).Replace("1099511627776, ", ""));
    }

    [Fact]
    public void SetIterationOrder_ReusesDummySlotsLikeCPython()
    {
        var s = (PySet)Call("set", Call("range", I(10)));
        Method(s, "discard", I(3));
        Method(s, "discard", I(5));
        Method(s, "add", I(13));
        Method(s, "add", I(21));
        Assert.Equal("{0, 1, 2, 4, 6, 7, 8, 9, 13, 21}", R(s));
        var p = (PySet)Call("set", L(5, 13, 21, 29));
        Method(p, "pop");
        Assert.Equal("{13, 21, 5}", R(p));
    }

    [Fact]
    public void SetOperations_ProduceCPythonOrder()
    {
        Assert.Equal("{1, 2, 3, 40}", R(Ops.BitOr(Set(1, 2, 3), Set(40, 2))));
        Assert.Equal("{3, 5}", R(Ops.BitAnd(Set(1, 2, 3, 4, 5), Set(5, 3, 9))));
        Assert.Equal("{1, 3, 17, 9}", R(Ops.Sub(PySet.FromConstants(new[] { I(1), I(2), I(3), I(9), I(17) }), Set(2))));
        Assert.Equal("{1, 3, 9, 17}", R(Ops.Sub(Set(1, 2, 3, 9, 17), Set(2))));
        Assert.Equal("{33, 1, 4, 5, 2}", R(Ops.BitXor(Set(1, 2, 3), Set(3, 4, 5, 33))));
    }

    [Fact]
    public void FrozenSetAndTupleHashes_MatchCPython()
    {
        Assert.Equal(-272375401224217160, Call("frozenset", L(1, 2, 3)).Hash());
        Assert.Equal(133146708735736, Call("frozenset").Hash());
        Assert.Equal(7026028923906358870, Call("frozenset", Call("range", I(20))).Hash());
        Assert.Equal(529344067295497451, new PyTuple(new[] { I(1), I(2), I(3) }).Hash());
        Assert.Equal(5740354900026072187, PyTuple.Empty.Hash());
        Assert.Equal(-6644214454873602895, new PyTuple(new[] { I(1) }).Hash());
    }

    [Fact]
    public void TupleRepr_UsesTrailingCommaForSingletons()
    {
        Assert.Equal("(1,)", R(new PyTuple(new[] { I(1) })));
        Assert.Equal("()", R(PyTuple.Empty));
        Assert.Equal("(1, 'a')", R(new PyTuple(new[] { I(1), S("a") })));
    }

    [Fact]
    public void ListRepr_GuardsAgainstRecursion()
    {
        var l = L(1);
        l.Append(l);
        Assert.Equal("[1, [...]]", R(l));
        var d = PyDict.FromPairs(new[] { S("a"), I(1) });
        d.SetItem(S("self"), d);
        Assert.Equal("{'a': 1, 'self': {...}}", R(d));
    }

    [Fact]
    public void ListSort_IsStableAndSupportsKeyAndReverse()
    {
        var words = new PyList(new[] { S("bb"), S("a"), S("ccc"), S("dd"), S("e") });
        var kw = new[] { "key", "reverse" };
        words.CallMethod("sort", new[] { Builtins.Lookup("len")!, PyBool.True }, kw);
        Assert.Equal("['ccc', 'bb', 'dd', 'a', 'e']", R(words));
        var mixed = new PyList(new[] { F(2.5), I(1), I(3), F(-1) });
        mixed.Sort(null, false);
        Assert.Equal("[-1.0, 1, 2.5, 3]", R(mixed));
        Assert.Equal("TypeError: '<' not supported between instances of 'str' and 'int'",
            Message(() => Call("sorted", new PyList(new[] { I(1), S("a") }))));
    }

    [Fact]
    public void ListSlicing_SupportsExtendedAssignmentAndDeletion()
    {
        var l = L(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        l.SetItem(new PySlice(PyNone.Instance, PyNone.Instance, I(2)), L(10, 12, 14, 16, 18));
        Assert.Equal("[10, 1, 12, 3, 14, 5, 16, 7, 18, 9]", R(l));
        l.DelItem(new PySlice(I(1), PyNone.Instance, I(2)));
        Assert.Equal("[10, 12, 14, 16, 18]", R(l));
        l.SetItem(new PySlice(I(1), I(3), PyNone.Instance), L(7));
        Assert.Equal("[10, 7, 16, 18]", R(l));
        Assert.Equal("[18, 16, 7, 10]", R(l.GetItem(new PySlice(PyNone.Instance, PyNone.Instance, I(-1)))));
        Assert.Equal("ValueError: attempt to assign sequence of size 1 to extended slice of size 2",
            Message(() => l.SetItem(new PySlice(PyNone.Instance, PyNone.Instance, I(2)), L(1))));
    }

    [Fact]
    public void ListMethods_RaiseCPythonErrors()
    {
        Assert.Equal("ValueError: 2 is not in list", Message(() => Method(L(1), "index", I(2))));
        Assert.Equal("ValueError: list.remove(x): x not in list", Message(() => Method(L(1), "remove", I(2))));
        Assert.Equal("IndexError: pop from empty list", Message(() => Method(L(), "pop")));
        Assert.Equal("TypeError: list.append() takes exactly one argument (0 given)", Message(() => Method(L(), "append")));
        Assert.Equal("IndexError: list index out of range", Message(() => Ops.GetItem(L(1), I(5))));
        Assert.Equal("TypeError: can only concatenate list (not \"tuple\") to list", Message(() => Ops.Add(L(1), PyTuple.Empty)));
    }

    [Fact]
    public void Dict_PreservesInsertionOrderAcrossDeletesAndResizes()
    {
        var d = new PyDict();
        for (int i = 0; i < 100; i++) d.SetItem(I(i), I(i * i));
        for (int i = 0; i < 100; i += 2) d.DelItem(I(i));
        d.SetItem(I(0), S("zero"));
        Assert.Equal(51, d.Count);
        var keys = Ops.ToArray(d);
        Assert.Equal("1", R(keys[0]));
        Assert.Equal("0", R(keys[^1]));
        Assert.Equal("(0, 'zero')", R(Method(d, "popitem")));
        Assert.Equal("KeyError: 'missing'", Message(() => d.GetItem(S("missing"))));
        Assert.True(d.TryGetValue(F(3.0), out var v));
        Assert.Equal("9", R(v));
    }

    [Fact]
    public void DictViews_ReprAndIterate()
    {
        var d = PyDict.FromPairs(new[] { S("a"), I(1), S("b"), I(2) });
        Assert.Equal("dict_keys(['a', 'b'])", R(Method(d, "keys")));
        Assert.Equal("dict_values([1, 2])", R(Method(d, "values")));
        Assert.Equal("dict_items([('a', 1), ('b', 2)])", R(Method(d, "items")));
        Assert.Equal("{'a': 1, 'b': 2, 'c': 3}", R(Ops.BitOr(d, PyDict.FromPairs(new[] { S("c"), I(3) }))));
    }

    [Fact]
    public void DictIteration_DetectsSizeChanges()
    {
        var d = PyDict.FromPairs(new[] { I(1), I(1) });
        var it = Ops.GetIter(d);
        Ops.Next(it);
        d.SetItem(I(2), I(2));
        Assert.Equal("RuntimeError: dictionary changed size during iteration", Message(() => Ops.Next(it)));
    }

    [Fact]
    public void Range_SupportsLenIndexSliceAndMembership()
    {
        var r = Call("range", I(0), I(20), I(3));
        Assert.Equal("range(0, 20, 3)", R(r));
        Assert.Equal(7, r.Length());
        Assert.Equal("18", R(r.GetItem(I(-1))));
        Assert.Equal("range(3, 21, 6)", R(r.GetItem(new PySlice(I(1), PyNone.Instance, I(2)))));
        Assert.True(Ops.In(I(9), r));
        Assert.False(Ops.In(I(10), r));
        Assert.Equal("[18, 15, 12, 9, 6, 3, 0]", R(Call("list", Call("reversed", r))));
    }

    [Fact]
    public void Unpack_ReportsCountMismatches()
    {
        Assert.Equal("ValueError: too many values to unpack (expected 2)", Message(() => Ops.Unpack(L(1, 2, 3), 2)));
        Assert.Equal("ValueError: not enough values to unpack (expected 3, got 2)", Message(() => Ops.Unpack(L(1, 2), 3)));
        var parts = Ops.UnpackStar(L(1, 2, 3, 4), 1, 1);
        Assert.Equal("[2, 3]", R(parts[1]));
    }

    [Fact]
    public void LazyIterators_ProduceCPythonResults()
    {
        Assert.Equal("[(0, 'a'), (1, 'b')]", R(Call("list", Call("enumerate", S("ab")))));
        Assert.Equal("[(1, 'a'), (2, 'b')]", R(Call("list", Call("zip", L(1, 2, 3), S("ab")))));
        Assert.Equal("[1, 2]", R(Call("list", Call("filter", PyNone.Instance, L(0, 1, 0, 2)))));
        Assert.Equal("['1', '2']", R(Call("list", Call("map", BuiltinTypes.Str, L(1, 2)))));
        Assert.Equal("ValueError: zip() argument 2 is shorter than argument 1",
            Message(() => Call("list", Builtins.Lookup("zip")!.Call(new PyObject[] { L(1, 2), L(1), PyBool.True }, new[] { "strict" }))));
    }
}
