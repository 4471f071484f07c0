namespace Pyrolyn.Runtime;

/// <summary>Type objects for the builtin iterators and views (their names as CPython prints them).
/// enumerate, zip, map, filter and reversed are callable types, as in CPython.</summary>
public static class IterTypes
{
    private static PyType Make(string name, PyType.Factory? factory = null) =>
        new(name, new[] { BuiltinTypes.Object }, "builtins", factory);

    public static readonly PyType ListIterator = Make("list_iterator");
    public static readonly PyType ListReverseIterator = Make("list_reverseiterator");
    public static readonly PyType TupleIterator = Make("tuple_iterator");
    public static readonly PyType StrIterator = Make("str_iterator");
    public static readonly PyType StrAsciiIterator = Make("str_ascii_iterator");
    public static readonly PyType BytesIterator = Make("bytes_iterator");
    public static readonly PyType ByteArrayIterator = Make("bytearray_iterator");
    public static readonly PyType DictKeyIterator = Make("dict_keyiterator");
    public static readonly PyType DictValueIterator = Make("dict_valueiterator");
    public static readonly PyType DictItemIterator = Make("dict_itemiterator");
    public static readonly PyType DictReverseKeyIterator = Make("dict_reversekeyiterator");
    public static readonly PyType DictReverseValueIterator = Make("dict_reversevalueiterator");
    public static readonly PyType DictReverseItemIterator = Make("dict_reverseitemiterator");
    public static readonly PyType DictKeys = Make("dict_keys");
    public static readonly PyType DictValues = Make("dict_values");
    public static readonly PyType DictItems = Make("dict_items");
    public static readonly PyType MappingProxy = Make("mappingproxy");
    public static readonly PyType RangeIterator = Make("range_iterator");
    public static readonly PyType LongRangeIterator = Make("longrange_iterator");
    public static readonly PyType SetIterator = Make("set_iterator");
    public static readonly PyType CallableIterator = Make("callable_iterator");
    public static readonly PyType SeqIterator = Make("iterator");
    public static readonly PyType Enumerate = Make("enumerate", PyEnumerate.Construct);
    public static readonly PyType Zip = Make("zip", PyZip.Construct);
    public static readonly PyType Map = Make("map", PyMap.Construct);
    public static readonly PyType Filter = Make("filter", PyFilter.Construct);
    public static readonly PyType Reversed = Make("reversed", PyReversedSequence.Construct);

    internal static void RegisterMethods()
    {
        foreach (var t in new[] { ListIterator, ListReverseIterator, TupleIterator, StrIterator, StrAsciiIterator,
                     BytesIterator, ByteArrayIterator, DictKeyIterator, DictValueIterator, DictItemIterator,
                     DictReverseKeyIterator, DictReverseValueIterator, DictReverseItemIterator, RangeIterator,
                     LongRangeIterator, SetIterator, CallableIterator, SeqIterator, Enumerate, Zip, Map, Filter, Reversed })
            BuiltinAttr.Register(t, PyIterator.Dispatch, "__next__", "__iter__", "__length_hint__");
        BuiltinAttr.Register(DictKeys, DictViewDispatch, "isdisjoint", "__len__", "__iter__", "__contains__", "__reversed__");
        BuiltinAttr.Register(DictItems, DictViewDispatch, "isdisjoint", "__len__", "__iter__", "__contains__", "__reversed__");
        BuiltinAttr.Register(DictValues, DictViewDispatch, "__len__", "__iter__", "__reversed__");
    }

    private static PyObject? DictViewDispatch(PyObject self, string name, PyObject[] args, string[]? kw) =>
        self.CallMethod(name, args, kw);
}

/// <summary>Base for builtin iterators: <c>iter(it) is it</c>, <c>__next__</c> raises
/// StopIteration at the end.</summary>
public abstract class PyIterator : PyObject
{
    public override PyObject GetIter() => this;
    public override PyObject GetAttr(string name) => BuiltinAttr.Get(this, name);

    /// <summary>Remaining length for <c>__length_hint__</c>, or -1 when unknown.</summary>
    public virtual long LengthHint() => -1;

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(this, name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    internal static PyObject? Dispatch(PyObject self, string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "__next__":
                ArgCheck.None(args, kw, self.Type.Name + ".__next__");
                return self.Next() ?? throw Errors.StopIteration();
            case "__iter__":
                return self;
            case "__length_hint__":
                long n = self is PyIterator it ? it.LengthHint() : -1;
                if (n < 0) return Ops.NotImplemented;
                return PyInt.From(n);
        }
        return null;
    }
}
