using System.Collections.Generic;
using System.Text;
using Pyrolyn.Runtime.Hosting;

namespace Pyrolyn.Runtime;

/// <summary>Formats an uncaught exception as CPython does, including the chain of
/// <c>__cause__</c>/<c>__context__</c> exceptions.</summary>
public static class TracebackPrinter
{
    public static string Format(PyBaseException exc) => string.Concat(FormatChunks(exc, chain: true));

    /// <summary>The traceback as CPython's <c>traceback.format_exception</c> lists it: the header,
    /// one string per frame, then the exception line and its notes (exception groups nested with
    /// CPython's margins).</summary>
    public static List<string> FormatChunks(PyBaseException exc, bool chain)
    {
        var output = new List<string>();
        FormatChain(exc, output, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance), new GroupContext(), chain);
        return output;
    }

    /// <summary>CPython's _ExceptionPrintContext: depth inside exception groups.</summary>
    private sealed class GroupContext
    {
        public int Depth;
        public bool NeedClose;

        public string Indent() => new string(' ', 2 * Depth);

        public void Emit(List<string> output, string text, char margin = '|')
        {
            if (Depth == 0)
            {
                output.Add(text);
                return;
            }
            string prefix = Indent() + margin + " ";
            var sb = new StringBuilder();
            int i = 0;
            while (i < text.Length)
            {
                int nl = text.IndexOf('\n', i);
                int stop = nl < 0 ? text.Length : nl + 1;
                sb.Append(prefix).Append(text, i, stop - i);
                i = stop;
            }
            output.Add(sb.ToString());
        }
    }

    private static void FormatChain(PyBaseException exc, List<string> output, HashSet<PyBaseException> seen, GroupContext ctx, bool chain)
    {
        seen.Add(exc);
        if (chain && exc.Cause is { } cause && !seen.Contains(cause))
        {
            FormatChain(cause, output, seen, ctx, chain);
            ctx.Emit(output, "\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (chain && exc.Context is { } context && !exc.SuppressContext && !seen.Contains(context))
        {
            FormatChain(context, output, seen, ctx, chain);
            ctx.Emit(output, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        FormatOne(exc, output, seen, ctx, chain);
    }

    private const int MaxGroupWidth = 15;
    private const int MaxGroupDepth = 10;

    private static void FormatOne(PyBaseException exc, List<string> output, HashSet<PyBaseException> seen, GroupContext ctx, bool chain)
    {
        bool isGroup = ExceptionGroups.IsGroup(exc);
        if (!isGroup)
        {
            if (exc.Traceback.Count > 0)
            {
                ctx.Emit(output, "Traceback (most recent call last):\n");
                foreach (var frame in FormatStack(exc))
                    ctx.Emit(output, frame);
            }
            foreach (var line in ExceptionOnlyLines(exc))
                ctx.Emit(output, line);
            return;
        }
        if (ctx.Depth > MaxGroupDepth)
        {
            ctx.Emit(output, $"... (max_group_depth is {MaxGroupDepth})\n");
            return;
        }
        bool topLevel = ctx.Depth == 0;
        if (topLevel)
            ctx.Depth++;
        if (exc.Traceback.Count > 0)
        {
            ctx.Emit(output, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            foreach (var frame in FormatStack(exc))
                ctx.Emit(output, frame);
        }
        foreach (var line in ExceptionOnlyLines(exc))
            ctx.Emit(output, line);
        var members = ExceptionGroups.Members(exc);
        int n = System.Math.Min(members.Length, MaxGroupWidth);
        for (int i = 0; i < n; i++)
        {
            bool last = i == n - 1;
            if (last)
                ctx.NeedClose = true;
            bool truncated = i >= MaxGroupWidth;
            string title = $"{i + 1}";
            output.Add(ctx.Indent() + (i == 0 ? "+-" : "  ") + $"+---------------- {title} ----------------\n");
            ctx.Depth++;
            if (members[i] is PyBaseException member)
                FormatChain(member, output, seen, ctx, chain);
            if (last && members.Length > MaxGroupWidth)
            {
                int more = members.Length - MaxGroupWidth;
                output.Add(ctx.Indent() + "+---------------- ... ----------------\n");
                ctx.Emit(output, $"and {more} more exception{(more > 1 ? "s" : "")}\n");
            }
            if (last && ctx.NeedClose)
            {
                output.Add(ctx.Indent() + "+------------------------------------\n");
                ctx.NeedClose = false;
            }
            ctx.Depth--;
        }
        if (topLevel)
            ctx.Depth = 0;
    }

    private static List<string> FormatStack(PyBaseException exc)
    {
        var frames = new List<string>();
        TracebackEntry? previous = null;
        int repeats = 0;
        for (int i = exc.Traceback.Count - 1; i >= 0; i--)
        {
            var entry = exc.Traceback[i];
            // Like CPython, identical consecutive frames (recursion) print at most 3 times.
            if (previous is { } p && p.File == entry.File && p.Line == entry.Line && p.Function == entry.Function)
            {
                if (++repeats >= RecursiveCutoff)
                    continue;
            }
            else
            {
                AppendRepeated(frames, repeats);
                repeats = 0;
            }
            previous = entry;
            var sb = new StringBuilder();
            sb.Append("  File \"").Append(entry.File).Append("\", line ").Append(entry.Line).Append(", in ").Append(entry.Function).Append('\n');
            var line = ModuleRegistry.GetSourceLine(entry.File, entry.Line);
            if (line is not null && line.Trim().Length > 0)
                sb.Append("    ").Append(line.Trim()).Append('\n');
            frames.Add(sb.ToString());
        }
        AppendRepeated(frames, repeats);
        return frames;
    }

    /// <summary><c>traceback.format_exception_only</c>: the exception line, then each note.</summary>
    public static List<string> ExceptionOnlyLines(PyBaseException exc)
    {
        var lines = new List<string> { FormatExceptionOnly(exc) + "\n" };
        foreach (string note in exc.Notes())
            foreach (string part in note.Split('\n'))
                lines.Add(part + "\n");
        return lines;
    }

    private const int RecursiveCutoff = 3;

    private static void AppendRepeated(List<string> frames, int repeats)
    {
        int hidden = repeats - (RecursiveCutoff - 1);
        if (hidden > 0)
            frames.Add("  [Previous line repeated " + hidden + (hidden == 1 ? " more time]\n" : " more times]\n"));
    }

    /// <summary>The last line: <c>Type: message</c> (module-qualified for non-builtin types).</summary>
    public static string FormatExceptionOnly(PyBaseException exc)
    {
        var type = exc.Type;
        string name = type.Module is "builtins" or "__main__" ? type.QualName : type.Module + "." + type.QualName;
        string message;
        try
        {
            message = exc.Str();
        }
        catch (PyException)
        {
            message = "<exception str() failed>";
        }
        return message.Length == 0 ? name : name + ": " + message;
    }
}
