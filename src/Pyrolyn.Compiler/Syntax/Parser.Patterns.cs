using System;
using System.Collections.Generic;

namespace Pyrolyn.Compiler.Syntax;

public sealed partial class Parser
{
    // patterns: open_sequence_pattern | pattern
    // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    private PatternSyntax ParsePatterns()
    {
        int start = Current.Start;
        var first = ParseMaybeStarPattern();
        if (!At(TokenKind.Comma))
        {
            if (first is MatchStarSyntax)
                throw InvalidSyntax();
            return first;
        }
        var patterns = new List<PatternSyntax> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.Colon) || AtKeyword("if"))
                break;
            patterns.Add(ParseMaybeStarPattern());
        }
        return new MatchSequenceSyntax(SpanFrom(start), patterns);
    }

    // maybe_star_pattern: star_pattern | pattern
    // star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
    private PatternSyntax ParseMaybeStarPattern()
    {
        if (!At(TokenKind.Star))
            return ParsePattern();
        int start = Advance().Start;
        var name = ExpectName();
        return new MatchStarSyntax(SpanFrom(start), name.Text == "_" ? null : name.Text);
    }

    // pattern: as_pattern | or_pattern
    // as_pattern: or_pattern 'as' pattern_capture_target
    private PatternSyntax ParsePattern()
    {
        Enter();
        try
        {
            int start = Current.Start;
            var pattern = ParseOrPattern();
            if (!AcceptKeyword("as"))
                return pattern;
            var name = ExpectName();
            if (name.Text == "_")
                throw Error(name, "cannot use '_' as a target");
            return new MatchAsSyntax(SpanFrom(start), pattern, name.Text);
        }
        finally
        {
            Leave();
        }
    }

    // or_pattern: '|'.closed_pattern+
    private PatternSyntax ParseOrPattern()
    {
        int start = Current.Start;
        var first = ParseClosedPattern();
        if (!At(TokenKind.VerticalBar))
            return first;
        var patterns = new List<PatternSyntax> { first };
        while (Accept(TokenKind.VerticalBar))
            patterns.Add(ParseClosedPattern());
        return new MatchOrSyntax(SpanFrom(start), patterns);
    }

    // closed_pattern:
    //     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
    //     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
    private PatternSyntax ParseClosedPattern()
    {
        var token = Current;
        int start = token.Start;
        switch (token.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
                return new MatchValueSyntax(SpanFrom(start), ParseLiteralNumberExpression());
            case TokenKind.String:
                return new MatchValueSyntax(SpanFrom(start), ParsePatternStrings());
            case TokenKind.LeftParen:
                return ParseGroupOrSequencePattern();
            case TokenKind.LeftBracket:
            {
                Advance();
                var patterns = ParseMaybeSequencePattern(TokenKind.RightBracket);
                Expect(TokenKind.RightBracket, "]");
                return new MatchSequenceSyntax(SpanFrom(start), patterns);
            }
            case TokenKind.LeftBrace:
                return ParseMappingPattern();
            case TokenKind.Name:
                switch (token.Text)
                {
                    case "None":
                        Advance();
                        return new MatchSingletonSyntax(token.Span, NoneConstant.Instance);
                    case "True":
                        Advance();
                        return new MatchSingletonSyntax(token.Span, true);
                    case "False":
                        Advance();
                        return new MatchSingletonSyntax(token.Span, false);
                }
                return ParseNameOrClassPattern();
            default:
                throw InvalidSyntax();
        }
    }

    // literal_pattern / literal_expr numbers: signed_number !('+' | '-') | complex_number
    // complex_number: signed_real_number ('+' | '-') imaginary_number
    private ExpressionSyntax ParseLiteralNumberExpression()
    {
        int start = Current.Start;
        ExpressionSyntax value = ParseSignedNumber();
        if (At(TokenKind.Plus) || At(TokenKind.Minus))
        {
            var op = Advance().Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Sub;
            var token = Current;
            if (token.Kind != TokenKind.Number)
                throw InvalidSyntax();
            Advance();
            var imaginary = ParseNumber(token);
            if (imaginary is not ImaginaryConstant)
                throw Error(token, "imaginary number required in complex literal");
            value = new BinOpSyntax(SpanFrom(start), value, op, new ConstantSyntax(token.Span, imaginary, null));
        }
        return value;
    }

    // signed_number: NUMBER | '-' NUMBER
    private ExpressionSyntax ParseSignedNumber()
    {
        int start = Current.Start;
        bool negative = Accept(TokenKind.Minus);
        var token = Current;
        if (token.Kind != TokenKind.Number)
            throw InvalidSyntax();
        Advance();
        ExpressionSyntax number = new ConstantSyntax(token.Span, ParseNumber(token), null);
        return negative ? new UnaryOpSyntax(SpanFrom(start), UnaryOperator.USub, number) : number;
    }

    private ExpressionSyntax ParsePatternStrings()
    {
        var value = ParseStrings();
        if (value is JoinedStrSyntax)
            throw Error(value.Span, "patterns may only match literals and attribute lookups");
        return value;
    }

    // group_pattern: '(' pattern ')'
    // sequence_pattern: '(' open_sequence_pattern? ')'
    private PatternSyntax ParseGroupOrSequencePattern()
    {
        int start = Advance().Start;
        if (Accept(TokenKind.RightParen))
            return new MatchSequenceSyntax(SpanFrom(start), Array.Empty<PatternSyntax>());
        var first = ParseMaybeStarPattern();
        if (Accept(TokenKind.RightParen))
        {
            if (first is MatchStarSyntax)
                throw InvalidSyntax();
            return first;
        }
        if (!At(TokenKind.Comma))
            throw InvalidSyntax();
        var patterns = new List<PatternSyntax> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.RightParen))
                break;
            patterns.Add(ParseMaybeStarPattern());
        }
        Expect(TokenKind.RightParen, ")");
        return new MatchSequenceSyntax(SpanFrom(start), patterns);
    }

    // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
    private List<PatternSyntax> ParseMaybeSequencePattern(TokenKind end)
    {
        var patterns = new List<PatternSyntax>();
        while (!At(end))
        {
            patterns.Add(ParseMaybeStarPattern());
            if (!Accept(TokenKind.Comma))
                break;
        }
        return patterns;
    }

    // mapping_pattern:
    //     | '{' '}' | '{' double_star_pattern ','? '}'
    //     | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
    // key_value_pattern: (literal_expr | attr) ':' pattern
    // double_star_pattern: '**' pattern_capture_target
    private PatternSyntax ParseMappingPattern()
    {
        int start = Advance().Start;
        var keys = new List<ExpressionSyntax>();
        var patterns = new List<PatternSyntax>();
        string? rest = null;
        while (!At(TokenKind.RightBrace))
        {
            if (Accept(TokenKind.DoubleStar))
            {
                var name = ExpectName();
                if (name.Text == "_")
                    throw Error(name, "cannot use '_' as a target");
                rest = name.Text;
                Accept(TokenKind.Comma);
                break;
            }
            keys.Add(ParseMappingKey());
            Expect(TokenKind.Colon, ":");
            patterns.Add(ParsePattern());
            if (!Accept(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RightBrace, "}");
        return new MatchMappingSyntax(SpanFrom(start), keys, patterns, rest);
    }

    // literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
    // attr: name_or_attr '.' NAME
    private ExpressionSyntax ParseMappingKey()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
                return ParseLiteralNumberExpression();
            case TokenKind.String:
                return ParsePatternStrings();
            case TokenKind.Name when token.Text is "None" or "True" or "False":
                return ParseAtom();
            case TokenKind.Name:
            {
                var value = ParseNameOrAttribute();
                if (value is not AttributeSyntax)
                    throw InvalidSyntax();
                return value;
            }
            default:
                throw InvalidSyntax();
        }
    }

    // name_or_attr: attr | NAME
    private ExpressionSyntax ParseNameOrAttribute()
    {
        int start = Current.Start;
        var name = ExpectName();
        ExpressionSyntax value = new NameSyntax(name.Span, name.Text!);
        while (Accept(TokenKind.Dot))
        {
            var attr = ExpectName();
            value = new AttributeSyntax(SpanFrom(start), value, attr.Text!);
        }
        return value;
    }

    // capture_pattern: pattern_capture_target
    // wildcard_pattern: "_"
    // value_pattern: attr !('.' | '(' | '=')
    // class_pattern:
    //     | name_or_attr '(' ')' | name_or_attr '(' positional_patterns ','? ')'
    //     | name_or_attr '(' keyword_patterns ','? ')' | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
    private PatternSyntax ParseNameOrClassPattern()
    {
        int start = Current.Start;
        var value = ParseNameOrAttribute();
        if (!At(TokenKind.LeftParen))
        {
            if (value is NameSyntax name)
                return new MatchAsSyntax(name.Span, null, name.Id == "_" ? null : name.Id);
            return new MatchValueSyntax(value.Span, value);
        }
        Advance();
        var patterns = new List<PatternSyntax>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<PatternSyntax>();
        while (!At(TokenKind.RightParen))
        {
            if (Current.Kind == TokenKind.Name && PeekToken(1).Kind == TokenKind.Equal)
            {
                kwdAttrs.Add(ExpectName().Text!);
                Advance();
                kwdPatterns.Add(ParsePattern());
            }
            else
            {
                var pattern = ParsePattern();
                if (kwdAttrs.Count > 0)
                    throw Error(pattern.Span, "positional patterns follow keyword patterns");
                patterns.Add(pattern);
            }
            if (!Accept(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RightParen, ")");
        return new MatchClassSyntax(SpanFrom(start), value, patterns, kwdAttrs, kwdPatterns);
    }
}
