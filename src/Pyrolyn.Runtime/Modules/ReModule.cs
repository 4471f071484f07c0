using System;
using System.Collections.Generic;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The <c>re</c> module on .NET's regex engine (pattern translation, Pattern and Match
/// types in <c>Modules/Re/</c>). str patterns only.</summary>
public static class ReModule
{
    /// <summary>re.error(msg, pattern, pos): str is "msg at position N".</summary>
    public static readonly PyType Error = new("error", new[] { ExceptionTypes.Exception }, "re",
        ExceptionTypes.Exception.FactoryMethod, isHeapType: true);

    private static readonly Dictionary<(string, int), PyPattern> Cache = new();

    public static PyException MakeError(string msg, string pattern, int pos)
    {
        int lineno = 1, lastNewline = -1;
        for (int i = 0; i < pos && i < pattern.Length; i++)
            if (pattern[i] == '\n')
            {
                lineno++;
                lastNewline = i;
            }
        int colno = pos - lastNewline;
        string text = pattern.Contains('\n') ? $"{msg} at position {pos} (line {lineno}, column {colno})" : $"{msg} at position {pos}";
        var e = new PyBaseException(Error, new PyObject[] { new PyStr(text) });
        var d = e.InstanceDict!;
        d.SetItem("msg", new PyStr(msg));
        d.SetItem("pattern", new PyStr(pattern));
        d.SetItem("pos", PyInt.From(pos));
        d.SetItem("lineno", PyInt.From(lineno));
        d.SetItem("colno", PyInt.From(colno));
        return new PyException(e);
    }

    public static PyPattern Compile(PyObject pattern, PyObject? flags)
    {
        if (pattern is PyPattern p)
        {
            if (flags is not null && ArgCheck.ToLong(flags) != 0)
                throw Errors.ValueError("cannot process flags argument with a compiled pattern");
            return p;
        }
        if (pattern is PyBytes)
            throw Errors.NotImplementedError("re: bytes patterns are not supported by Pyrolyn");
        if (pattern is not PyStr s)
            throw Errors.TypeError("first argument must be string or compiled pattern");
        int f = flags is null ? 0 : (int)ArgCheck.ToLong(flags);
        lock (Cache)
        {
            if (Cache.TryGetValue((s.Value, f), out var cached))
                return cached;
        }
        var compiled = new PyPattern(s.Value, f);
        lock (Cache)
        {
            if (Cache.Count > 512)
                Cache.Clear();
            Cache[(s.Value, f)] = compiled;
        }
        return compiled;
    }

    public static PyModule Create()
    {
        var m = new PyModule("re");
        var d = m.Dict;
        void F(string name, Func<PyObject[], string[]?, PyObject> f) => d[name] = new PyBuiltinFunction(name, f, "re");
        void Flag(int value, params string[] names)
        {
            foreach (var n in names)
                d[n] = new PyRegexFlag(value);
        }
        Flag(0, "NOFLAG");
        Flag(2, "I", "IGNORECASE");
        Flag(4, "L", "LOCALE");
        Flag(8, "M", "MULTILINE");
        Flag(16, "S", "DOTALL");
        Flag(32, "U", "UNICODE");
        Flag(64, "X", "VERBOSE");
        Flag(128, "DEBUG");
        Flag(256, "A", "ASCII");
        d["error"] = Error;
        d["Pattern"] = PyPattern.PatternType;
        d["Match"] = PyMatch.MatchType;
        d["RegexFlag"] = PyRegexFlag.RegexFlagType;

        F("compile", (a, k) =>
        {
            var p = new Args(a, k, "compile", "pattern", "flags");
            return Compile(p.Required(0), p[1]);
        });
        foreach (var (name, mode) in new[] { ("match", PyPattern.Mode.Match), ("search", PyPattern.Mode.Search), ("fullmatch", PyPattern.Mode.FullMatch) })
        {
            var md = mode;
            F(name, (a, k) =>
            {
                var p = new Args(a, k, name, "pattern", "string", "flags");
                var pat = Compile(p.Required(0), p[2]);
                return pat.Run(md, PyPattern.Subject(p.Required(1)));
            });
        }
        F("findall", (a, k) =>
        {
            var p = new Args(a, k, "findall", "pattern", "string", "flags");
            return Compile(p.Required(0), p[2]).FindAll(PyPattern.Subject(p.Required(1)));
        });
        F("finditer", (a, k) =>
        {
            var p = new Args(a, k, "finditer", "pattern", "string", "flags");
            var list = new PyList();
            foreach (var match in Compile(p.Required(0), p[2]).Iterate(PyPattern.Subject(p.Required(1))))
                list.Append(match);
            return list.GetIter();
        });
        F("sub", (a, k) => SubCall(a, k, "sub"));
        F("subn", (a, k) => SubCall(a, k, "subn"));
        F("split", (a, k) =>
        {
            var p = new Args(a, k, "split", "pattern", "string", "maxsplit", "flags");
            return Compile(p.Required(0), p[3]).Split(PyPattern.Subject(p.Required(1)), p[2] is { } c ? ArgCheck.ToLong(c) : 0);
        });
        F("escape", (a, k) =>
        {
            var p = new Args(a, k, "escape", "pattern");
            var s = p.Required(0);
            if (s is not PyStr str)
                throw Errors.TypeError($"expected str, not {s.Type.Name}");
            var sb = new StringBuilder();
            foreach (char c in str.Value)
            {
                if ("()[]{}?*+-|^$\\.&~# \t\n\r\v\f".IndexOf(c) >= 0)
                    sb.Append('\\');
                sb.Append(c);
            }
            return new PyStr(sb.ToString());
        });
        F("purge", (a, k) =>
        {
            lock (Cache)
                Cache.Clear();
            return PyNone.Instance;
        });
        return m;
    }

    private static PyObject SubCall(PyObject[] a, string[]? k, string name)
    {
        var p = new Args(a, k, name, "pattern", "repl", "string", "count", "flags");
        var pat = Compile(p.Required(0), p[4]);
        var (text, n) = pat.Sub(p.Required(1), PyPattern.Subject(p.Required(2)), p[3] is { } c ? ArgCheck.ToLong(c) : 0);
        return name == "sub" ? new PyStr(text) : new PyTuple(new PyObject[] { new PyStr(text), PyInt.From(n) });
    }
}
