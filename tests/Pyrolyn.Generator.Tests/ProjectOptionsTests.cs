using Microsoft.CodeAnalysis;
using Xunit;
using static Pyrolyn.Generator.Tests.Infrastructure.GeneratorHarness;

namespace Pyrolyn.Generator.Tests;

/// <summary>MSBuild properties (<c>build_property.*</c>) reach the compiler.</summary>
public sealed class ProjectOptionsTests
{
    private const string Loop = "def f(n):\n    while n > 0:\n        n -= 1\n    return n\n";

    private static string Generate(string path, string text, Dictionary<string, string>? properties = null)
    {
        var (_, result, _) = Run(new[] { Script(path, text) }, properties);
        Assert.Empty(result.Diagnostics);
        return Assert.Single(result.Results.Single().GeneratedSources).SourceText.ToString();
    }

    [Fact]
    public void PyrolynMain_GivesOnlyTheEntryScriptAProgramMain()
    {
        var (_, result, _) = Run(new[] { Script("app/main.py", "print(1)\n"), Script("main.py", "print(2)\n") },
            new Dictionary<string, string> { ["PyrolynMain"] = "app\\main.py" });
        var sources = result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        Assert.Contains("class Program", sources["app.main.py.g.cs"]);
        Assert.DoesNotContain("class Program", sources["main.py.g.cs"]);
    }

    [Fact]
    public void PyrolynSafepoints_False_RemovesSafepoints()
    {
        Assert.Contains("Gil.Safepoint()", Generate("loop.py", Loop));
        Assert.DoesNotContain("Gil.Safepoint()", Generate("loop.py", Loop, new() { ["PyrolynSafepoints"] = "false" }));
    }

    [Fact]
    public void ModuleName_ComesFromThePathRelativeToTheProject()
    {
        string code = Generate("shapes/circle.py", "R = 1\n");
        Assert.Contains("class Shapes_CircleModule", code);
        Assert.Contains("\"shapes.circle\"", code);
    }

    [Fact]
    public void ProjectDir_FallsBackToMSBuildProjectDirectory()
    {
        var (_, result, _) = Run(new[] { Script("pkg/mod.py", "X = 1\n") },
            new Dictionary<string, string> { ["ProjectDir"] = "", ["MSBuildProjectDirectory"] = "/project" });
        Assert.Equal("pkg.mod.py.g.cs", Assert.Single(result.Results.Single().GeneratedSources).HintName);
    }
}
