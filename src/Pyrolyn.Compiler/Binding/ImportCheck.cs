using System;
using System.Collections.Generic;
using Pyrolyn.Compiler.Diagnostics;
using Pyrolyn.Compiler.Syntax;
using Pyrolyn.Compiler.Text;

namespace Pyrolyn.Compiler.Binding;

/// <summary>
/// Compile-time checks of what an ahead-of-time compiler cannot run: imports of modules that are
/// neither in the project nor in the runtime (PY2003, or the PY3002 warning when a handler for
/// ImportError guards the import), and the builtins that compile source at run time (PY2002).
/// </summary>
internal static class ImportCheck
{
    /// <summary>The builtins that run Python source given at run time.</summary>
    public static bool IsDynamicCodeBuiltin(string name) => name is "eval" or "exec" or "compile";

    public static void ReportDynamicCode(DiagnosticBag diagnostics, TextSpan span, string name) =>
        diagnostics.Report(DiagnosticDescriptors.DynamicCode, span,
            $"{name}() compiles Python source at run time, which Pyrolyn cannot do: it compiles every script ahead of time");

    /// <summary>Whether a handler of a <c>try</c> catches a failed import (so a missing module is
    /// an expected case of the program, not a mistake).</summary>
    public static bool CatchesImportError(IReadOnlyList<ExceptHandlerBaseSyntax> handlers)
    {
        foreach (var h in handlers)
        {
            if (h is ExceptHandlerSyntax eh && (eh.Type is null || CatchesImportError(eh.Type)))
                return true;
        }
        return false;
    }

    private static bool CatchesImportError(ExpressionSyntax type)
    {
        switch (type)
        {
            case NameSyntax n:
                return n.Id is "ImportError" or "ModuleNotFoundError" or "Exception" or "BaseException";
            case TupleSyntax t:
                foreach (var e in t.Elements)
                    if (CatchesImportError(e))
                        return true;
                return false;
            default:
                return false;
        }
    }

    /// <summary>Reports the first component of <paramref name="module"/> (<c>a</c>, <c>a.b</c>, ...)
    /// that is neither a project module nor a runtime module, as CPython's ModuleNotFoundError
    /// would name it. Nothing is checked when the host did not say which project modules exist.</summary>
    public static void CheckModule(CompilationOptions options, DiagnosticBag diagnostics, TextSpan span, string module, bool guarded)
    {
        var exists = options.ProjectModuleExists;
        if (exists is null)
            return;
        string[] parts = module.Split('.');
        for (int i = 1; i <= parts.Length; i++)
        {
            string name = string.Join(".", parts, 0, i);
            if (RuntimeModules.Contains(name) || exists(name))
                continue;
            if (guarded)
            {
                diagnostics.Report(DiagnosticDescriptors.GuardedUnknownModule, span,
                    $"No module named '{name}' in the project or in Pyrolyn's runtime: this import raises ModuleNotFoundError at run time");
            }
            else
            {
                diagnostics.Report(DiagnosticDescriptors.UnknownModule, span,
                    $"No module named '{name}': it is neither a module of the project nor one of Pyrolyn's runtime modules");
            }
            return;
        }
    }
}
