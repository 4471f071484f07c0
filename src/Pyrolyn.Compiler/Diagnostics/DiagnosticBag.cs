using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Pyrolyn.Compiler.Text;

namespace Pyrolyn.Compiler.Diagnostics;

/// <summary>Collects diagnostics. Each kind of problem has one Report method, so each message
/// is written in one place.</summary>
public sealed class DiagnosticBag : IEnumerable<Diagnostic>
{
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly SourceText _text;

    public DiagnosticBag(SourceText text) => _text = text;

    public bool HasErrors => _diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
    public int Count => _diagnostics.Count;

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, string message)
    {
        var start = _text.GetLinePosition(span.Start);
        var end = _text.GetLinePosition(span.End);
        _diagnostics.Add(new Diagnostic(descriptor, message, _text.Path, span, start, end));
    }

    public void ReportSyntaxError(TextSpan span, string message) =>
        Report(DiagnosticDescriptors.SyntaxError, span, message);

    public void ReportIndentationError(TextSpan span, string message) =>
        Report(DiagnosticDescriptors.IndentationError, span, message);

    public void ReportNestingTooDeep(TextSpan span) =>
        Report(DiagnosticDescriptors.NestingTooDeep, span, "too many nested parentheses");

    public void ReportNonlocalNotFound(TextSpan span, string name) =>
        Report(DiagnosticDescriptors.BindingError, span, $"no binding for nonlocal '{name}' found");

    public void ReportBindingError(TextSpan span, string message) =>
        Report(DiagnosticDescriptors.BindingError, span, message);

    public void ReportOutside(TextSpan span, string message) =>
        Report(DiagnosticDescriptors.MisplacedStatement, span, message);

    public void ReportNotSupported(TextSpan span, string feature) =>
        Report(DiagnosticDescriptors.NotSupported, span, $"{feature} is not supported by Pyrolyn yet");

    public void ReportUndefinedName(TextSpan span, string name) =>
        Report(DiagnosticDescriptors.UndefinedName, span, $"undefined name '{name}'");

    public void ReportInternalError(TextSpan span, string message) =>
        Report(DiagnosticDescriptors.InternalError, span, "internal compiler error: " + message);

    public Diagnostic[] ToArray() => _diagnostics.ToArray();

    public IEnumerator<Diagnostic> GetEnumerator() => _diagnostics.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
