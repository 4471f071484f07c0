using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Pyrolyn.Generator.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="PythonScriptGenerator"/> through <see cref="CSharpGeneratorDriver"/> on
/// in-memory scripts, as the compiler would during a build of a project in <see cref="ProjectDir"/>.
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>A fixed, fake project directory, so snapshots don't depend on the machine.</summary>
    public const string ProjectDir = "/project/";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static IReadOnlyList<MetadataReference> References { get; } =
        Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(global::Pyrolyn.Runtime.PyObject).Assembly.Location))
            .ToArray();

    public static AdditionalText Script(string relativePath, string text) =>
        new InMemoryAdditionalText(ProjectDir + relativePath, text);

    public static CSharpCompilation CreateCompilation(params string[] csharpSources) =>
        CSharpCompilation.Create(
            "TestProject",
            csharpSources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"/project/Program{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> scripts, IReadOnlyDictionary<string, string>? properties = null)
    {
        var buildProperties = new Dictionary<string, string>
        {
            ["ProjectDir"] = ProjectDir,
            ["PyrolynGil"] = "true",
            ["PyrolynSafepoints"] = "true",
        };
        foreach (var p in properties ?? new Dictionary<string, string>())
            buildProperties[p.Key] = p.Value;

        return CSharpGeneratorDriver.Create(
            new[] { new PythonScriptGenerator().AsSourceGenerator() },
            scripts,
            ParseOptions,
            new TestAnalyzerConfigOptionsProvider(buildProperties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once and returns the driver (for a second, incremental run),
    /// the result and the compilation with the generated files added.</summary>
    public static (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run(
        IEnumerable<AdditionalText> scripts, IReadOnlyDictionary<string, string>? properties = null, CSharpCompilation? compilation = null)
    {
        compilation ??= CreateCompilation("namespace TestProject { internal static class Placeholder { } }");
        GeneratorDriver driver = CreateDriver(scripts, properties)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
        return (driver, driver.GetRunResult(), output);
    }
}
