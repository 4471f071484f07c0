namespace Pyrolyn.Generator.Model;

/// <summary>The result of compiling one script: its hint name, the C# text (null after an
/// error) and the errors to report.</summary>
internal sealed record ScriptOutput(string HintName, string? Code, EquatableArray<DiagnosticInfo> Diagnostics);
