namespace Pyrolyn.Compiler.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
