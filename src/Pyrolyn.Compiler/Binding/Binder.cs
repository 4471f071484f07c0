using System;
using System.Collections.Generic;
using System.Threading;
using Pyrolyn.Compiler.Diagnostics;
using Pyrolyn.Compiler.Syntax;
using Pyrolyn.Compiler.Text;

namespace Pyrolyn.Compiler.Binding;

// STUB: replaced by the real binder.
public sealed class BoundModule
{
    public BoundModule(ModuleSyntax syntax, SourceText text, CompilationOptions options)
    {
        Syntax = syntax;
        Text = text;
        Options = options;
    }

    public ModuleSyntax Syntax { get; }
    public SourceText Text { get; }
    public CompilationOptions Options { get; }
    public IReadOnlyList<string> Imports { get; } = Array.Empty<string>();
}

public static class Binder
{
    public static BoundModule Bind(ModuleSyntax module, SourceText text, CompilationOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
        new(module, text, options);
}
