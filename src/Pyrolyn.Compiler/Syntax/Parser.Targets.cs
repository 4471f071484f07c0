using System.Collections.Generic;

namespace Pyrolyn.Compiler.Syntax;

public sealed partial class Parser
{
    // star_targets: star_target !',' | star_target (',' star_target )* [',']
    private ExpressionSyntax ParseStarTargets()
    {
        int start = Current.Start;
        var first = ParseStarTarget();
        if (!At(TokenKind.Comma))
            return first;
        var elements = new List<ExpressionSyntax> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!IsExpressionStart(Current) || AtKeyword("not") || AtKeyword("lambda"))
                break;
            elements.Add(ParseStarTarget());
        }
        return new TupleSyntax(SpanFrom(start), elements, ExpressionContext.Store);
    }

    // star_target: '*' (!'*' star_target) | target_with_star_atom
    // target_with_star_atom: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
    // Parsed as a primary, then checked and given the Store context.
    private ExpressionSyntax ParseStarTarget()
    {
        int start = Current.Start;
        if (Accept(TokenKind.Star))
        {
            if (At(TokenKind.Star))
                throw InvalidSyntax();
            var inner = ParseStarTarget();
            return new StarredSyntax(SpanFrom(start), inner, ExpressionContext.Store);
        }
        var target = ParsePrimary();
        return SetContext(target, ExpressionContext.Store, null);
    }

    /// <summary>Gives an assignment or del target its context, as CPython's
    /// _PyPegen_set_expr_context does, and rejects what cannot be a target.</summary>
    /// <param name="assignOperator">"=" for plain assignments (CPython adds a hint), else null.</param>
    private ExpressionSyntax SetContext(ExpressionSyntax expression, ExpressionContext context, string? assignOperator)
    {
        switch (expression)
        {
            case NameSyntax name:
                name.Context = context;
                return name;
            case AttributeSyntax attribute:
                attribute.Context = context;
                return attribute;
            case SubscriptSyntax subscript:
                subscript.Context = context;
                return subscript;
            case StarredSyntax starred:
                if (context == ExpressionContext.Del)
                    throw Error(starred.Span, "cannot delete starred");
                starred.Context = context;
                SetContext(starred.Value, context, null);
                return starred;
            case TupleSyntax tuple:
                tuple.Context = context;
                foreach (var element in tuple.Elements)
                    SetContext(element, context, null);
                return tuple;
            case ListSyntax list:
                list.Context = context;
                foreach (var element in list.Elements)
                    SetContext(element, context, null);
                return list;
        }
        string what = ExpressionName(expression);
        if (context == ExpressionContext.Del)
            throw Error(expression.Span, $"cannot delete {what}");
        if (expression is YieldSyntax or YieldFromSyntax)
            throw Error(expression.Span, "assignment to yield expression not possible");
        // CPython's hint comes from invalid_named_expression, which only sees bitwise_or operands.
        if (assignOperator == "=" && expression is not (ConstantSyntax { Value: bool or NoneConstant } or GeneratorExpSyntax
                or IfExpSyntax or CompareSyntax or BoolOpSyntax or LambdaSyntax or NamedExprSyntax or UnaryOpSyntax { Op: UnaryOperator.Not }))
            throw Error(expression.Span, $"cannot assign to {what} here. Maybe you meant '==' instead of '='?");
        throw Error(expression.Span, $"cannot assign to {what}");
    }
}
