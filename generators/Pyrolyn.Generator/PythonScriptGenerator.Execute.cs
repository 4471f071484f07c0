using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Pyrolyn.Compiler;
using Pyrolyn.Generator.Model;
using Pyrolyn.Shared;
using CompilerSourceText = Pyrolyn.Compiler.Text.SourceText;

namespace Pyrolyn.Generator;

public sealed partial class PythonScriptGenerator
{
    private static ScriptInput CreateInput(AdditionalText file, ProjectOptions options, EquatableArray<string> projectModules,
        CancellationToken cancellationToken)
    {
        string relativePath = ScriptPaths.Relative(file.Path, options.ProjectDirectory);
        string text = file.GetText(cancellationToken)?.ToString() ?? "";
        return new ScriptInput(
            FilePath: file.Path,
            RelativePath: relativePath,
            ModuleName: ModuleNaming.FromRelativePath(relativePath),
            HintName: ModuleNaming.HintName(ScriptPaths.UniqueName(file.Path, options.ProjectDirectory)),
            Text: text,
            IsEntryPoint: ScriptPaths.IsMain(relativePath, options),
            Gil: options.Gil,
            Safepoints: options.Safepoints,
            ProjectModules: projectModules);
    }

    /// <summary>Compiles one script. Never throws (except for cancellation): an exception from
    /// the compiler becomes a PY9999 diagnostic, because an exception escaping a generator is
    /// reported as CS8785 and drops every file the generator produced.</summary>
    private static ScriptOutput Compile(ScriptInput input, CancellationToken cancellationToken)
    {
        try
        {
            var options = new Pyrolyn.Compiler.CompilationOptions
            {
                ModuleName = input.ModuleName,
                IsEntryPoint = input.IsEntryPoint,
                EmitSafepoints = input.Safepoints,
                GilByDefault = input.Gil,
                ProjectModuleExists = new HashSet<string>(input.ProjectModules, StringComparer.Ordinal).Contains,
            };
            CompilationResult result = PythonCompiler.Compile(new CompilerSourceText(input.Text, input.FilePath), options, cancellationToken);

            // Warnings are the analyzer's to report; the generator reports errors only, so a
            // build shows each PY diagnostic once.
            var errors = new List<DiagnosticInfo>();
            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostic.Severity == Pyrolyn.Compiler.Diagnostics.DiagnosticSeverity.Error)
                    errors.Add(DiagnosticInfo.From(diagnostic, input.FilePath));
            }
            string? code = errors.Count == 0 ? result.GeneratedCode : null;
            return new ScriptOutput(input.HintName, code, new EquatableArray<DiagnosticInfo>(errors.ToArray()));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return new ScriptOutput(input.HintName, null, new EquatableArray<DiagnosticInfo>(new[] { InternalError(input, e) }));
        }
    }

    private static DiagnosticInfo InternalError(ScriptInput input, Exception e)
    {
        string message = "while compiling '" + input.RelativePath + "': " + e.GetType().Name + ": " + e.Message;
        return new DiagnosticInfo(PyDescriptors.InternalError.Id, true, message, input.FilePath, 0, 0, 0, 0, 0, 0);
    }

    private static void Emit(SourceProductionContext context, ScriptOutput output)
    {
        foreach (DiagnosticInfo info in output.Diagnostics)
        {
            DiagnosticDescriptor descriptor = PyDescriptors.Get(info.Id, info.IsError);
            context.ReportDiagnostic(Microsoft.CodeAnalysis.Diagnostic.Create(descriptor, info.ToLocation(), info.Message));
        }
        if (output.Code is null)
            return;
        try
        {
            context.AddSource(output.HintName, output.Code);
        }
        catch (ArgumentException e)
        {
            // A duplicate hint name would otherwise escape as CS8785 and drop every generated file.
            context.ReportDiagnostic(Microsoft.CodeAnalysis.Diagnostic.Create(PyDescriptors.InternalError, Location.None,
                "cannot add generated file '" + output.HintName + "': " + e.Message));
        }
    }
}
