using System.Collections.Generic;
using System.Text;
using Pyrolyn.Runtime.Hosting;

namespace Pyrolyn.Runtime;

/// <summary>Formats an uncaught exception as CPython does, including the chain of
/// <c>__cause__</c>/<c>__context__</c> exceptions.</summary>
public static class TracebackPrinter
{
    public static string Format(PyBaseException exc)
    {
        var sb = new StringBuilder();
        FormatChain(exc, sb, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return sb.ToString();
    }

    private static void FormatChain(PyBaseException exc, StringBuilder sb, HashSet<PyBaseException> seen)
    {
        seen.Add(exc);
        if (exc.Cause is { } cause && !seen.Contains(cause))
        {
            FormatChain(cause, sb, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (exc.Context is { } context && !exc.SuppressContext && !seen.Contains(context))
        {
            FormatChain(context, sb, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        FormatOne(exc, sb);
    }

    private static void FormatOne(PyBaseException exc, StringBuilder sb)
    {
        if (exc.Traceback.Count > 0)
        {
            sb.Append("Traceback (most recent call last):\n");
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
                    AppendRepeated(sb, repeats);
                    repeats = 0;
                }
                previous = entry;
                sb.Append("  File \"").Append(entry.File).Append("\", line ").Append(entry.Line).Append(", in ").Append(entry.Function).Append('\n');
                var line = ModuleRegistry.GetSourceLine(entry.File, entry.Line);
                if (line is not null && line.Trim().Length > 0)
                    sb.Append("    ").Append(line.Trim()).Append('\n');
            }
            AppendRepeated(sb, repeats);
        }
        sb.Append(FormatExceptionOnly(exc)).Append('\n');
        foreach (string note in exc.Notes())
            sb.Append(note).Append('\n');
    }

    private const int RecursiveCutoff = 3;

    private static void AppendRepeated(StringBuilder sb, int repeats)
    {
        int hidden = repeats - (RecursiveCutoff - 1);
        if (hidden > 0)
            sb.Append("  [Previous line repeated ").Append(hidden).Append(hidden == 1 ? " more time]\n" : " more times]\n");
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
