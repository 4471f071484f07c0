using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Pyrolyn.Compiler;
using Pyrolyn.Generator.Model;
using Pyrolyn.Shared;

namespace Pyrolyn.Generator;

/// <summary>
/// Compiles every <c>.py</c> AdditionalFile of a project to one C# file.
/// </summary>
/// <remarks>
/// The pipeline, and why each step caches:
/// <list type="number">
/// <item><c>ProjectOptions</c>: the MSBuild properties, selected down to a small record, so a C#
/// edit (which leaves the options provider untouched) is Cached here.</item>
/// <item><c>PythonFiles</c>: the AdditionalTexts whose path ends in <c>.py</c>. Roslyn hands us
/// the same <see cref="AdditionalText"/> instances until a file changes.</item>
/// <item><c>ScriptInputs</c>: each file's text and names as an equatable record. Only the edited
/// script produces a new value; the others compare equal and stay Cached.</item>
/// <item><c>CompiledScripts</c>: each script is compiled on its own (no
/// <c>CompilationProvider</c> anywhere), to C# text and plain-value diagnostics.</item>
/// </list>
/// Diagnostics: the generator reports PY <em>errors</em> only, so that <c>dotnet build</c> fails
/// with the error at the .py location; warnings come from <c>Pyrolyn.Analyzers</c> (see README).
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class PythonScriptGenerator : IIncrementalGenerator
{
    public static class TrackingNames
    {
        public const string ProjectOptions = nameof(ProjectOptions);
        public const string PythonFiles = nameof(PythonFiles);
        public const string ScriptInputs = nameof(ScriptInputs);
        public const string CompiledScripts = nameof(CompiledScripts);
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<ProjectOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ProjectOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.ProjectOptions);

        IncrementalValuesProvider<AdditionalText> pythonFiles = context.AdditionalTextsProvider
            .Where(static file => ScriptPaths.IsPythonScript(file.Path))
            .WithTrackingName(TrackingNames.PythonFiles);

        // The project's module names (for PY2003 on imports of unknown modules). They depend on
        // the files' paths only, so editing a script leaves this value equal and the others Cached.
        IncrementalValueProvider<EquatableArray<string>> projectModules = pythonFiles
            .Combine(options)
            .Select(static (pair, _) => ModuleNaming.FromRelativePath(ScriptPaths.Relative(pair.Left.Path, pair.Right.ProjectDirectory)))
            .Collect()
            .Select(static (names, _) => new EquatableArray<string>(names.Distinct().OrderBy(n => n, StringComparer.Ordinal).ToArray()));

        IncrementalValuesProvider<ScriptInput> inputs = pythonFiles
            .Combine(options)
            .Combine(projectModules)
            .Select(static (pair, cancellationToken) => CreateInput(pair.Left.Left, pair.Left.Right, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ScriptInputs);

        IncrementalValuesProvider<ScriptOutput> outputs = inputs
            .Select(static (input, cancellationToken) => Compile(input, cancellationToken))
            .WithTrackingName(TrackingNames.CompiledScripts);

        context.RegisterSourceOutput(outputs, static (context, output) => Emit(context, output));
    }
}
