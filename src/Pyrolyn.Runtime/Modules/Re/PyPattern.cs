using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Pyrolyn.Runtime.Modules;

/// <summary>re.Pattern: a compiled Python regular expression running on .NET's interpreter
/// (no RegexOptions.Compiled: NativeAOT-safe). Search/match/fullmatch use three variants of the
/// translated pattern (plain, \G-anchored, \G-anchored up to \z).</summary>
public sealed class PyPattern : PyObject
{
    public static readonly PyType PatternType = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("Pattern", new[] { BuiltinTypes.Object }, "re");
        BuiltinAttr.Register(t, static (self, name, args, kw) => ((PyPattern)self).Dispatch(name, args, kw),
            "match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split", "__repr__");
        return t;
    }

    private readonly Regex _search;
    private readonly string _translated;
    private readonly RegexOptions _options;
    private Regex? _anchored, _full;

    internal PyPattern(string pattern, int flags)
    {
        Pattern = pattern;
        var tr = RegexTranslator.Translate(pattern, flags);
        tr.Validate();
        int f = tr.Flags;
        if ((f & RegexTranslator.ASCII) == 0)
            f |= RegexTranslator.UNICODE;
        Flags = f;
        GroupCount = tr.GroupCount;
        GroupIndex = tr.GroupIndex;
        GroupNames = tr.GroupNamesInOrder;
        GroupParent = tr.GroupParent;
        _translated = tr.Result;
        _options = RegexOptions.CultureInvariant;
        if ((f & RegexTranslator.IGNORECASE) != 0)
            _options |= RegexOptions.IgnoreCase;
        if ((f & RegexTranslator.MULTILINE) != 0)
            _options |= RegexOptions.Multiline;
        if ((f & RegexTranslator.DOTALL) != 0)
            _options |= RegexOptions.Singleline;
        try
        {
            _search = new Regex(_translated, _options);
        }
        catch (ArgumentException e)
        {
            throw ReModule.MakeError("pattern not supported by Pyrolyn (" + e.Message + ")", pattern, 0);
        }
    }

    public string Pattern { get; }
    public int Flags { get; }
    public int GroupCount { get; }
    public Dictionary<string, int> GroupIndex { get; }
    /// <summary>Name of group i+1 ("" when unnamed).</summary>
    public List<string> GroupNames { get; }
    public List<int> GroupParent { get; }

    public override PyType Type => PatternType;

    private Regex Anchored => _anchored ??= new Regex("\\G(?:" + _translated + ")", _options);
    private Regex Full => _full ??= new Regex("\\G(?:" + _translated + ")\\z", _options);

    public enum Mode { Search, Match, FullMatch }

    internal static PyStr Subject(PyObject o) => o as PyStr
        ?? throw Errors.TypeError($"expected string or bytes-like object, got '{o.Type.Name}'");

    /// <summary>Clamps pos/endpos like sre: negative → 0, beyond the end → the length.</summary>
    private static (int Pos, int EndPos) Bounds(CodePointMap map, PyObject? pos, PyObject? endpos)
    {
        long p = pos is null ? 0 : ArgCheck.ToIndex(pos);
        long e = endpos is null ? map.Length : ArgCheck.ToIndex(endpos);
        p = Math.Clamp(p, 0, map.Length);
        e = Math.Clamp(e, 0, map.Length);
        return ((int)p, (int)e);
    }

    public PyObject Run(Mode mode, PyStr subject, PyObject? pos = null, PyObject? endpos = null)
    {
        var map = new CodePointMap(subject.Value);
        var (p, e) = Bounds(map, pos, endpos);
        if (e < p)
            return PyNone.Instance;
        string text = e == map.Length ? subject.Value : subject.Value.Substring(0, map.ToUtf16(e));
        var regex = mode switch { Mode.Search => _search, Mode.Match => Anchored, _ => Full };
        var m = regex.Match(text, map.ToUtf16(p));
        return m.Success ? new PyMatch(this, m, map, subject, p, e) : PyNone.Instance;
    }

    /// <summary>Successive matches with Python 3.7+ empty-match rules: after an empty match the
    /// next one may not be empty at the same position.</summary>
    internal IEnumerable<PyMatch> Iterate(PyStr subject, PyObject? pos = null, PyObject? endpos = null)
    {
        var map = new CodePointMap(subject.Value);
        var (p, e) = Bounds(map, pos, endpos);
        if (e < p)
            yield break;
        string text = e == map.Length ? subject.Value : subject.Value.Substring(0, map.ToUtf16(e));
        int at = map.ToUtf16(p);
        bool mustAdvance = false;
        while (at <= text.Length)
        {
            var m = _search.Match(text, at);
            if (m.Success && mustAdvance && m.Length == 0 && m.Index == at)
            {
                int next = at + (at < text.Length && char.IsHighSurrogate(text[at]) && at + 1 < text.Length ? 2 : 1);
                if (next > text.Length)
                    yield break;
                m = _search.Match(text, next);
            }
            if (!m.Success)
                yield break;
            yield return new PyMatch(this, m, map, subject, p, e);
            mustAdvance = m.Length == 0;
            at = m.Index + m.Length;
        }
    }

    public PyList FindAll(PyStr subject, PyObject? pos = null, PyObject? endpos = null)
    {
        var r = new PyList();
        foreach (var m in Iterate(subject, pos, endpos))
        {
            if (GroupCount == 0)
                r.Append(new PyStr(m.GroupText(0)!));
            else if (GroupCount == 1)
                r.Append(new PyStr(m.GroupText(1) ?? ""));
            else
            {
                var items = new PyObject[GroupCount];
                for (int g = 1; g <= GroupCount; g++)
                    items[g - 1] = new PyStr(m.GroupText(g) ?? "");
                r.Append(new PyTuple(items));
            }
        }
        return r;
    }

    public (string Text, int Count) Sub(PyObject repl, PyStr subject, long count)
    {
        SubTemplate? template = null;
        if (repl is PyStr rs)
            template = new SubTemplate(rs.Value, this);
        else if (!Builtins.Callable(repl))
            throw Errors.TypeError($"expected str or callable, not {repl.Type.Name}"); // not reached in CPython terms
        var sb = new StringBuilder();
        string s = subject.Value;
        int last = 0, n = 0, pieces = 0;
        foreach (var m in Iterate(subject))
        {
            if (count > 0 && n >= count)
                break;
            int startUtf16 = m.Utf16Start;
            if (startUtf16 > last)
            {
                sb.Append(s, last, startUtf16 - last);
                pieces++;
            }
            if (template is not null)
            {
                sb.Append(template.Expand(m));
                pieces++;
            }
            else
            {
                var r = repl.Call(new PyObject[] { m });
                if (r is PyStr str)
                {
                    sb.Append(str.Value);
                    pieces++;
                }
                else if (r is not PyNone)
                {
                    throw Errors.TypeError($"sequence item {pieces}: expected str instance, {r.Type.Name} found");
                }
            }
            last = m.Utf16End;
            n++;
        }
        sb.Append(s, last, s.Length - last);
        return (sb.ToString(), n);
    }

    public PyList Split(PyStr subject, long maxsplit)
    {
        var r = new PyList();
        string s = subject.Value;
        int last = 0, n = 0;
        foreach (var m in Iterate(subject))
        {
            if (maxsplit > 0 && n >= maxsplit)
                break;
            int start = m.Utf16Start, end = m.Utf16End;
            r.Append(new PyStr(s.Substring(last, start - last)));
            for (int g = 1; g <= GroupCount; g++)
                r.Append(m.GroupText(g) is { } t ? new PyStr(t) : PyNone.Instance);
            last = end;
            n++;
        }
        r.Append(new PyStr(s.Substring(last)));
        return r;
    }

    private static readonly (int Flag, string Name)[] FlagNames =
    {
        (2, "re.IGNORECASE"), (4, "re.LOCALE"), (8, "re.MULTILINE"), (16, "re.DOTALL"),
        (64, "re.VERBOSE"), (128, "re.DEBUG"), (256, "re.ASCII"),
    };

    public override string Repr()
    {
        string p = PyStr.ReprOf(Pattern.Length > 200 ? Pattern.Substring(0, 200) : Pattern);
        var names = new List<string>();
        foreach (var (flag, name) in FlagNames)
            if ((Flags & flag) != 0)
                names.Add(name);
        return names.Count == 0 ? $"re.compile({p})" : $"re.compile({p}, {string.Join("|", names)})";
    }

    public override long Hash() => Pattern.GetHashCode() ^ Flags;

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyPattern o)
            return base.RichCompare(other, op);
        bool eq = o.Pattern == Pattern && o.Flags == Flags;
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }

    public override PyObject GetAttr(string name)
    {
        switch (name)
        {
            case "pattern": return new PyStr(Pattern);
            case "flags": return PyInt.From(Flags);
            case "groups": return PyInt.From(GroupCount);
            case "groupindex":
            {
                var d = new PyDict();
                foreach (var n in GroupNames)
                    if (n.Length > 0)
                        d.SetItem(new PyStr(n), PyInt.From(GroupIndex[n]));
                return new PyMappingProxy(d);
            }
        }
        return BuiltinAttr.Get(this, name);
    }

    public override PyObject CallMethod(string name, PyObject[] args, string[]? kwnames = null) =>
        Dispatch(name, args, kwnames) ?? base.CallMethod(name, args, kwnames);

    private PyObject? Dispatch(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "match": case "fullmatch": case "search":
            {
                var p = new Args(args, kw, name, "string", "pos", "endpos");
                var mode = name == "match" ? Mode.Match : name == "search" ? Mode.Search : Mode.FullMatch;
                return Run(mode, Subject(p.Required(0)), p[1], p[2]);
            }
            case "findall":
            {
                var p = new Args(args, kw, name, "string", "pos", "endpos");
                return FindAll(Subject(p.Required(0)), p[1], p[2]);
            }
            case "finditer":
            {
                var p = new Args(args, kw, name, "string", "pos", "endpos");
                var list = new PyList();
                foreach (var m in Iterate(Subject(p.Required(0)), p[1], p[2]))
                    list.Append(m);
                return list.GetIter();
            }
            case "sub": case "subn":
            {
                var p = new Args(args, kw, name, "repl", "string", "count");
                var (text, n) = Sub(p.Required(0), Subject(p.Required(1)), p[2] is { } c ? ArgCheck.ToLong(c) : 0);
                return name == "sub" ? new PyStr(text) : new PyTuple(new PyObject[] { new PyStr(text), PyInt.From(n) });
            }
            case "split":
            {
                var p = new Args(args, kw, name, "string", "maxsplit");
                return Split(Subject(p.Required(0)), p[1] is { } c ? ArgCheck.ToLong(c) : 0);
            }
            case "__repr__": return new PyStr(Repr());
        }
        return null;
    }
}
