using System.Collections.Generic;
using Pyrolyn.Compiler.Syntax;
using Pyrolyn.Compiler.Text;

namespace Pyrolyn.Compiler.Binding;

/// <summary>The result of binding: the syntax tree plus its scopes and name resolution.</summary>
public sealed class BoundModule
{
    public BoundModule(ModuleSyntax syntax, SourceText text, CompilationOptions options, Scope moduleScope,
        IReadOnlyDictionary<SyntaxNode, Scope> scopes, IReadOnlyList<string> imports, string package)
    {
        Syntax = syntax;
        Text = text;
        Options = options;
        ModuleScope = moduleScope;
        Scopes = scopes;
        Imports = imports;
        Package = package;
    }

    public ModuleSyntax Syntax { get; }
    public SourceText Text { get; }
    public CompilationOptions Options { get; }
    public Scope ModuleScope { get; }
    /// <summary>The scope each FunctionDef, Lambda, ClassDef and comprehension opens.</summary>
    public IReadOnlyDictionary<SyntaxNode, Scope> Scopes { get; }
    /// <summary>Absolute module names imported (for the CLI to find them).</summary>
    public IReadOnlyList<string> Imports { get; }
    /// <summary><c>__package__</c>: the module itself for packages, else its parent.</summary>
    public string Package { get; }

    public Scope ScopeOf(SyntaxNode node) => Scopes[node];
}
