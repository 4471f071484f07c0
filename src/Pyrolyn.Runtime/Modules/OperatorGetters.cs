using System;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary>operator.itemgetter, attrgetter (dotted names) and methodcaller objects.</summary>
internal static class OperatorGetters
{
    public static readonly PyType ItemGetterType = new("itemgetter", new[] { BuiltinTypes.Object }, "operator", NewItemGetter);
    public static readonly PyType AttrGetterType = new("attrgetter", new[] { BuiltinTypes.Object }, "operator", NewAttrGetter);
    public static readonly PyType MethodCallerType = new("methodcaller", new[] { BuiltinTypes.Object }, "operator", NewMethodCaller);

    private static PyObject NewItemGetter(PyType type, PyObject[] args, string[]? kw)
    {
        if (kw is { Length: > 0 })
            throw Errors.TypeError("itemgetter() takes no keyword arguments");
        if (args.Length == 0)
            throw Errors.TypeError("itemgetter expected 1 argument, got 0");
        return new ItemGetter((PyObject[])args.Clone());
    }

    private static PyObject NewAttrGetter(PyType type, PyObject[] args, string[]? kw)
    {
        if (kw is { Length: > 0 })
            throw Errors.TypeError("attrgetter() takes no keyword arguments");
        if (args.Length == 0)
            throw Errors.TypeError("attrgetter expected 1 argument, got 0");
        var names = new string[args.Length];
        for (int i = 0; i < args.Length; i++)
            names[i] = args[i] is PyStr s ? s.Value : throw Errors.TypeError("attribute name must be a string");
        return new AttrGetter(names);
    }

    private static PyObject NewMethodCaller(PyType type, PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        if (npos < 1)
            throw Errors.TypeError("methodcaller needs at least one argument, the method name");
        if (args[0] is not PyStr name)
            throw Errors.TypeError("method name must be a string");
        var rest = new PyObject[args.Length - 1];
        Array.Copy(args, 1, rest, 0, rest.Length);
        return new MethodCaller(name.Value, rest, kw);
    }

    private static void OneArg(string name, PyObject[] args, string[]? kw)
    {
        if (kw is { Length: > 0 })
            throw Errors.TypeError($"{name}() takes no keyword arguments");
        if (args.Length != 1)
            throw Errors.TypeError($"{name} expected 1 argument, got {args.Length}");
    }

    private sealed class ItemGetter : PyObject
    {
        private readonly PyObject[] _items;
        public ItemGetter(PyObject[] items) => _items = items;
        public override PyType Type => ItemGetterType;

        public override PyObject Call(PyObject[] args, string[]? kwnames = null)
        {
            OneArg("itemgetter", args, kwnames);
            if (_items.Length == 1)
                return Ops.GetItem(args[0], _items[0]);
            var r = new PyObject[_items.Length];
            for (int i = 0; i < r.Length; i++)
                r[i] = Ops.GetItem(args[0], _items[i]);
            return new PyTuple(r);
        }

        public override string Repr() => "operator.itemgetter(" + string.Join(", ", Array.ConvertAll(_items, x => x.Repr())) + ")";
    }

    private sealed class AttrGetter : PyObject
    {
        private readonly string[] _names;
        public AttrGetter(string[] names) => _names = names;
        public override PyType Type => AttrGetterType;

        private static PyObject Resolve(PyObject o, string dotted)
        {
            foreach (var part in dotted.Split('.'))
                o = o.GetAttr(part);
            return o;
        }

        public override PyObject Call(PyObject[] args, string[]? kwnames = null)
        {
            OneArg("attrgetter", args, kwnames);
            if (_names.Length == 1)
                return Resolve(args[0], _names[0]);
            var r = new PyObject[_names.Length];
            for (int i = 0; i < r.Length; i++)
                r[i] = Resolve(args[0], _names[i]);
            return new PyTuple(r);
        }

        public override string Repr() => "operator.attrgetter(" + string.Join(", ", Array.ConvertAll(_names, n => new PyStr(n).Repr())) + ")";
    }

    private sealed class MethodCaller : PyObject
    {
        private readonly string _name;
        private readonly PyObject[] _args;
        private readonly string[]? _kw;

        public MethodCaller(string name, PyObject[] args, string[]? kw)
        {
            _name = name;
            _args = args;
            _kw = kw is { Length: > 0 } ? kw : null;
        }

        public override PyType Type => MethodCallerType;

        public override PyObject Call(PyObject[] args, string[]? kwnames = null)
        {
            OneArg("methodcaller", args, kwnames);
            return args[0].GetAttr(_name).Call((PyObject[])_args.Clone(), _kw);
        }

        public override string Repr()
        {
            var sb = new StringBuilder("operator.methodcaller(").Append(new PyStr(_name).Repr());
            int npos = _args.Length - (_kw?.Length ?? 0);
            for (int i = 0; i < npos; i++)
                sb.Append(", ").Append(_args[i].Repr());
            if (_kw is not null)
                for (int k = 0; k < _kw.Length; k++)
                    sb.Append(", ").Append(_kw[k]).Append('=').Append(_args[npos + k].Repr());
            return sb.Append(')').ToString();
        }
    }
}
