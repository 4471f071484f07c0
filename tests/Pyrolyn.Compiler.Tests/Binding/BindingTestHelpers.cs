using Xunit;
using System.Linq;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Diagnostics;
using Pyrolyn.Compiler.Text;

namespace Pyrolyn.Compiler.Tests.Binding;

/// <summary>Parses and binds a snippet; finds scopes by qualified name.</summary>
internal static class BindingTestHelpers
{
    public static (BoundModule Module, Diagnostic[] Diagnostics) Bind(string source)
    {
        var text = new SourceText(source, "t.py");
        var diagnostics = new DiagnosticBag(text);
        var syntax = PythonCompiler.Parse(text, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Select(d => d.ToString())));
        var bound = Binder.Bind(syntax, text, new CompilationOptions(), diagnostics, default);
        return (bound, diagnostics.ToArray());
    }

    public static Scope ScopeNamed(BoundModule module, string qualName)
    {
        Scope? Find(Scope s)
        {
            if (s.QualName == qualName && s.Kind != ScopeKind.Module)
                return s;
            foreach (var c in s.Children)
                if (Find(c) is { } found)
                    return found;
            return null;
        }
        return Find(module.ModuleScope) ?? throw new Xunit.Sdk.XunitException($"no scope {qualName}");
    }

    public static SymbolKind KindOf(Scope scope, string name) =>
        (scope.Lookup(name) ?? throw new Xunit.Sdk.XunitException($"{name} is not in {scope}")).Kind;
}
