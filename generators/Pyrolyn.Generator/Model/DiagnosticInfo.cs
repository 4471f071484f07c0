using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Pyrolyn.Compiler.Diagnostics;
using Pyrolyn.Shared;

namespace Pyrolyn.Generator.Model;

/// <summary>
/// A PY diagnostic as plain values. A Roslyn <see cref="Location"/> must not be cached in the
/// pipeline (it holds on to trees and is compared by reference), so it is built from these values
/// only when the diagnostic is reported.
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    bool IsError,
    string Message,
    string FilePath,
    int Start,
    int Length,
    int StartLine,
    int StartCharacter,
    int EndLine,
    int EndCharacter)
{
    public static DiagnosticInfo From(Pyrolyn.Compiler.Diagnostics.Diagnostic diagnostic, string filePath) =>
        new(diagnostic.Id, diagnostic.Severity == Pyrolyn.Compiler.Diagnostics.DiagnosticSeverity.Error, diagnostic.Message,
            filePath, diagnostic.Span.Start, diagnostic.Span.Length,
            diagnostic.Start.Line, diagnostic.Start.Character, diagnostic.End.Line, diagnostic.End.Character);

    public Location ToLocation() =>
        Location.Create(FilePath, new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(StartLine, StartCharacter), new LinePosition(EndLine, EndCharacter)));
}
