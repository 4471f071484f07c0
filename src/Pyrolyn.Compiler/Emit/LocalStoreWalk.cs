using System.Collections;
using System.Collections.Generic;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Emit;

/// <summary>
/// The walk of a function body shared by the unboxed-locals analyses (<see cref="IntLocals"/>,
/// <see cref="FloatLocals"/>): each node outside nested scopes goes to <see cref="Record"/>, and
/// a builtin that reads locals by name anywhere (<c>locals</c>, <c>vars</c>, <c>eval</c>,
/// <c>exec</c>, <c>dir</c>) sets <see cref="ReadsLocals"/>. <see cref="Choose"/> then keeps the
/// candidates that are plain locals of the function.
/// </summary>
internal abstract class LocalStoreWalk
{
    public bool ReadsLocals { get; private set; }

    /// <summary>Names stored from a value the analysis wants.</summary>
    protected HashSet<string> Candidates { get; } = new();

    /// <summary>Names also stored from a value that never has the analysis's type
    /// (<c>s = ''</c>, <c>xs = []</c>): such stores are rare, boxing reads are not.</summary>
    protected HashSet<string> Excluded { get; } = new();

    /// <summary>Walks <paramref name="body"/> and returns the candidates that are plain locals
    /// (not parameters, cells or free variables) and not in <paramref name="taken"/>; null when
    /// there are none, or for module and class code, generators and functions that read their
    /// locals by name.</summary>
    public HashSet<string>? Choose(Scope scope, SyntaxNode function, IReadOnlyList<StatementSyntax> body, HashSet<string>? taken = null)
    {
        if (scope.Kind != ScopeKind.Function || scope.IsGenerator || function is not FunctionDefSyntax)
            return null;
        foreach (var st in body)
            Visit(st);
        if (ReadsLocals || Candidates.Count == 0)
            return null;
        var result = new HashSet<string>();
        foreach (string name in Candidates)
            if (!Excluded.Contains(name) && taken?.Contains(name) != true
                && scope.Lookup(name) is { Kind: SymbolKind.Local } sym && (sym.Flags & SymbolFlags.Parameter) == 0)
                result.Add(name);
        return result.Count > 0 ? result : null;
    }

    /// <summary>Records nodes outside nested scopes, and locals readers everywhere
    /// (<paramref name="nested"/>: inside a def, class or lambda, whose stores are its own;
    /// their default values and decorators are only read here).</summary>
    public void Visit(SyntaxNode node, bool nested = false)
    {
        if (node is NameSyntax n)
        {
            if (System.Array.IndexOf(IndexOnlyLoopVariable.LocalsReaders, n.Id) >= 0)
                ReadsLocals = true;
            return;
        }
        if (!nested)
            Record(node);
        nested |= node is FunctionDefSyntax or AsyncFunctionDefSyntax or ClassDefSyntax or LambdaSyntax;
        foreach (var field in node.GetFields())
        {
            if (field.Value is SyntaxNode child)
                Visit(child, nested);
            else if (field.Value is IEnumerable items and not string)
                foreach (var item in items)
                    if (item is SyntaxNode c)
                        Visit(c, nested);
        }
    }

    protected abstract void Record(SyntaxNode node);
}
