using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Pyrolyn.Analyzers.Tests.Infrastructure;
using Pyrolyn.Generator.Tests.Infrastructure;
using Xunit;

namespace Pyrolyn.Analyzers.Tests;

/// <summary>
/// PY diagnostics from <see cref="PythonScriptAnalyzer"/>: ids, spans (marked with <c>[ ]</c>)
/// and messages.
/// </summary>
public sealed class AnalyzerTests
{
    private const string ProjectDir = "/project/";

    // Errors are the generator's to report unless the project asks the analyzer to.
    private static readonly Dictionary<string, string> s_reportErrors = new() { ["PyrolynAnalyzerReportsErrors"] = "true" };

    [Fact]
    public async Task Analyzer_NonlocalOfUnknownName_ReportsPY1001()
    {
        await AssertDiagnostics("""
            def f():
                [nonlocal x]
                x = 1
            """, s_reportErrors,
            ("PY1001", "no binding for nonlocal 'x' found"));
    }

    [Fact]
    public async Task Analyzer_ReturnOutsideFunction_ReportsPY1002()
    {
        await AssertDiagnostics("""
            x = 1
            [return x]
            """, s_reportErrors,
            ("PY1002", "'return' outside function"));
    }

    [Fact]
    public async Task Analyzer_UnsupportedFeature_ReportsNotSupportedPY2001()
    {
        // (yield in a lambda body, this test's earlier example, compiles now.)
        await AssertDiagnostics("""
            [match 1:
                case 1:
                    pass]
            """, s_reportErrors,
            ("PY2001", "the match statement is not supported by Pyrolyn yet"));
    }

    [Fact]
    public async Task Analyzer_UndefinedName_ReportsWarningPY3001()
    {
        await AssertDiagnostics("""
            def f():
                return [undefined_name] + 1
            """, properties: null,
            ("PY3001", "undefined name 'undefined_name'"));
    }

    [Fact]
    public async Task Analyzer_SyntaxError_ReportsPY0001WhenErrorsAreItsToReport()
    {
        await AssertDiagnostics("""
            x = 1
            y = x +[*] 2
            """, s_reportErrors,
            ("PY0001", "invalid syntax"));
    }

    [Fact]
    public async Task Analyzer_EvalAndUnknownModule_ReportPY2003AndPY2002()
    {
        await AssertDiagnostics("""
            import helpers
            import [numpy]
            x = [eval]('1')
            """, s_reportErrors,
            ("PY2003", "No module named 'numpy': it is neither a module of the project nor one of Pyrolyn's runtime modules"),
            ("PY2002", "eval() compiles Python source at run time, which Pyrolyn cannot do: it compiles every script ahead of time"));
    }

    [Fact]
    public async Task Analyzer_GuardedUnknownImport_ReportsWarningPY3002()
    {
        await AssertDiagnostics("""
            import math, helpers
            try:
                import [ujson as json]
            except ImportError:
                import json
            """, properties: null,
            ("PY3002", "No module named 'ujson' in the project or in Pyrolyn's runtime: this import raises ModuleNotFoundError at run time"));
    }

    [Fact]
    public async Task Analyzer_ByDefault_LeavesErrorsToTheGenerator()
    {
        await AssertDiagnostics("""
            x = 1 +* 2
            """, properties: null);
    }

    [Fact]
    public async Task Analyzer_ValidScript_ReportsNothing()
    {
        await AssertDiagnostics("""
            def add(a, b):
                return a + b

            print(add(1, 2))
            """, s_reportErrors);
    }

    [Fact]
    public async Task Analyzer_NonPythonFiles_AreIgnored()
    {
        var diagnostics = await Analyze("notes.txt", "this ( is not python", s_reportErrors);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Analyzer_FiveThousandNestedParentheses_ReportsPY0003WithoutAnalyzerException()
    {
        string text = new string('(', 5000) + "1" + new string(')', 5000) + "\n";
        var diagnostics = await Analyze("deep.py", text, s_reportErrors);
        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("PY0003", diagnostic.Id);
    }

    [Fact]
    public void Analyzer_SupportedDiagnostics_MatchTheCompilersDescriptors()
    {
        // The Roslyn descriptors are spelled out with constant ids (for release tracking); they
        // must agree with the compiler's list, which is the source of truth.
        var supported = new PythonScriptAnalyzer().SupportedDiagnostics.ToDictionary(d => d.Id);
        foreach (var d in Pyrolyn.Compiler.Diagnostics.DiagnosticDescriptors.All)
        {
            Assert.True(supported.TryGetValue(d.Id, out var roslyn), $"{d.Id} is not a supported diagnostic");
            Assert.Equal(d.Title, roslyn!.Title.ToString());
            Assert.Equal(d.Category, roslyn.Category);
            Assert.Equal(d.Severity == Pyrolyn.Compiler.Diagnostics.DiagnosticSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                roslyn.DefaultSeverity);
            Assert.Contains(Pyrolyn.Shared.PyDescriptors.Declared, declared => ReferenceEquals(declared, roslyn));
        }
        Assert.Contains("PY9999", supported.Keys);
        Assert.Equal(Pyrolyn.Compiler.Diagnostics.DiagnosticDescriptors.All.Count + 1, supported.Count);
    }

    [Fact]
    public void Analyzer_ReleaseTracking_ListsEveryRuleOnce()
    {
        string unshipped = File.ReadAllText(Path.Combine(RepoRoot(), "analyzers", "Pyrolyn.Analyzers", "AnalyzerReleases.Unshipped.md"));
        var rows = unshipped.Split('\n').Where(l => l.StartsWith("PY", StringComparison.Ordinal)).Select(l => l.Split('|').Select(c => c.Trim()).ToArray()).ToList();
        foreach (var d in new PythonScriptAnalyzer().SupportedDiagnostics)
        {
            var row = Assert.Single(rows, r => r[0] == d.Id);
            Assert.Equal(d.Category, row[1]);
            Assert.Equal(d.DefaultSeverity.ToString(), row[2]);
        }
        Assert.Equal(new PythonScriptAnalyzer().SupportedDiagnostics.Length, rows.Count);
    }

    private static async Task AssertDiagnostics(string annotatedScript, IReadOnlyDictionary<string, string>? properties,
        params (string Id, string Message)[] expected)
    {
        var annotated = AnnotatedText.Parse(annotatedScript);
        if (annotated.Spans.Length != expected.Length)
            throw new ArgumentException($"{annotated.Spans.Length} marked spans but {expected.Length} expected diagnostics");

        var actual = (await Analyze("script.py", annotated.Text, properties))
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToList();

        Assert.True(expected.Length == actual.Count,
            $"expected {expected.Length} diagnostics, got:\n" + string.Join("\n", actual));
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Id, actual[i].Id);
            Assert.Equal(expected[i].Message, actual[i].GetMessage());
            Assert.Equal(annotated.Spans[i], actual[i].Location.SourceSpan);
            Assert.Equal(ProjectDir + "script.py", actual[i].Location.GetLineSpan().Path);
        }
    }

    private static async Task<ImmutableArray<Diagnostic>> Analyze(string relativePath, string text, IReadOnlyDictionary<string, string>? properties)
    {
        var buildProperties = new Dictionary<string, string> { ["ProjectDir"] = ProjectDir };
        foreach (var p in properties ?? new Dictionary<string, string>())
            buildProperties[p.Key] = p.Value;

        var compilation = CSharpCompilation.Create("TestProject",
            new[] { CSharpSyntaxTree.ParseText("internal static class C { }") },
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        // A second script, so that imports of a project module can be told from unknown ones.
        var options = new AnalyzerOptions(
            ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(ProjectDir + relativePath, text),
                new InMemoryAdditionalText(ProjectDir + "helpers.py", "VALUE = 1\n")),
            new TestAnalyzerConfigOptionsProvider(buildProperties));
        var analyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PythonScriptAnalyzer()), options);

        ImmutableArray<Diagnostic> diagnostics = await analyzers.GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Compiler.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Compiler.sln not found");
    }
}
