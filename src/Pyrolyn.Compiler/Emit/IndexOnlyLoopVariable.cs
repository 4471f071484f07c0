using System.Collections;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Emit;

/// <summary>
/// A <c>for j in range(...)</c> variable that its function reads only as a subscript index
/// inside that loop's body (<c>flags[j] = False</c>, <c>total += a[j]</c>), or never reads
/// (<c>for _ in range(n)</c>). Nothing can observe the boxed int then, so the loop keeps j as
/// its C# long: subscripts pass it unboxed
/// (<c>Ops.SetItem(o, long, v)</c>) and any other use the emitter meets boxes it on the spot.
/// Conservative: any other appearance of the name in the function (another load or store, a
/// del, a nested scope, a yield) or a call that can read locals keeps the ordinary loop.
/// </summary>
internal static class IndexOnlyLoopVariable
{
    /// <summary>Builtins that read a function's locals by name (also IntLocals' exclusion).</summary>
    internal static readonly string[] LocalsReaders = { "locals", "vars", "eval", "exec", "dir" };

    public static bool Applies(Scope scope, ForSyntax loop, string name)
    {
        if (scope.Kind != ScopeKind.Function || scope.IsGenerator)
            return false;
        if (scope.Lookup(name) is not { Kind: SymbolKind.Local })
            return false;
        var walk = new Walk(loop, name);
        walk.Visit(scope.Node, inBody: false);
        // Other loops may bind the name too (`for _ in ...` twice) when nothing reads it at all.
        return walk.Ok && (walk.OtherLoopTargets == 0 || walk.Uses == 0);
    }

    private sealed class Walk
    {
        private readonly ForSyntax _loop;
        private readonly string _name;

        public Walk(ForSyntax loop, string name)
        {
            _loop = loop;
            _name = name;
        }

        public bool Ok { get; private set; } = true;
        public int Uses { get; private set; }
        public int OtherLoopTargets { get; private set; }

        public void Visit(SyntaxNode node, bool inBody)
        {
            if (!Ok)
                return;
            switch (node)
            {
                case YieldSyntax or YieldFromSyntax or AwaitSyntax:
                    Ok = false;
                    return;
                case NameSyntax n:
                    if (n.Id == _name || System.Array.IndexOf(LocalsReaders, n.Id) >= 0)
                        Ok = false;
                    return;
                case ForSyntax { Target: NameSyntax t } other when t.Id == _name && !ReferenceEquals(other, _loop):
                    OtherLoopTargets++;
                    Visit(other.Iter, inBody);
                    foreach (var st in other.Body)
                        Visit(st, inBody);
                    foreach (var st in other.OrElse)
                        Visit(st, inBody);
                    return;
                case SubscriptSyntax { Slice: NameSyntax { Context: ExpressionContext.Load } index } s when index.Id == _name:
                    if (!inBody)
                    {
                        Ok = false;
                        return;
                    }
                    Uses++;
                    Visit(s.Value, inBody);
                    return;
                case ForSyntax f when ReferenceEquals(f, _loop):
                    Visit(f.Iter, inBody);
                    foreach (var st in f.Body)
                        Visit(st, inBody: true);
                    foreach (var st in f.OrElse)
                        Visit(st, inBody);
                    return;
            }
            foreach (var field in node.GetFields())
            {
                // def/class/import/except/global names and the like bind or declare it too.
                if (field.Value is string text && text == _name)
                {
                    Ok = false;
                    return;
                }
                if (field.Value is SyntaxNode child)
                    Visit(child, inBody);
                else if (field.Value is IEnumerable items and not string)
                {
                    foreach (var item in items)
                    {
                        if (item is SyntaxNode c)
                            Visit(c, inBody);
                        else if (item is string listed && listed == _name)
                            Ok = false;
                    }
                }
            }
        }
    }
}
