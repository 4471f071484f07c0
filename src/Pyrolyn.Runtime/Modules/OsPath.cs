using System;
using System.Collections.Generic;
using System.IO;

namespace Pyrolyn.Runtime.Modules;

/// <summary><c>os.path</c> with posixpath's string rules (join, split, splitext, normpath ...);
/// the file-system queries go to System.IO.</summary>
public static class OsPath
{
    internal static string PathArg(PyObject o, string func) => o is PyStr s ? s.Value
        : throw Errors.TypeError($"{func}: path should be string, bytes, os.PathLike or integer, not {o.Type.Name}");

    private static string StrArg(PyObject o, string func) => o is PyStr s ? s.Value
        : throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.Name}");

    public static string Join(string a, IEnumerable<string> parts)
    {
        string path = a;
        foreach (var b in parts)
        {
            if (b.StartsWith('/'))
                path = b;
            else if (path.Length == 0 || path.EndsWith('/'))
                path += b;
            else
                path += "/" + b;
        }
        return path;
    }

    public static (string Head, string Tail) Split(string p)
    {
        int i = p.LastIndexOf('/') + 1;
        string head = p.Substring(0, i), tail = p.Substring(i);
        if (head.Length > 0 && head.Trim('/').Length > 0)
            head = head.TrimEnd('/');
        return (head, tail);
    }

    public static (string Root, string Ext) SplitExt(string p)
    {
        int sep = p.LastIndexOf('/');
        int dot = p.LastIndexOf('.');
        if (dot > sep)
        {
            for (int f = sep + 1; f < dot; f++)
                if (p[f] != '.')
                    return (p.Substring(0, dot), p.Substring(dot));
        }
        return (p, "");
    }

    public static string NormPath(string path)
    {
        if (path.Length == 0)
            return ".";
        int initialSlashes = path.StartsWith('/') ? 1 : 0;
        if (initialSlashes == 1 && path.StartsWith("//") && !path.StartsWith("///"))
            initialSlashes = 2;
        var comps = new List<string>();
        foreach (var comp in path.Split('/'))
        {
            if (comp.Length == 0 || comp == ".")
                continue;
            if (comp != ".." || (initialSlashes == 0 && comps.Count == 0) || (comps.Count > 0 && comps[^1] == ".."))
                comps.Add(comp);
            else if (comps.Count > 0)
                comps.RemoveAt(comps.Count - 1);
        }
        string r = new string('/', initialSlashes) + string.Join("/", comps);
        return r.Length == 0 ? "." : r;
    }

    public static string AbsPath(string p) => NormPath(p.StartsWith('/') ? p : Join(Directory.GetCurrentDirectory(), new[] { p }));

    public static PyModule Create()
    {
        var m = new PyModule("posixpath");
        var d = m.Dict;
        void F(string name, Func<PyObject[], string[]?, PyObject> f) => d[name] = new PyBuiltinFunction(name, f, "posixpath");
        void F1(string name, Func<string, PyObject> f) => F(name, (a, k) => f(StrArg(ArgCheck.One(a, k, name), name)));
        d["sep"] = new PyStr("/");
        d["curdir"] = new PyStr(".");
        d["pardir"] = new PyStr("..");
        d["extsep"] = new PyStr(".");
        d["pathsep"] = new PyStr(":");
        F("join", (a, k) =>
        {
            ArgCheck.NoKw(k, "join");
            if (a.Length == 0)
                throw Errors.TypeError("join() missing 1 required positional argument: 'a'");
            var rest = new List<string>();
            for (int i = 1; i < a.Length; i++)
                rest.Add(StrArg(a[i], "join"));
            return new PyStr(Join(StrArg(a[0], "join"), rest));
        });
        F1("split", p => { var (h, t) = Split(p); return new PyTuple(new PyObject[] { new PyStr(h), new PyStr(t) }); });
        F1("basename", p => new PyStr(p.Substring(p.LastIndexOf('/') + 1)));
        F1("dirname", p => new PyStr(Split(p).Head));
        F1("splitext", p => { var (r, e) = SplitExt(p); return new PyTuple(new PyObject[] { new PyStr(r), new PyStr(e) }); });
        F1("normpath", p => new PyStr(NormPath(p)));
        F1("abspath", p => new PyStr(AbsPath(p)));
        F1("isabs", p => PyBool.From(p.StartsWith('/')));
        F1("exists", p => PyBool.From(File.Exists(p) || Directory.Exists(p)));
        F1("isfile", p => PyBool.From(File.Exists(p)));
        F1("isdir", p => PyBool.From(Directory.Exists(p)));
        F1("getsize", p => File.Exists(p) ? PyInt.From(new FileInfo(p).Length)
            : Directory.Exists(p) ? PyInt.From(4096) : throw OsModule.NotFound(p, "stat"));
        F1("expanduser", p => new PyStr(p == "~" || p.StartsWith("~/") ? (Environment.GetEnvironmentVariable("HOME") ?? "") + p.Substring(1) : p));
        return m;
    }
}
