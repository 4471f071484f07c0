using System.Collections.Generic;

namespace Pyrolyn.Compiler.Diagnostics;

/// <summary>
/// Every PY diagnostic the compiler can report. The analyzers build their Roslyn descriptors
/// from this list, so ids, titles and severities are written once.
/// </summary>
public static class DiagnosticDescriptors
{
    // PY0xxx: syntax (the tokenizer and the parser).
    public static readonly DiagnosticDescriptor SyntaxError =
        new("PY0001", "Syntax error", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor IndentationError =
        new("PY0002", "Indentation error", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NestingTooDeep =
        new("PY0003", "Expression nested too deeply", "Syntax", DiagnosticSeverity.Error);

    // PY1xxx: binding (CPython's symtable and compiler checks).
    public static readonly DiagnosticDescriptor BindingError =
        new("PY1001", "Scope error", "Binding", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MisplacedStatement =
        new("PY1002", "Statement outside its context", "Binding", DiagnosticSeverity.Error);

    // PY2xxx: valid Python that Pyrolyn does not compile yet.
    public static readonly DiagnosticDescriptor NotSupported =
        new("PY2001", "Feature not supported yet", "Support", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DynamicCode =
        new("PY2002", "Source code compiled at run time", "Support", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownModule =
        new("PY2003", "Module not found", "Support", DiagnosticSeverity.Error);

    // PY3xxx: warnings, in the spirit of pyflakes.
    public static readonly DiagnosticDescriptor UndefinedName =
        new("PY3001", "Undefined name", "Usage", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor GuardedUnknownModule =
        new("PY3002", "Module not found (import guarded by an ImportError handler)", "Usage", DiagnosticSeverity.Warning);

    // PY9xxx: the compiler itself failed (a bug); reported instead of throwing.
    public static readonly DiagnosticDescriptor InternalError =
        new("PY9001", "Internal compiler error", "Compiler", DiagnosticSeverity.Error);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        SyntaxError, IndentationError, NestingTooDeep, BindingError, MisplacedStatement,
        NotSupported, DynamicCode, UnknownModule, UndefinedName, GuardedUnknownModule, InternalError,
    };
}
