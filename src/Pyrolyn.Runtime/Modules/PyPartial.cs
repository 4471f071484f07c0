using System;
using System.Collections.Generic;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary>functools.partial: frozen positional and keyword arguments; a partial of a partial
/// is flattened into one, as CPython does.</summary>
public sealed class PyPartial : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("partial", new[] { BuiltinTypes.Object }, FunctoolsModule.Mod, Construct);
        return t;
    }

    private readonly PyObject _func;
    private readonly PyObject[] _args;
    private readonly List<KeyValuePair<string, PyObject>> _keywords;
    private Dictionary<string, PyObject>? _attrs;

    private PyPartial(PyObject func, PyObject[] args, List<KeyValuePair<string, PyObject>> keywords)
    {
        _func = func;
        _args = args;
        _keywords = keywords;
    }

    public override PyType Type => TypeObject;

    public static PyObject Construct(PyType type, PyObject[] args, string[]? kw)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        if (npos < 1)
            throw Errors.TypeError("type 'partial' takes at least one argument");
        var func = args[0];
        var pos = new List<PyObject>();
        var keywords = new List<KeyValuePair<string, PyObject>>();
        if (func is PyPartial inner)
        {
            func = inner._func;
            pos.AddRange(inner._args);
            keywords.AddRange(inner._keywords);
        }
        else if (!IsCallable(func))
        {
            throw Errors.TypeError("the first argument must be callable");
        }
        for (int i = 1; i < npos; i++)
            pos.Add(args[i]);
        if (kw is not null)
            for (int k = 0; k < kw.Length; k++)
                SetKeyword(keywords, kw[k], args[npos + k]);
        return new PyPartial(func, pos.ToArray(), keywords);
    }

    private static void SetKeyword(List<KeyValuePair<string, PyObject>> keywords, string name, PyObject value)
    {
        for (int i = 0; i < keywords.Count; i++)
        {
            if (keywords[i].Key == name)
            {
                keywords[i] = new KeyValuePair<string, PyObject>(name, value);
                return;
            }
        }
        keywords.Add(new KeyValuePair<string, PyObject>(name, value));
    }

    internal static bool IsCallable(PyObject o) =>
        o is PyFunction or PyBuiltinFunction or PyType or PyMethod or PyBuiltinMethod or PyMethodDescriptor or PySlotWrapper
            or PyPartial or LruCache or CmpKey
        || o.Type.Lookup("__call__") is not null;

    public override PyObject Call(PyObject[] args, string[]? kwnames = null)
    {
        int npos = ArgCheck.PositionalCount(args, kwnames);
        var keywords = new List<KeyValuePair<string, PyObject>>(_keywords);
        if (kwnames is not null)
            for (int k = 0; k < kwnames.Length; k++)
                SetKeyword(keywords, kwnames[k], args[npos + k]);
        var all = new PyObject[_args.Length + npos + keywords.Count];
        _args.CopyTo(all, 0);
        Array.Copy(args, 0, all, _args.Length, npos);
        string[]? names = keywords.Count == 0 ? null : new string[keywords.Count];
        for (int i = 0; i < keywords.Count; i++)
        {
            all[_args.Length + npos + i] = keywords[i].Value;
            names![i] = keywords[i].Key;
        }
        return _func.Call(all, names);
    }

    private PyDict KeywordsDict()
    {
        var d = new PyDict();
        foreach (var kv in _keywords)
            d.SetItem(new PyStr(kv.Key), kv.Value);
        return d;
    }

    public override string Repr()
    {
        if (!ReprGuard.Enter(this))
            return "...";
        try
        {
            var sb = new StringBuilder("functools.partial(");
            sb.Append(_func.Repr());
            foreach (var a in _args)
                sb.Append(", ").Append(a.Repr());
            foreach (var kv in _keywords)
                sb.Append(", ").Append(kv.Key).Append('=').Append(kv.Value.Repr());
            return sb.Append(')').ToString();
        }
        finally
        {
            ReprGuard.Leave(this);
        }
    }

    public override PyObject GetAttr(string name)
    {
        switch (name)
        {
            case "func": return _func;
            case "args": return new PyTuple((PyObject[])_args.Clone());
            case "keywords": return KeywordsDict();
            case "__class__": return Type;
            case "__dict__":
                var d = new PyDict();
                if (_attrs is not null)
                    foreach (var kv in _attrs)
                        d.SetItem(new PyStr(kv.Key), kv.Value);
                return d;
        }
        if (_attrs is not null && _attrs.TryGetValue(name, out var v))
            return v;
        return base.GetAttr(name);
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (name is "func" or "args" or "keywords")
            throw Errors.AttributeError("readonly attribute");
        (_attrs ??= new Dictionary<string, PyObject>(StringComparer.Ordinal))[name] = value;
    }
}
