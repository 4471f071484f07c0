using System.Collections;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Emit;

/// <summary>
/// The walk of a function body shared by the unboxed-locals analyses (<see cref="IntLocals"/>,
/// <see cref="FloatLocals"/>): each node outside nested scopes goes to <see cref="Record"/>, and
/// a builtin that reads locals by name anywhere (<c>locals</c>, <c>vars</c>, <c>eval</c>,
/// <c>exec</c>, <c>dir</c>) sets <see cref="ReadsLocals"/>.
/// </summary>
internal abstract class LocalStoreWalk
{
    public bool ReadsLocals { get; private set; }

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
