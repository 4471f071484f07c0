using System;
using System.Collections.Generic;
using System.Text;

namespace Pyrolyn.Runtime.Modules;

/// <summary>The <c>textwrap</c> module: wrap, fill, shorten (CPython's TextWrapper algorithm,
/// chunks split by its wordsep regex), dedent and indent.</summary>
public static class TextwrapModule
{
    private const string Whitespace = "\t\n\u000b\u000c\r ";

    // Lib/textwrap.py's wordsep_re, built from the same pieces.
    private const string WordPunct = "[\\w!\"'&.,?]";
    private const string Letter = "[^\\d\\W]";
    private const string Ws = "[\\t\\n\\x0b\\x0c\\r ]";
    private const string NoWs = "[^\\t\\n\\x0b\\x0c\\r ]";
    private static readonly string WordSep =
        "(" + Ws + "+" +
        "|(?<=" + WordPunct + ")-{2,}(?=\\w)" +
        "|" + NoWs + "+?(?:-(?:(?<=" + Letter + "{2}-)|(?<=" + Letter + "-" + Letter + "-))(?=" + Letter + "-?" + Letter + ")" +
        "|(?=" + Ws + "|\\Z)" +
        "|(?<=" + WordPunct + ")(?=-{2,}\\w)))";
    private const string WordSepSimple = "(" + Ws + "+)";

    private sealed class Wrapper
    {
        public int Width = 70;
        public string InitialIndent = "", SubsequentIndent = "";
        public bool ExpandTabs = true, ReplaceWhitespace = true, DropWhitespace = true;
        public bool BreakLongWords = true, BreakOnHyphens = true, FixSentenceEndings;
        public int TabSize = 8;
        public int? MaxLines;
        public string Placeholder = " [...]";

        public void Set(string name, PyObject v)
        {
            switch (name)
            {
                case "width": Width = (int)ArgCheck.ToLong(v); break;
                case "initial_indent": InitialIndent = Ops.Str(v); break;
                case "subsequent_indent": SubsequentIndent = Ops.Str(v); break;
                case "expand_tabs": ExpandTabs = Ops.IsTrue(v); break;
                case "replace_whitespace": ReplaceWhitespace = Ops.IsTrue(v); break;
                case "drop_whitespace": DropWhitespace = Ops.IsTrue(v); break;
                case "break_long_words": BreakLongWords = Ops.IsTrue(v); break;
                case "break_on_hyphens": BreakOnHyphens = Ops.IsTrue(v); break;
                case "fix_sentence_endings":
                    FixSentenceEndings = Ops.IsTrue(v);
                    if (FixSentenceEndings)
                        throw Errors.NotImplementedError("textwrap: fix_sentence_endings is not supported by Pyrolyn");
                    break;
                case "tabsize": TabSize = (int)ArgCheck.ToLong(v); break;
                case "max_lines": MaxLines = v is PyNone ? null : (int)ArgCheck.ToLong(v); break;
                case "placeholder": Placeholder = Ops.Str(v); break;
                default: throw Errors.TypeError($"TextWrapper.__init__() got an unexpected keyword argument '{name}'");
            }
        }

        private string Munge(string text)
        {
            if (ExpandTabs)
                text = Ops.Str(new PyStr(text).CallMethod("expandtabs", new PyObject[] { PyInt.From(TabSize) }));
            if (ReplaceWhitespace)
            {
                var sb = new StringBuilder(text.Length);
                foreach (char c in text)
                    sb.Append(Whitespace.IndexOf(c) >= 0 ? ' ' : c);
                text = sb.ToString();
            }
            return text;
        }

        private List<string> SplitChunks(string text)
        {
            var pattern = ReModule.Compile(new PyStr(BreakOnHyphens ? WordSep : WordSepSimple), null);
            var chunks = new List<string>();
            foreach (var c in pattern.Split(new PyStr(Munge(text)), 0).ToArray())
                if (c is PyStr s && s.Value.Length > 0)
                    chunks.Add(s.Value);
            return chunks;
        }

        public List<string> Wrap(string text) => WrapChunks(SplitChunks(text));

        private static bool IsBlank(string s) => s.Trim().Length == 0 && TrimPy(s).Length == 0;

        private static string TrimPy(string s) => Ops.Str(new PyStr(s).CallMethod("strip", Array.Empty<PyObject>()));

        private List<string> WrapChunks(List<string> chunks)
        {
            var lines = new List<string>();
            if (Width <= 0)
                throw Errors.ValueError($"invalid width {Width} (must be > 0)");
            if (MaxLines is { } ml)
            {
                string ind = ml > 1 ? SubsequentIndent : InitialIndent;
                if (ind.Length + Placeholder.TrimStart().Length > Width)
                    throw Errors.ValueError("placeholder too large for max width");
            }
            chunks.Reverse();
            while (chunks.Count > 0)
            {
                var curLine = new List<string>();
                int curLen = 0;
                string indent = lines.Count > 0 ? SubsequentIndent : InitialIndent;
                int width = Width - indent.Length;
                if (DropWhitespace && IsBlank(chunks[^1]) && lines.Count > 0)
                    chunks.RemoveAt(chunks.Count - 1);
                while (chunks.Count > 0)
                {
                    int l = chunks[^1].Length;
                    if (curLen + l <= width)
                    {
                        curLine.Add(chunks[^1]);
                        chunks.RemoveAt(chunks.Count - 1);
                        curLen += l;
                    }
                    else
                    {
                        break;
                    }
                }
                if (chunks.Count > 0 && chunks[^1].Length > width)
                {
                    HandleLongWord(chunks, curLine, curLen, width);
                    curLen = 0;
                    foreach (var c in curLine)
                        curLen += c.Length;
                }
                if (DropWhitespace && curLine.Count > 0 && IsBlank(curLine[^1]))
                {
                    curLen -= curLine[^1].Length;
                    curLine.RemoveAt(curLine.Count - 1);
                }
                if (curLine.Count == 0)
                    continue;
                if (MaxLines is null || lines.Count + 1 < MaxLines ||
                    ((chunks.Count == 0 || (DropWhitespace && chunks.Count == 1 && IsBlank(chunks[0]))) && curLen <= width))
                {
                    lines.Add(indent + string.Concat(curLine));
                    continue;
                }
                bool placed = false;
                while (curLine.Count > 0)
                {
                    if (!IsBlank(curLine[^1]) && curLen + Placeholder.Length <= width)
                    {
                        curLine.Add(Placeholder);
                        lines.Add(indent + string.Concat(curLine));
                        placed = true;
                        break;
                    }
                    curLen -= curLine[^1].Length;
                    curLine.RemoveAt(curLine.Count - 1);
                }
                if (!placed)
                {
                    if (lines.Count > 0)
                    {
                        string prev = lines[^1].TrimEnd();
                        if (prev.Length + Placeholder.Length <= Width)
                        {
                            lines[^1] = prev + Placeholder;
                            break;
                        }
                    }
                    lines.Add(indent + Placeholder.TrimStart());
                }
                break;
            }
            return lines;
        }

        private void HandleLongWord(List<string> reversedChunks, List<string> curLine, int curLen, int width)
        {
            int spaceLeft = width < 1 ? 1 : width - curLen;
            if (BreakLongWords)
            {
                int end = spaceLeft;
                string chunk = reversedChunks[^1];
                if (BreakOnHyphens && chunk.Length > spaceLeft)
                {
                    int hyphen = chunk.LastIndexOf('-', Math.Max(0, spaceLeft - 1));
                    if (spaceLeft == 0)
                        hyphen = -1;
                    if (hyphen > 0 && chunk.Substring(0, hyphen).Trim('-').Length > 0)
                        end = hyphen + 1;
                }
                end = Math.Min(end, chunk.Length);
                curLine.Add(chunk.Substring(0, end));
                reversedChunks[^1] = chunk.Substring(end);
            }
            else if (curLine.Count == 0)
            {
                curLine.Add(reversedChunks[^1]);
                reversedChunks.RemoveAt(reversedChunks.Count - 1);
            }
        }
    }

    private static Wrapper MakeWrapper(PyObject[] a, string[]? k, int npos, int widthPos, string func)
    {
        var w = new Wrapper();
        if (npos > widthPos)
            w.Width = (int)ArgCheck.ToLong(a[widthPos]);
        if (npos > widthPos + 1)
            throw Errors.TypeError($"{func}() takes from 1 to 2 positional arguments but {npos} were given");
        if (k is not null)
            for (int i = 0; i < k.Length; i++)
                w.Set(k[i], a[npos + i]);
        return w;
    }

    private static string TextArg(PyObject[] a, int npos, string func)
    {
        if (npos < 1)
            throw Errors.TypeError($"{func}() missing 1 required positional argument: 'text'");
        return a[0] is PyStr s ? s.Value : throw Errors.AttributeError($"'{a[0].Type.Name}' object has no attribute 'expandtabs'");
    }

    private static PyList ToList(List<string> lines)
    {
        var r = new PyList();
        foreach (var l in lines)
            r.Append(new PyStr(l));
        return r;
    }

    public static string Dedent(string text)
    {
        var wsOnly = ReModule.Compile(new PyStr("^[ \\t]+$"), PyInt.From(RegexTranslator.MULTILINE));
        text = wsOnly.Sub(new PyStr(""), new PyStr(text), 0).Text;
        var leading = ReModule.Compile(new PyStr("(^[ \\t]*)(?:[^ \\t\\n])"), PyInt.From(RegexTranslator.MULTILINE));
        string? margin = null;
        foreach (var item in leading.FindAll(new PyStr(text)).ToArray())
        {
            string indent = ((PyStr)item).Value;
            if (margin is null)
                margin = indent;
            else if (indent.StartsWith(margin, StringComparison.Ordinal))
            {
            }
            else if (margin.StartsWith(indent, StringComparison.Ordinal))
                margin = indent;
            else
            {
                for (int i = 0; i < Math.Min(margin.Length, indent.Length); i++)
                {
                    if (margin[i] != indent[i])
                    {
                        margin = margin.Substring(0, i);
                        break;
                    }
                }
            }
        }
        if (!string.IsNullOrEmpty(margin))
        {
            var strip = ReModule.Compile(new PyStr("(?m)^" + margin), null);
            text = strip.Sub(new PyStr(""), new PyStr(text), 0).Text;
        }
        return text;
    }

    public static PyModule Create()
    {
        var m = new PyModule("textwrap");
        var d = m.Dict;
        void F(string name, Func<PyObject[], string[]?, PyObject> f) => d[name] = new PyBuiltinFunction(name, f, "textwrap");
        F("wrap", (a, k) =>
        {
            int npos = ArgCheck.PositionalCount(a, k);
            string text = TextArg(a, npos, "wrap");
            return ToList(MakeWrapper(a, k, npos, 1, "wrap").Wrap(text));
        });
        F("fill", (a, k) =>
        {
            int npos = ArgCheck.PositionalCount(a, k);
            string text = TextArg(a, npos, "fill");
            return new PyStr(string.Join("\n", MakeWrapper(a, k, npos, 1, "fill").Wrap(text)));
        });
        F("shorten", (a, k) =>
        {
            int npos = ArgCheck.PositionalCount(a, k);
            string text = TextArg(a, npos, "shorten");
            if (npos < 2 && ArgCheck.Kw(a, k, "width") is null)
                throw Errors.TypeError("shorten() missing 1 required positional argument: 'width'");
            var w = MakeWrapper(a, k, npos, 1, "shorten");
            w.MaxLines = 1;
            var words = Ops.ToArray(new PyStr(text).CallMethod("split", Array.Empty<PyObject>()));
            var joined = string.Join(" ", Array.ConvertAll(words, x => ((PyStr)x).Value));
            return new PyStr(string.Join("\n", w.Wrap(joined)));
        });
        F("dedent", (a, k) =>
        {
            var t = ArgCheck.One(a, k, "dedent");
            return new PyStr(Dedent(t is PyStr s ? s.Value : throw Errors.TypeError($"expected string or bytes-like object, got '{t.Type.Name}'")));
        });
        F("indent", (a, k) =>
        {
            var p = new Args(a, k, "indent", "text", "prefix", "predicate");
            string text = Ops.Str(p.Required(0)), prefix = Ops.Str(p.Required(1));
            var predicate = p[2] is { } pr and not PyNone ? pr : null;
            var sb = new StringBuilder();
            foreach (var lineObj in Ops.ToArray(new PyStr(text).CallMethod("splitlines", new PyObject[] { PyBool.True })))
            {
                string line = ((PyStr)lineObj).Value;
                bool add = predicate is null ? TrimPyLine(line).Length > 0 : Ops.IsTrue(predicate.Call(new PyObject[] { lineObj }));
                sb.Append(add ? prefix + line : line);
            }
            return new PyStr(sb.ToString());
        });
        return m;
    }

    private static string TrimPyLine(string s) => Ops.Str(new PyStr(s).CallMethod("strip", Array.Empty<PyObject>()));
}
