using System.Collections.Generic;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Binding;

public enum ScopeKind
{
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// <summary>A namespace of the program: the module, a class body, a function, a lambda or a
/// comprehension (CPython's symtable entry).</summary>
public sealed class Scope
{
    private readonly Dictionary<string, Symbol> _symbols = new();
    private readonly List<Symbol> _ordered = new();

    public Scope(ScopeKind kind, string name, string qualName, SyntaxNode node, Scope? parent)
    {
        Kind = kind;
        Name = name;
        QualName = qualName;
        Node = node;
        Parent = parent;
        parent?.Children.Add(this);
    }

    public ScopeKind Kind { get; }
    public string Name { get; }
    /// <summary>The <c>__qualname__</c> of functions and classes defined here.</summary>
    public string QualName { get; }
    public SyntaxNode Node { get; }
    public Scope? Parent { get; }
    public List<Scope> Children { get; } = new();
    /// <summary>Parameter names in slot order (positional, *args, keyword-only, **kwargs).</summary>
    public List<string> Parameters { get; } = new();

    /// <summary>A function directly in a class that uses <c>super</c> or <c>__class__</c>.</summary>
    public bool UsesClassCell { get; set; }
    /// <summary>A class one of whose methods uses the implicit <c>__class__</c> cell.</summary>
    public bool NeedsClassCell { get; set; }
    public bool IsGenerator { get; set; }
    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;

    /// <summary>Symbols in first-use order (deterministic output).</summary>
    public IReadOnlyList<Symbol> Symbols => _ordered;

    public Symbol? Lookup(string name) => _symbols.TryGetValue(name, out var s) ? s : null;

    public Symbol GetOrAdd(string name)
    {
        if (!_symbols.TryGetValue(name, out var s))
        {
            s = new Symbol(name);
            _symbols.Add(name, s);
            _ordered.Add(s);
        }
        return s;
    }

    /// <summary>The nearest enclosing scope that is not a comprehension.</summary>
    public Scope NonComprehension()
    {
        var s = this;
        while (s.Kind == ScopeKind.Comprehension && s.Parent is not null)
            s = s.Parent;
        return s;
    }

    public override string ToString() => $"{Kind} {QualName}";
}
