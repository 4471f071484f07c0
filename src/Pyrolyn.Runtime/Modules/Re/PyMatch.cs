using System;
using System.Text.RegularExpressions;

namespace Pyrolyn.Runtime.Modules;

/// <summary>re.Match: one match of a pattern; positions are code points.</summary>
public sealed class PyMatch : PyObject
{
    public static readonly PyType MatchType = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("Match", new[] { BuiltinTypes.Object }, "re");
        BuiltinAttr.Register(t, static (self, name, args, kw) => ((PyMatch)self).Dispatch(name, args, kw),
            "group", "groups", "groupdict", "start", "end", "span", "expand", "__getitem__", "__repr__");
        return t;
    }

    private readonly Match _m;
    private readonly CodePointMap _map;

    internal PyMatch(PyPattern pattern, Match m, CodePointMap map, PyStr subject, int pos, int endpos)
    {
        Pattern = pattern;
        _m = m;
        _map = map;
        Subject = subject;
        Pos = pos;
        EndPos = endpos;
    }

    public PyPattern Pattern { get; }
    public PyStr Subject { get; }
    public int Pos { get; }
    public int EndPos { get; }

    public override PyType Type => MatchType;

    internal int Utf16Start => _m.Index;
    internal int Utf16End => _m.Index + _m.Length;

    private Group NetGroup(int g) => g == 0 ? _m.Groups[0] : _m.Groups["g" + g];

    /// <summary>The text of group <paramref name="g"/>, or null when it did not participate.</summary>
    public string? GroupText(int g)
    {
        var grp = NetGroup(g);
        return grp.Success ? grp.Value : null;
    }

    public int Start(int g)
    {
        var grp = NetGroup(g);
        return grp.Success ? _map.ToCodePoint(grp.Index) : -1;
    }

    public int End(int g)
    {
        var grp = NetGroup(g);
        return grp.Success ? _map.ToCodePoint(grp.Index + grp.Length) : -1;
    }

    private int GroupArg(PyObject arg)
    {
        if (arg is PyInt i && !(arg is PyBool))
        {
            if (i.IsSmall && i.Small >= 0 && i.Small <= Pattern.GroupCount)
                return (int)i.Small;
            throw Errors.IndexError("no such group");
        }
        if (arg is PyStr s && Pattern.GroupIndex.TryGetValue(s.Value, out int g))
            return g;
        if (arg is PyBool b)
            return GroupArg(PyInt.From(b.Value ? 1 : 0));
        throw Errors.IndexError("no such group");
    }

    private PyObject GroupValue(int g, PyObject dflt) => GroupText(g) is { } t ? new PyStr(t) : dflt;

    /// <summary>The group that closed last (Python's lastindex), or 0 for none.</summary>
    private int LastIndex()
    {
        int best = 0, bestEnd = -1;
        for (int g = 1; g <= Pattern.GroupCount; g++)
        {
            int e = End(g);
            if (e < 0)
                continue;
            if (e > bestEnd || (e == bestEnd && !IsAncestor(best, g)))
            {
                best = g;
                bestEnd = e;
            }
        }
        return best;
    }

    private bool IsAncestor(int a, int g)
    {
        for (int p = Pattern.GroupParent[g]; p != 0; p = Pattern.GroupParent[p])
            if (p == a)
                return true;
        return false;
    }

    public override string Repr() =>
        $"<re.Match object; span=({Start(0)}, {End(0)}), match={PyStr.ReprOf(_m.Value)}>";

    public override PyObject GetItem(PyObject key) => GroupValue(GroupArg(key), PyNone.Instance);

    public override PyObject GetAttr(string name)
    {
        switch (name)
        {
            case "string": return Subject;
            case "re": return Pattern;
            case "pos": return PyInt.From(Pos);
            case "endpos": return PyInt.From(EndPos);
            case "lastindex": { int li = LastIndex(); return li == 0 ? PyNone.Instance : PyInt.From(li); }
            case "lastgroup":
            {
                int li = LastIndex();
                if (li == 0)
                    return PyNone.Instance;
                string n = Pattern.GroupNames[li - 1];
                return n.Length == 0 ? PyNone.Instance : new PyStr(n);
            }
            case "regs":
            {
                var r = new PyObject[Pattern.GroupCount + 1];
                for (int g = 0; g < r.Length; g++)
                    r[g] = Span(g);
                return new PyTuple(r);
            }
        }
        return BuiltinAttr.Get(this, name);
    }

    private PyTuple Span(int g) => new(new PyObject[] { PyInt.From(Start(g)), PyInt.From(End(g)) });

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "group":
            {
                ArgCheck.NoKw(kw, "group");
                if (args.Length == 0)
                    return GroupValue(0, PyNone.Instance);
                if (args.Length == 1)
                    return GroupValue(GroupArg(args[0]), PyNone.Instance);
                var r = new PyObject[args.Length];
                for (int i = 0; i < args.Length; i++)
                    r[i] = GroupValue(GroupArg(args[i]), PyNone.Instance);
                return new PyTuple(r);
            }
            case "groups":
            {
                var p = new Args(args, kw, "groups", "default");
                var dflt = p[0] ?? PyNone.Instance;
                var r = new PyObject[Pattern.GroupCount];
                for (int g = 1; g <= r.Length; g++)
                    r[g - 1] = GroupValue(g, dflt);
                return new PyTuple(r);
            }
            case "groupdict":
            {
                var p = new Args(args, kw, "groupdict", "default");
                var dflt = p[0] ?? PyNone.Instance;
                var d = new PyDict();
                for (int g = 1; g <= Pattern.GroupCount; g++)
                    if (Pattern.GroupNames[g - 1].Length > 0)
                        d.SetItem(new PyStr(Pattern.GroupNames[g - 1]), GroupValue(g, dflt));
                return d;
            }
            case "start":
                ArgCheck.Range(args, kw, "start", 0, 1);
                return PyInt.From(Start(args.Length == 0 ? 0 : GroupArg(args[0])));
            case "end":
                ArgCheck.Range(args, kw, "end", 0, 1);
                return PyInt.From(End(args.Length == 0 ? 0 : GroupArg(args[0])));
            case "span":
                ArgCheck.Range(args, kw, "span", 0, 1);
                return Span(args.Length == 0 ? 0 : GroupArg(args[0]));
            case "expand":
            {
                var t = ArgCheck.One(args, kw, "expand");
                return new PyStr(new SubTemplate(ArgCheck.ToStr(t, "expand() argument"), Pattern).Expand(this));
            }
            case "__getitem__": return GetItem(ArgCheck.One(args, kw, "__getitem__"));
            case "__repr__": return new PyStr(Repr());
        }
        return null;
    }
}
