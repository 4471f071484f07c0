namespace Pyrolyn.Compiler.Diagnostics;

/// <summary>One kind of diagnostic: its stable id, a title, a category and a severity.</summary>
public sealed class DiagnosticDescriptor
{
    public DiagnosticDescriptor(string id, string title, string category, DiagnosticSeverity severity)
    {
        Id = id;
        Title = title;
        Category = category;
        Severity = severity;
    }

    public string Id { get; }
    public string Title { get; }
    public string Category { get; }
    public DiagnosticSeverity Severity { get; }
}
