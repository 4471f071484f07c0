using Pyrolyn.Compiler.Text;

namespace Pyrolyn.Compiler.Diagnostics;

/// <summary>A problem found in a script, located by span and by line and column.</summary>
public sealed class Diagnostic
{
    public Diagnostic(DiagnosticDescriptor descriptor, string message, string path, TextSpan span,
        LinePosition start, LinePosition end)
    {
        Descriptor = descriptor;
        Message = message;
        Path = path;
        Span = span;
        Start = start;
        End = end;
    }

    public DiagnosticDescriptor Descriptor { get; }
    public string Id => Descriptor.Id;
    public DiagnosticSeverity Severity => Descriptor.Severity;
    public string Message { get; }
    public string Path { get; }
    public TextSpan Span { get; }
    public LinePosition Start { get; }
    public LinePosition End { get; }

    /// <summary>The CLI's format: <c>file:line:col: error PY0001: message</c> (1-based).</summary>
    public override string ToString() =>
        $"{Path}:{Start.Line + 1}:{Start.Character + 1}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")} {Id}: {Message}";
}
