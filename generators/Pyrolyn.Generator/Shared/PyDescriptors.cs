using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using CompilerDescriptors = Pyrolyn.Compiler.Diagnostics.DiagnosticDescriptors;
using CompilerSeverity = Pyrolyn.Compiler.Diagnostics.DiagnosticSeverity;

namespace Pyrolyn.Shared;

/// <summary>
/// Roslyn descriptors for every PY diagnostic. Linked into both the generator and the analyzer.
/// </summary>
/// <remarks>
/// The compiler's <see cref="CompilerDescriptors.All"/> is the source of truth: <see cref="All"/>
/// is built from it. The Roslyn descriptors are still spelled out below with constant ids,
/// categories and severities, because analyzer release tracking (RS2000-RS2008, rows in
/// AnalyzerReleases.*.md) can only see constant descriptors. A test asserts that this table and
/// the compiler's list agree field by field, so a rule added to the compiler fails the test until
/// its row is added here and in AnalyzerReleases.Unshipped.md. An id missing here still gets a
/// descriptor at run time, so no diagnostic is ever lost.
/// </remarks>
internal static class PyDescriptors
{
    // The PY message is written by the compiler's DiagnosticBag, so every format is "{0}".
    private const string CompilerMessage = "{0}";

    public static readonly DiagnosticDescriptor SyntaxError = new(
        "PY0001", "Syntax error", CompilerMessage, "Syntax", DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor IndentationError = new(
        "PY0002", "Indentation error", CompilerMessage, "Syntax", DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "PY0003", "Expression nested too deeply", CompilerMessage, "Syntax", DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor BindingError = new(
        "PY1001", "Scope error", CompilerMessage, "Binding", DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor MisplacedStatement = new(
        "PY1002", "Statement outside its context", CompilerMessage, "Binding", DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor NotSupported = new(
        "PY2001", "Feature not supported yet", CompilerMessage, "Support", DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor DynamicCode = new(
        "PY2002", "Source code compiled at run time", CompilerMessage, "Support", DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor UnknownModule = new(
        "PY2003", "Module not found", CompilerMessage, "Support", DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor UndefinedName = new(
        "PY3001", "Undefined name", CompilerMessage, "Usage", DiagnosticSeverity.Warning, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor GuardedUnknownModule = new(
        "PY3002", "Module not found (import guarded by an ImportError handler)", CompilerMessage, "Usage",
        DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor CompilerInternalError = new(
        "PY9001", "Internal compiler error", CompilerMessage, "Compiler", DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>An exception escaped the compiler: reported instead of letting it reach Roslyn
    /// (which would turn it into CS8785 for a generator or AD0001 for an analyzer).</summary>
    public static readonly DiagnosticDescriptor InternalError = new(
        "PY9999", "Internal compiler error", "Internal Pyrolyn compiler error: {0}", "Compiler", DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <summary>The descriptors written out above, by id.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Declared { get; } = ImmutableArray.Create(
        SyntaxError, IndentationError, NestingTooDeep, BindingError, MisplacedStatement, NotSupported, DynamicCode,
        UnknownModule, UndefinedName, GuardedUnknownModule, CompilerInternalError, InternalError);

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = Build();

    /// <summary>One descriptor per rule in <see cref="CompilerDescriptors.All"/>, plus PY9999.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.CreateRange(s_byId.Values);

    /// <summary>The descriptor for a PY id (a fallback one for an id not known at all).</summary>
    public static DiagnosticDescriptor Get(string id, bool isError) =>
        s_byId.TryGetValue(id, out DiagnosticDescriptor? descriptor) ? descriptor : CreateFallback(id, id, "Compiler", isError);

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var declared = new Dictionary<string, DiagnosticDescriptor>();
        foreach (DiagnosticDescriptor d in Declared)
            declared[d.Id] = d;

        var byId = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var d in CompilerDescriptors.All)
        {
            byId[d.Id] = declared.TryGetValue(d.Id, out DiagnosticDescriptor? roslyn)
                ? roslyn
                : CreateFallback(d.Id, d.Title, d.Category, d.Severity == CompilerSeverity.Error);
        }
        byId[InternalError.Id] = InternalError;
        return byId;
    }

#pragma warning disable RS2008 // Deliberately dynamic: only used for an id the table above lacks (a test fails first).
    private static DiagnosticDescriptor CreateFallback(string id, string title, string category, bool isError) => new(
        id, title, CompilerMessage, category, isError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        isEnabledByDefault: true);
#pragma warning restore RS2008
}
