using System;
using System.Threading;
using Pyrolyn.Compiler.Diagnostics;
using Pyrolyn.Compiler.Text;

namespace Pyrolyn.Compiler.Syntax;

// STUB: replaced by the real tokenizer and parser.
public sealed partial class Parser
{
    public static ModuleSyntax ParseModule(SourceText text, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
        new ModuleSyntax(new TextSpan(0, text.Length), Array.Empty<StatementSyntax>(), Array.Empty<TypeIgnoreSyntax>());
}
