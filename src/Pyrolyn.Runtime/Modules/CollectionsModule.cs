namespace Pyrolyn.Runtime.Modules;

/// <summary>The <c>collections</c> module: deque, defaultdict, Counter, OrderedDict,
/// namedtuple and ChainMap (types in <c>Modules/Collections/</c>).</summary>
public static class CollectionsModule
{
    public static PyModule Create()
    {
        var m = new PyModule("collections");
        m.Dict["deque"] = PyDeque.DequeType;
        m.Dict["defaultdict"] = PyDefaultDict.DefaultDictType;
        m.Dict["Counter"] = PyCounter.CounterType;
        m.Dict["OrderedDict"] = PyOrderedDict.OrderedDictType;
        m.Dict["ChainMap"] = PyChainMap.ChainMapType;
        m.Dict["namedtuple"] = new PyBuiltinFunction("namedtuple", NamedTupleClass.Create, "collections");
        return m;
    }
}
