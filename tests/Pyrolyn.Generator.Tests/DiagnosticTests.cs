using Microsoft.CodeAnalysis;
using Xunit;
using static Pyrolyn.Generator.Tests.Infrastructure.GeneratorHarness;

namespace Pyrolyn.Generator.Tests;

/// <summary>
/// Errors in scripts fail the build at the .py location, and nothing a script contains makes the
/// generator throw (which Roslyn would report as CS8785, dropping all generated files).
/// </summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void Generator_SyntaxError_ReportsPY0001AtTheScriptLocation()
    {
        var (_, result, output) = Run(new[]
        {
            Script("ok.py", "print(1)\n"),
            Script("pkg/bad.py", "x = 1\ny = 2\nz = x +* y\n"),
        });

        GeneratorRunResult run = Assert.Single(result.Results);
        Assert.Null(run.Exception);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PY0001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);

        // CPython: File "pkg/bad.py", line 3, offset 8 (1-based): the '*'.
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal(ProjectDir + "pkg/bad.py", span.Path);
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Equal(7, span.StartLinePosition.Character);
        Assert.Equal("invalid syntax", diagnostic.GetMessage());

        // The broken script produces no file; the good one still does.
        Assert.Equal(new[] { "ok.py.g.cs" }, run.GeneratedSources.Select(s => s.HintName));
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS8785");
    }

    [Fact]
    public void Generator_FiveThousandNestedParentheses_ReportsADiagnosticAndDoesNotCrash()
    {
        string script = new string('(', 5000) + "1" + new string(')', 5000) + "\n";
        var (_, result, output) = Run(new[] { Script("deep.py", script) });

        GeneratorRunResult run = Assert.Single(result.Results);
        Assert.Null(run.Exception);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PY0003", diagnostic.Id);
        Assert.Equal("too many nested parentheses", diagnostic.GetMessage());
        Assert.Equal(ProjectDir + "deep.py", diagnostic.Location.GetLineSpan().Path);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS8785");
    }

    [Theory]
    [InlineData("-", "1")]
    [InlineData("not ", "x")]
    [InlineData("lambda: ", "0")]
    [InlineData("[", "")]
    public void Generator_DeeplyNestedExpressions_DoNotCrash(string prefix, string leaf)
    {
        string script = "x = " + string.Concat(Enumerable.Repeat(prefix, 5000)) + leaf + "\n";
        var (_, result, output) = Run(new[] { Script("nested.py", script) });

        GeneratorRunResult run = Assert.Single(result.Results);
        Assert.Null(run.Exception);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("PY", d.Id));
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS8785");
    }

    [Fact]
    public void Generator_TwoScriptsWithTheSameFileName_GetDistinctFiles()
    {
        var (_, result, _) = Run(new[]
        {
            Script("a/utils.py", "X = 1\n"),
            Script("b/utils.py", "X = 2\n"),
            Script("utils.py", "X = 3\n"),
        });

        GeneratorRunResult run = Assert.Single(result.Results);
        Assert.Null(run.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { "a.utils.py.g.cs", "b.utils.py.g.cs", "utils.py.g.cs" },
            run.GeneratedSources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal));
    }

    [Fact]
    public void Generator_ScriptsOutsideTheProject_GetDistinctFiles()
    {
        var (_, result, _) = Run(new AdditionalText[]
        {
            new Infrastructure.InMemoryAdditionalText("/elsewhere/one/utils.py", "X = 1\n"),
            new Infrastructure.InMemoryAdditionalText("/elsewhere/two/utils.py", "X = 2\n"),
        });

        GeneratorRunResult run = Assert.Single(result.Results);
        Assert.Null(run.Exception);
        Assert.Equal(2, run.GeneratedSources.Select(s => s.HintName).Distinct().Count());
    }

    [Fact]
    public void Generator_NonPythonAdditionalFiles_AreIgnored()
    {
        var (_, result, _) = Run(new[] { Script("notes.txt", "not python ("), Script("data.json", "{") });
        GeneratorRunResult run = Assert.Single(result.Results);
        Assert.Empty(run.GeneratedSources);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Generator_Warnings_AreLeftToTheAnalyzer()
    {
        // PY3001 (undefined name) is a warning: the analyzer reports it, the generator does not,
        // so a build shows it once.
        var (_, result, _) = Run(new[] { Script("warn.py", "def f():\n    return undefined_thing\n") });
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
    }
}
