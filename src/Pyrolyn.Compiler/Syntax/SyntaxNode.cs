using System.Collections.Generic;
using Pyrolyn.Compiler.Text;

namespace Pyrolyn.Compiler.Syntax;

/// <summary>
/// A node of the Python syntax tree. The node classes (Syntax/Ast/*.g.cs) mirror CPython 3.11's
/// <c>ast</c> module one to one, so a tree can be dumped in <c>ast.dump</c> form.
/// </summary>
public abstract class SyntaxNode
{
    protected SyntaxNode(TextSpan span) => Span = span;

    /// <summary>Where the node is in the source, in UTF-16 offsets.</summary>
    public TextSpan Span { get; internal set; }

    /// <summary>The node's name in CPython's <c>ast</c> module, e.g. <c>BinOp</c>.</summary>
    public abstract string PythonName { get; }

    /// <summary>The node's fields in ASDL order, as <c>ast.dump</c> walks them.</summary>
    public abstract IEnumerable<AstField> GetFields();
}

/// <summary>One field of a node: a node, a list, an enum, a string, an int or a constant.</summary>
public readonly struct AstField
{
    public AstField(string name, object? value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; }
    public object? Value { get; }
}

/// <summary>ASDL <c>mod</c>: the root of a parse.</summary>
public abstract class ModuleRootSyntax : SyntaxNode
{
    protected ModuleRootSyntax(TextSpan span) : base(span) { }
}

/// <summary>ASDL <c>stmt</c>.</summary>
public abstract class StatementSyntax : SyntaxNode
{
    protected StatementSyntax(TextSpan span) : base(span) { }
}

/// <summary>ASDL <c>expr</c>.</summary>
public abstract class ExpressionSyntax : SyntaxNode
{
    protected ExpressionSyntax(TextSpan span) : base(span) { }
}

/// <summary>ASDL <c>pattern</c> (the <c>match</c> statement).</summary>
public abstract class PatternSyntax : SyntaxNode
{
    protected PatternSyntax(TextSpan span) : base(span) { }
}

/// <summary>ASDL <c>excepthandler</c>.</summary>
public abstract class ExceptHandlerBaseSyntax : SyntaxNode
{
    protected ExceptHandlerBaseSyntax(TextSpan span) : base(span) { }
}
