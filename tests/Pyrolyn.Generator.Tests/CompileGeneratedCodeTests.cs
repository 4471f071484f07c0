using Microsoft.CodeAnalysis;
using Xunit;
using static Pyrolyn.Generator.Tests.Infrastructure.GeneratorHarness;

namespace Pyrolyn.Generator.Tests;

/// <summary>
/// The generated C# compiles, with no errors, against Pyrolyn.Runtime and the .NET 10
/// reference assemblies.
/// </summary>
public sealed class CompileGeneratedCodeTests
{
    [Fact]
    public void GeneratedCode_ForAPackageOfScripts_CompilesAgainstTheRuntime()
    {
        var (_, result, output) = Run(new[]
        {
            Script("utils.py", "def shout(text):\n    return text.upper() + '!'\n"),
            Script("shapes/__init__.py", "PI = 3.14159\n"),
            Script("shapes/circle.py", "from shapes import PI\n\ndef area(r):\n    return PI * r * r\n"),
            Script("greet.py", "import utils\nfrom shapes.circle import area\n\ndef greet(name):\n    return utils.shout('hello ' + name)\n\nprint(greet('world'), area(2.0))\n"),
        });

        Assert.Empty(result.Diagnostics);
        Assert.Equal(4, result.Results.Single().GeneratedSources.Length);
        AssertNoErrors(output);
    }

    [Fact]
    public void GeneratedCode_ForAnEntryPoint_CompilesAsAnExecutable()
    {
        var compilation = CreateCompilation("namespace TestProject { internal static class Placeholder { } }")
            .WithOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.ConsoleApplication,
                nullableContextOptions: NullableContextOptions.Enable));
        var (_, result, output) = Run(new[] { Script("main.py", "print('hi')\n") },
            new Dictionary<string, string> { ["PyrolynMain"] = "main.py" }, compilation);

        Assert.Empty(result.Diagnostics);
        AssertNoErrors(output);
    }

    private static void AssertNoErrors(Compilation output)
    {
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "generated code does not compile:\n" + string.Join("\n", errors));
    }
}
