using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Pyrolyn.Generator.Model;
using Pyrolyn.Shared;
using Pyrolyn.Generator.Tests.Infrastructure;
using Xunit;
using static Pyrolyn.Generator.Tests.Infrastructure.GeneratorHarness;

namespace Pyrolyn.Generator.Tests;

/// <summary>
/// The generator's caching: an edit recompiles only what it touched.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string[] s_trackedSteps =
    {
        PythonScriptGenerator.TrackingNames.PythonFiles,
        PythonScriptGenerator.TrackingNames.ScriptInputs,
        PythonScriptGenerator.TrackingNames.CompiledScripts,
    };

    private static readonly AdditionalText s_a = Script("a.py", "def f():\n    return 1\n");
    private static readonly AdditionalText s_b = Script("pkg/b.py", "x = 2\nprint(x)\n");
    private static readonly AdditionalText s_c = Script("c.py", "import a\nprint(a.f())\n");

    [Fact]
    public void Generator_EditingOneScript_RecompilesOnlyThatScript()
    {
        var (driver, _, _) = Run(new[] { s_a, s_b, s_c });
        CSharpCompilation compilation = CreateCompilation("class C { }");
        driver = driver.RunGenerators(compilation);

        AdditionalText edited = Script("pkg/b.py", "x = 3\nprint(x)\n");
        GeneratorDriverRunResult result = driver.ReplaceAdditionalText(s_b, edited).RunGenerators(compilation).GetRunResult();

        GeneratorRunResult run = Assert.Single(result.Results);
        Assert.Null(run.Exception);
        foreach (string name in s_trackedSteps)
        {
            var outputs = run.TrackedSteps[name].SelectMany(step => step.Outputs).ToList();
            Assert.NotEmpty(outputs);
            foreach (var (value, reason) in outputs)
            {
                bool isEdited = PathOf(value).EndsWith("b.py", StringComparison.Ordinal) || PathOf(value).StartsWith("pkg.b", StringComparison.Ordinal);
                // The edited script's steps run again: New/Modified, or Unchanged when a step
                // produced an equal value (a text edit that doesn't change the emitted C#). The
                // other scripts' steps don't run at all: Cached.
                if (isEdited)
                    Assert.True(reason is not IncrementalStepRunReason.Cached, $"{name}: edited script's step was {reason}");
                else
                    Assert.True(reason is IncrementalStepRunReason.Cached, $"{name}: {PathOf(value)} was {reason}, expected Cached");
            }
        }

        // Exactly one compile step ran again, for the edited script.
        var recompiled = run.TrackedSteps[PythonScriptGenerator.TrackingNames.CompiledScripts]
            .SelectMany(s => s.Outputs)
            .Where(o => o.Reason is not IncrementalStepRunReason.Cached)
            .Select(o => ((ScriptOutput)o.Value).HintName)
            .ToList();
        Assert.Equal(new[] { "pkg.b.py.g.cs" }, recompiled);
    }

    [Fact]
    public void Generator_EditingOnlyCSharp_RegeneratesNothing()
    {
        var (driver, _, _) = Run(new[] { s_a, s_b, s_c });
        CSharpCompilation compilation = CreateCompilation("class C { }");
        driver = driver.RunGenerators(compilation);

        SyntaxTree old = compilation.SyntaxTrees.Single();
        CSharpCompilation edited = compilation.ReplaceSyntaxTree(old,
            CSharpSyntaxTree.ParseText("class C { void M() { } }", GeneratorHarness.ParseOptions, old.FilePath));
        GeneratorRunResult run = Assert.Single(driver.RunGenerators(edited).GetRunResult().Results);

        Assert.Null(run.Exception);
        Assert.Equal(3, run.GeneratedSources.Length);
        foreach (string name in s_trackedSteps.Append(PythonScriptGenerator.TrackingNames.ProjectOptions))
        {
            foreach (var (value, reason) in run.TrackedSteps[name].SelectMany(step => step.Outputs))
                Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {PathOf(value)} was {reason}");
        }
        foreach (var (value, reason) in run.TrackedOutputSteps.SelectMany(kv => kv.Value).SelectMany(step => step.Outputs))
            Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output {value} was {reason}");
    }

    [Fact]
    public void Generator_PipelineModels_HoldNoRoslynObjects()
    {
        var (_, result, _) = Run(new[] { s_a, s_b, s_c });
        GeneratorRunResult run = Assert.Single(result.Results);
        foreach (string name in new[] { PythonScriptGenerator.TrackingNames.ScriptInputs, PythonScriptGenerator.TrackingNames.CompiledScripts })
        {
            foreach (var (value, _) in run.TrackedSteps[name].SelectMany(step => step.Outputs))
                AssertNoRoslynObjects(value, name);
        }
    }

    private static void AssertNoRoslynObjects(object value, string step)
    {
        foreach (var property in value.GetType().GetProperties())
        {
            Type type = property.PropertyType;
            Assert.False(type.Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true,
                $"{step}: {value.GetType().Name}.{property.Name} is a {type.FullName}");
        }
    }

    private static string PathOf(object value) => value switch
    {
        AdditionalText t => t.Path,
        ScriptInput i => i.FilePath,
        ScriptOutput o => o.HintName,
        ProjectOptions => "(options)",
        _ => value.ToString() ?? "",
    };
}
