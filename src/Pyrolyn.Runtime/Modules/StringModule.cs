using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The string module: the character-class constants, capwords, and Template
/// (substitute/safe_substitute with CPython's placeholder grammar and error positions). Template
/// is a heap type so subclasses can change <c>delimiter</c>.</summary>
public static class StringModule
{
    private const string Mod = "string";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Digits = "0123456789";
    private const string Punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private const string Whitespace = " \t\n\r\v\f";

    private static readonly ConditionalWeakTable<PyObject, PyStr> Templates = new();

    public static readonly PyType TemplateType = MakeTemplateType();

    private static PyType MakeTemplateType()
    {
        var t = new PyType("Template", new[] { BuiltinTypes.Object }, Mod, null, isHeapType: true);
        BuiltinAttr.Register(t, TemplateDispatch, "__init__", "substitute", "safe_substitute", "is_valid", "get_identifiers");
        t.Dict["delimiter"] = new PyStr("$");
        t.Dict["idpattern"] = new PyStr("(?a:[_a-z][_a-z0-9]*)");
        t.Dict["braceidpattern"] = PyNone.Instance;
        return t;
    }

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict;
        d["ascii_lowercase"] = new PyStr(Lower);
        d["ascii_uppercase"] = new PyStr(Upper);
        d["ascii_letters"] = new PyStr(Lower + Upper);
        d["digits"] = new PyStr(Digits);
        d["hexdigits"] = new PyStr(Digits + "abcdef" + "ABCDEF");
        d["octdigits"] = new PyStr("01234567");
        d["punctuation"] = new PyStr(Punctuation);
        d["whitespace"] = new PyStr(Whitespace);
        d["printable"] = new PyStr(Digits + Lower + Upper + Punctuation + Whitespace);
        d["capwords"] = new PyBuiltinFunction("capwords", CapWords, Mod);
        d["Template"] = TemplateType;
        return m;
    }

    private static readonly PySignature CapWordsSig = new("capwords", new[] { "s", "sep" }, 1);

    private static PyObject CapWords(PyObject[] args, string[]? kw)
    {
        var s = CapWordsSig.Bind(args, kw);
        var sep = s[1] is null or PyNone ? null : s[1];
        var parts = Ops.ToArray(s[0]!.CallMethod("split", sep is null ? Array.Empty<PyObject>() : new[] { sep }));
        var caps = new PyObject[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            caps[i] = parts[i].CallMethod("capitalize", Array.Empty<PyObject>());
        PyObject joiner = sep is not null && Ops.IsTrue(sep) ? sep : new PyStr(" ");
        return joiner.CallMethod("join", new PyObject[] { new PyList(caps) });
    }

    // ---- Template --------------------------------------------------------------------------------

    private static readonly PySignature InitSig = new("Template.__init__", new[] { "template" }, 1, isMethod: true);

    private static PyObject? TemplateDispatch(PyObject self, string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "__init__":
                self.SetAttr("template", InitSig.Bind(args, kw)[0]!);
                return PyNone.Instance;
            case "substitute":
            case "safe_substitute":
                return Substitute(self, name, args, kw, safe: name == "safe_substitute");
            case "is_valid":
                ArgCheck.None(args, kw, "Template.is_valid");
                foreach (var p in Scan(self))
                    if (p.Kind == PlaceholderKind.Invalid)
                        return PyBool.False;
                return PyBool.True;
            case "get_identifiers":
            {
                ArgCheck.None(args, kw, "Template.get_identifiers");
                var ids = new PyList();
                foreach (var p in Scan(self))
                {
                    if (p.Kind is PlaceholderKind.Named or PlaceholderKind.Braced)
                    {
                        var id = new PyStr(p.Name!);
                        if (!ids.Contains(id))
                            ids.Append(id);
                    }
                    else if (p.Kind == PlaceholderKind.Invalid)
                    {
                        throw Errors.ValueError("Unrecognized named group in pattern");
                    }
                }
                return ids;
            }
        }
        return null;
    }

    private enum PlaceholderKind { Escaped, Named, Braced, Invalid }

    private readonly record struct Placeholder(PlaceholderKind Kind, int Start, int End, string? Name);

    private static string TemplateText(PyObject self) => Ops.Str(self.GetAttr("template"));

    private static string Delimiter(PyObject self) => Ops.Str(self.GetAttr("delimiter"));

    private static bool IsIdStart(char c) => c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsIdChar(char c) => IsIdStart(c) || (c >= '0' && c <= '9');

    /// <summary>Finds the placeholders left to right, as the class pattern's alternatives match:
    /// escaped delimiter, identifier, braced identifier, else an invalid lone delimiter.</summary>
    private static System.Collections.Generic.List<Placeholder> Scan(PyObject self)
    {
        string text = TemplateText(self);
        string delim = Delimiter(self);
        var found = new System.Collections.Generic.List<Placeholder>();
        int i = 0;
        while (delim.Length > 0 && (i = text.IndexOf(delim, i, StringComparison.Ordinal)) >= 0)
        {
            int after = i + delim.Length;
            if (after + delim.Length <= text.Length && string.CompareOrdinal(text, after, delim, 0, delim.Length) == 0)
            {
                found.Add(new Placeholder(PlaceholderKind.Escaped, i, after + delim.Length, null));
                i = after + delim.Length;
                continue;
            }
            if (after < text.Length && IsIdStart(text[after]))
            {
                int end = after + 1;
                while (end < text.Length && IsIdChar(text[end])) end++;
                found.Add(new Placeholder(PlaceholderKind.Named, i, end, text.Substring(after, end - after)));
                i = end;
                continue;
            }
            if (after < text.Length && text[after] == '{' && after + 1 < text.Length && IsIdStart(text[after + 1]))
            {
                int end = after + 2;
                while (end < text.Length && IsIdChar(text[end])) end++;
                if (end < text.Length && text[end] == '}')
                {
                    found.Add(new Placeholder(PlaceholderKind.Braced, i, end + 1, text.Substring(after + 1, end - after - 1)));
                    i = end + 1;
                    continue;
                }
            }
            found.Add(new Placeholder(PlaceholderKind.Invalid, i, after, null));
            i = after;
        }
        return found;
    }

    private static PyObject Substitute(PyObject self, string name, PyObject[] args, string[]? kw, bool safe)
    {
        int npos = ArgCheck.PositionalCount(args, kw);
        if (npos > 1)
            throw Errors.TypeError($"Template.{name}() takes from 1 to 2 positional arguments but {npos + 1} were given");
        PyDict? kws = null;
        if (kw is { Length: > 0 })
        {
            kws = new PyDict();
            for (int k = 0; k < kw.Length; k++)
                kws.SetItem(new PyStr(kw[k]), args[npos + k]);
        }
        PyObject? mapping = npos == 1 ? args[0] : null;
        PyObject Lookup(string key)
        {
            var pk = new PyStr(key);
            if (kws is not null && kws.TryGetValue(pk, out var v))
                return v;
            if (mapping is not null)
                return mapping.GetItem(pk);
            throw Errors.KeyError(pk);
        }
        string text = TemplateText(self);
        string delim = Delimiter(self);
        var sb = new StringBuilder();
        int pos = 0;
        foreach (var p in Scan(self))
        {
            sb.Append(text, pos, p.Start - pos);
            pos = p.End;
            switch (p.Kind)
            {
                case PlaceholderKind.Escaped:
                    sb.Append(delim);
                    break;
                case PlaceholderKind.Named:
                case PlaceholderKind.Braced:
                    if (!safe)
                    {
                        sb.Append(Ops.Str(Lookup(p.Name!)));
                        break;
                    }
                    try
                    {
                        sb.Append(Ops.Str(Lookup(p.Name!)));
                    }
                    catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.KeyError))
                    {
                        sb.Append(text, p.Start, p.End - p.Start);
                    }
                    break;
                default:
                    if (safe)
                    {
                        sb.Append(text, p.Start, p.End - p.Start);
                        break;
                    }
                    throw InvalidPlaceholder(text, p.End);
            }
        }
        sb.Append(text, pos, text.Length - pos);
        return new PyStr(sb.ToString());
    }

    /// <summary>CPython's _invalid: line and column of the character after the delimiter.</summary>
    private static PyException InvalidPlaceholder(string text, int i)
    {
        var lines = Ops.ToArray(new PyStr(text.Substring(0, i)).CallMethod("splitlines", new PyObject[] { PyBool.True }));
        int lineno, colno;
        if (lines.Length == 0)
        {
            lineno = 1;
            colno = 1;
        }
        else
        {
            int before = 0;
            for (int k = 0; k < lines.Length - 1; k++)
                before += ((PyStr)lines[k]).Value.Length;
            colno = i - before;
            lineno = lines.Length;
        }
        return Errors.ValueError($"Invalid placeholder in string: line {lineno}, col {colno}");
    }
}
