using System.Collections.Generic;

namespace Pyrolyn.Compiler.Syntax;

public sealed partial class Parser
{
    // parameters:
    //     | slash_no_default param_no_default* param_with_default* [star_etc]
    //     | slash_with_default param_with_default* [star_etc]
    //     | param_no_default+ param_with_default* [star_etc]
    //     | param_with_default+ [star_etc]
    //     | star_etc
    // star_etc:
    //     | '*' param_no_default param_maybe_default* [kwds]
    //     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
    //     | '*' ',' param_maybe_default+ [kwds]
    //     | kwds
    // kwds: '**' param_no_default
    // lambda_params follow the same shape without annotations.
    // One loop with a little state covers all alternatives; `end` is ')' for def and ':' for lambda.
    private ArgumentsSyntax ParseParameters(TokenKind end, bool allowAnnotations)
    {
        int start = Current.Start;
        var posOnly = new List<ArgSyntax>();
        var args = new List<ArgSyntax>();
        var defaults = new List<ExpressionSyntax>();
        var kwOnly = new List<ArgSyntax>();
        var kwDefaults = new List<ExpressionSyntax>();
        ArgSyntax? varArg = null, kwArg = null;
        bool sawSlash = false, sawStar = false, bareStar = false;

        while (!At(end))
        {
            if (kwArg is not null)
                throw Error(Current, "arguments cannot follow var-keyword argument");
            if (At(TokenKind.Slash))
            {
                if (sawSlash)
                    throw Error(Current, "/ may appear only once");
                if (sawStar)
                    throw Error(Current, "/ must be ahead of *");
                if (args.Count == 0)
                    throw Error(Current, "at least one argument must precede /");
                Advance();
                posOnly.AddRange(args);
                args.Clear();
                sawSlash = true;
            }
            else if (At(TokenKind.Star))
            {
                if (sawStar)
                    throw Error(Current, "* argument may appear only once");
                Advance();
                sawStar = true;
                if (At(TokenKind.Comma) || At(end))
                {
                    bareStar = true;
                    if (At(end) || PeekToken(1).Kind == end || PeekToken(1).Kind == TokenKind.DoubleStar)
                        throw Error(Previous, "named arguments must follow bare *");
                }
                else
                {
                    varArg = ParseParameter(allowAnnotations, allowStarAnnotation: true);
                    if (At(TokenKind.Equal))
                        throw Error(Current, "var-positional argument cannot have default value");
                }
            }
            else if (At(TokenKind.DoubleStar))
            {
                Advance();
                kwArg = ParseParameter(allowAnnotations, allowStarAnnotation: false);
                if (At(TokenKind.Equal))
                    throw Error(Current, "var-keyword argument cannot have default value");
            }
            else
            {
                var parameter = ParseParameter(allowAnnotations, allowStarAnnotation: false);
                ExpressionSyntax? value = null;
                if (Accept(TokenKind.Equal))
                {
                    if (At(TokenKind.Comma) || At(end))
                        throw Error(Current, "expected default value expression");
                    value = ParseExpression();
                }
                if (sawStar)
                {
                    kwOnly.Add(parameter);
                    kwDefaults.Add(value!);
                }
                else
                {
                    args.Add(parameter);
                    if (value is not null)
                        defaults.Add(value);
                    else if (defaults.Count > 0)
                        throw Error(parameter.Span, "non-default argument follows default argument");
                }
            }
            if (!Accept(TokenKind.Comma))
                break;
        }
        _ = bareStar;
        return new ArgumentsSyntax(SpanFrom(start), posOnly, args, varArg, kwOnly, kwDefaults, kwArg, defaults);
    }

    // param: NAME annotation?        annotation: ':' expression
    // param_star_annotation: NAME star_annotation        star_annotation: ':' star_expression
    private ArgSyntax ParseParameter(bool allowAnnotations, bool allowStarAnnotation)
    {
        var name = ExpectName();
        ExpressionSyntax? annotation = null;
        if (allowAnnotations && Accept(TokenKind.Colon))
            annotation = allowStarAnnotation ? ParseStarExpression() : ParseExpression();
        return new ArgSyntax(SpanFrom(name.Start), name.Text!, annotation, null);
    }
}
