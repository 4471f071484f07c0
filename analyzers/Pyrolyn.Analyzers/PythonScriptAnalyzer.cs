using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Pyrolyn.Compiler;
using Pyrolyn.Shared;
using CompilerSeverity = Pyrolyn.Compiler.Diagnostics.DiagnosticSeverity;
using CompilerSourceText = Pyrolyn.Compiler.Text.SourceText;

namespace Pyrolyn.Analyzers;

/// <summary>
/// Reports PY diagnostics for every <c>.py</c> AdditionalFile.
/// </summary>
/// <remarks>
/// Reporting scheme (see README): the generator reports PY <em>errors</em> (they must fail the
/// build even where analyzers are off), and this analyzer reports PY <em>warnings</em>. It also
/// reports errors only when <c>PyrolynAnalyzerReportsErrors=true</c>, for a project that lints
/// scripts without running the generator; otherwise every error would show twice.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PythonScriptAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => PyDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterAdditionalFileAction(AnalyzeScript);
    }

    /// <summary>The module names of the project's scripts, for PY2003/PY3002 on unknown imports.</summary>
    private static HashSet<string> ProjectModules(ImmutableArray<AdditionalText> files, ProjectOptions options)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in files)
        {
            if (ScriptPaths.IsPythonScript(f.Path))
                names.Add(ModuleNaming.FromRelativePath(ScriptPaths.Relative(f.Path, options.ProjectDirectory)));
        }
        return names;
    }

    private static void AnalyzeScript(AdditionalFileAnalysisContext context)
    {
        AdditionalText file = context.AdditionalFile;
        if (!ScriptPaths.IsPythonScript(file.Path))
            return;

        ProjectOptions options = ProjectOptions.Read(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        SourceText? text = file.GetText(context.CancellationToken);
        if (text is null)
            return;

        string relativePath = ScriptPaths.Relative(file.Path, options.ProjectDirectory);
        var compilationOptions = new Pyrolyn.Compiler.CompilationOptions
        {
            ModuleName = ModuleNaming.FromRelativePath(relativePath),
            IsEntryPoint = ScriptPaths.IsMain(relativePath, options),
            EmitSafepoints = options.Safepoints,
            ProjectModuleExists = ProjectModules(context.Options.AdditionalFiles, options).Contains,
        };

        CompilationResult result;
        try
        {
            result = PythonCompiler.Compile(new CompilerSourceText(text.ToString(), file.Path), compilationOptions, context.CancellationToken);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // Only when errors are ours to report; otherwise the generator reports PY9999.
            if (options.AnalyzerReportsErrors)
            {
                context.ReportDiagnostic(Diagnostic.Create(PyDescriptors.InternalError, Location.Create(file.Path, default, default),
                    "while analyzing '" + relativePath + "': " + e.GetType().Name + ": " + e.Message));
            }
            return;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            bool isError = diagnostic.Severity == CompilerSeverity.Error;
            if (isError && !options.AnalyzerReportsErrors)
                continue;

            var location = Location.Create(
                file.Path,
                new TextSpan(diagnostic.Span.Start, diagnostic.Span.Length),
                new LinePositionSpan(
                    new LinePosition(diagnostic.Start.Line, diagnostic.Start.Character),
                    new LinePosition(diagnostic.End.Line, diagnostic.End.Character)));
            context.ReportDiagnostic(Diagnostic.Create(PyDescriptors.Get(diagnostic.Id, isError), location, diagnostic.Message));
        }
    }
}
