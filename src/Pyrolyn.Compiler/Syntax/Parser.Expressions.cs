using System;
using System.Collections.Generic;
using Pyrolyn.Compiler.Text;

namespace Pyrolyn.Compiler.Syntax;

public sealed partial class Parser
{
    private static bool IsExpressionStart(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Name:
                string text = token.Text!;
                return !Keywords.IsHard(text) || text is "not" or "lambda" or "await" or "None" or "True" or "False";
            case TokenKind.Number:
            case TokenKind.String:
            case TokenKind.LeftParen:
            case TokenKind.LeftBracket:
            case TokenKind.LeftBrace:
            case TokenKind.Minus:
            case TokenKind.Plus:
            case TokenKind.Tilde:
            case TokenKind.Star:
            case TokenKind.Ellipsis:
                return true;
            default:
                return false;
        }
    }

    // star_expressions:
    //     | star_expression (',' star_expression )+ [','] | star_expression ',' | star_expression
    private ExpressionSyntax ParseStarExpressions()
    {
        int start = Current.Start;
        var first = ParseStarExpression();
        if (!At(TokenKind.Comma))
            return first;
        var elements = new List<ExpressionSyntax> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!IsExpressionStart(Current))
                break;
            elements.Add(ParseStarExpression());
        }
        return new TupleSyntax(SpanFrom(start), elements);
    }

    // star_expression: '*' bitwise_or | expression
    private ExpressionSyntax ParseStarExpression()
    {
        if (At(TokenKind.Star))
        {
            int start = Advance().Start;
            var value = ParseBitwiseOr();
            return new StarredSyntax(SpanFrom(start), value);
        }
        return ParseExpression();
    }

    // star_named_expressions: ','.star_named_expression+ [','], as a tuple when there is a comma.
    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    private ExpressionSyntax ParseStarNamedExpressionsAsTuple(bool requireTupleForStar)
    {
        int start = Current.Start;
        var first = ParseStarNamedExpression();
        if (!At(TokenKind.Comma))
        {
            if (requireTupleForStar && first is StarredSyntax)
                throw InvalidSyntax();
            return first;
        }
        var elements = new List<ExpressionSyntax> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!IsExpressionStart(Current))
                break;
            elements.Add(ParseStarNamedExpression());
        }
        return new TupleSyntax(SpanFrom(start), elements);
    }

    // star_named_expression: '*' bitwise_or | named_expression
    private ExpressionSyntax ParseStarNamedExpression()
    {
        if (At(TokenKind.Star))
        {
            int start = Advance().Start;
            var value = ParseBitwiseOr();
            return new StarredSyntax(SpanFrom(start), value);
        }
        return ParseNamedExpression();
    }

    // named_expression: assignment_expression | expression !':='
    // assignment_expression: NAME ':=' ~ expression
    private ExpressionSyntax ParseNamedExpression()
    {
        if (AtName && PeekToken(1).Kind == TokenKind.ColonEqual)
        {
            var name = Advance();
            Advance();
            var value = ParseExpression();
            var target = new NameSyntax(name.Span, name.Text!, ExpressionContext.Store);
            return new NamedExprSyntax(SpanFrom(name.Start), target, value);
        }
        var expression = ParseExpression();
        if (At(TokenKind.ColonEqual))
            throw Error(expression.Span, $"cannot use assignment expressions with {ExpressionName(expression)}");
        return expression;
    }

    // A condition (if/elif/while): named_expression, with CPython's hint for a stray '='.
    private ExpressionSyntax ParseCondition()
    {
        var expression = ParseNamedExpression();
        if (At(TokenKind.Equal) && PeekToken(1).Kind != TokenKind.Equal)
        {
            if (expression is NameSyntax)
                throw Error(expression.Span, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            if (expression is not (ListSyntax or TupleSyntax or GeneratorExpSyntax or ConstantSyntax { Value: bool or NoneConstant }))
                throw Error(expression.Span, $"cannot assign to {ExpressionName(expression)} here. Maybe you meant '==' instead of '='?");
        }
        return expression;
    }

    // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    private ExpressionSyntax ParseExpression()
    {
        Enter();
        try
        {
            if (AtKeyword("lambda"))
                return ParseLambda();
            int start = Current.Start;
            var body = ParseDisjunction();
            if (!AtKeyword("if"))
                return body;
            Advance();
            var test = ParseDisjunction();
            if (!AtKeyword("else"))
                throw Error(Current, "expected 'else' after 'if' expression");
            Advance();
            var orElse = ParseExpression();
            return new IfExpSyntax(SpanFrom(start), test, body, orElse);
        }
        finally
        {
            Leave();
        }
    }

    // lambdef: 'lambda' [lambda_params] ':' expression
    private ExpressionSyntax ParseLambda()
    {
        int start = Advance().Start;
        var args = ParseParameters(TokenKind.Colon, allowAnnotations: false);
        Expect(TokenKind.Colon, ":");
        var body = ParseExpression();
        return new LambdaSyntax(SpanFrom(start), args, body);
    }

    // disjunction: conjunction ('or' conjunction )+ | conjunction
    private ExpressionSyntax ParseDisjunction()
    {
        int start = Current.Start;
        var first = ParseConjunction();
        if (!AtKeyword("or"))
            return first;
        var values = new List<ExpressionSyntax> { first };
        while (AcceptKeyword("or"))
            values.Add(ParseConjunction());
        return new BoolOpSyntax(SpanFrom(start), BoolOperator.Or, values);
    }

    // conjunction: inversion ('and' inversion )+ | inversion
    private ExpressionSyntax ParseConjunction()
    {
        int start = Current.Start;
        var first = ParseInversion();
        if (!AtKeyword("and"))
            return first;
        var values = new List<ExpressionSyntax> { first };
        while (AcceptKeyword("and"))
            values.Add(ParseInversion());
        return new BoolOpSyntax(SpanFrom(start), BoolOperator.And, values);
    }

    // inversion: 'not' inversion | comparison
    private ExpressionSyntax ParseInversion()
    {
        if (!AtKeyword("not"))
            return ParseComparison();
        int start = Advance().Start;
        Enter();
        var operand = ParseInversion();
        Leave();
        return new UnaryOpSyntax(SpanFrom(start), UnaryOperator.Not, operand);
    }

    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    private ExpressionSyntax ParseComparison()
    {
        int start = Current.Start;
        var left = ParseBitwiseOr();
        List<CompareOperator>? ops = null;
        List<ExpressionSyntax>? comparators = null;
        while (true)
        {
            var op = TryParseCompareOperator();
            if (op is null)
                break;
            (ops ??= new()).Add(op.Value);
            (comparators ??= new()).Add(ParseBitwiseOr());
        }
        return ops is null ? left : new CompareSyntax(SpanFrom(start), left, ops, comparators!);
    }

    private CompareOperator? TryParseCompareOperator()
    {
        var token = Current;
        CompareOperator? op = token.Kind switch
        {
            TokenKind.EqualEqual => CompareOperator.Eq,
            TokenKind.NotEqual => CompareOperator.NotEq,
            TokenKind.Less => CompareOperator.Lt,
            TokenKind.LessEqual => CompareOperator.LtE,
            TokenKind.Greater => CompareOperator.Gt,
            TokenKind.GreaterEqual => CompareOperator.GtE,
            _ => null,
        };
        if (op is not null)
        {
            Advance();
            return op;
        }
        if (token.Kind != TokenKind.Name)
            return null;
        switch (token.Text)
        {
            case "in":
                Advance();
                return CompareOperator.In;
            case "not" when PeekIsKeyword(1, "in"):
                Advance();
                Advance();
                return CompareOperator.NotIn;
            case "is":
                Advance();
                if (AcceptKeyword("not"))
                    return CompareOperator.IsNot;
                return CompareOperator.Is;
            default:
                return null;
        }
    }

    // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
    // bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
    // bitwise_and: bitwise_and '&' shift_expr | shift_expr
    // shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | sum
    // sum: sum '+' term | sum '-' term | term
    // term: term '*' factor | term '/' factor | term '//' factor | term '%' factor | term '@' factor | factor
    // All left-associative: parsed by precedence climbing, which keeps the recursion shallow.
    private ExpressionSyntax ParseBitwiseOr() => ParseBinary(1);

    private ExpressionSyntax ParseBinary(int minPrecedence)
    {
        int start = Current.Start;
        var left = ParseFactor();
        while (true)
        {
            var (op, precedence) = BinaryOperatorOf(Current.Kind);
            if (precedence < minPrecedence)
                return left;
            Advance();
            var right = precedence == 6 ? ParseFactor() : ParseBinary(precedence + 1);
            left = new BinOpSyntax(SpanFrom(start), left, op, right);
        }
    }

    private static (BinaryOperator Op, int Precedence) BinaryOperatorOf(TokenKind kind) => kind switch
    {
        TokenKind.VerticalBar => (BinaryOperator.BitOr, 1),
        TokenKind.Circumflex => (BinaryOperator.BitXor, 2),
        TokenKind.Ampersand => (BinaryOperator.BitAnd, 3),
        TokenKind.LeftShift => (BinaryOperator.LShift, 4),
        TokenKind.RightShift => (BinaryOperator.RShift, 4),
        TokenKind.Plus => (BinaryOperator.Add, 5),
        TokenKind.Minus => (BinaryOperator.Sub, 5),
        TokenKind.Star => (BinaryOperator.Mult, 6),
        TokenKind.Slash => (BinaryOperator.Div, 6),
        TokenKind.DoubleSlash => (BinaryOperator.FloorDiv, 6),
        TokenKind.Percent => (BinaryOperator.Mod, 6),
        TokenKind.At => (BinaryOperator.MatMult, 6),
        _ => (BinaryOperator.Add, 0),
    };

    // factor: '+' factor | '-' factor | '~' factor | power
    private ExpressionSyntax ParseFactor()
    {
        UnaryOperator? op = Current.Kind switch
        {
            TokenKind.Plus => UnaryOperator.UAdd,
            TokenKind.Minus => UnaryOperator.USub,
            TokenKind.Tilde => UnaryOperator.Invert,
            _ => null,
        };
        if (op is null)
            return ParsePower();
        int start = Advance().Start;
        Enter();
        var operand = ParseFactor();
        Leave();
        return new UnaryOpSyntax(SpanFrom(start), op.Value, operand);
    }

    // power: await_primary '**' factor | await_primary
    private ExpressionSyntax ParsePower()
    {
        int start = Current.Start;
        var left = ParseAwaitPrimary();
        if (!Accept(TokenKind.DoubleStar))
            return left;
        Enter();
        var right = ParseFactor();
        Leave();
        return new BinOpSyntax(SpanFrom(start), left, BinaryOperator.Pow, right);
    }

    // await_primary: AWAIT primary | primary
    private ExpressionSyntax ParseAwaitPrimary()
    {
        if (!AtKeyword("await"))
            return ParsePrimary();
        int start = Advance().Start;
        var value = ParsePrimary();
        return new AwaitSyntax(SpanFrom(start), value);
    }

    // primary:
    //     | primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
    private ExpressionSyntax ParsePrimary()
    {
        int start = Current.Start;
        var expression = ParseAtom();
        while (true)
        {
            switch (Current.Kind)
            {
                case TokenKind.Dot:
                    Advance();
                    var name = ExpectName();
                    expression = new AttributeSyntax(SpanFrom(start), expression, name.Text!);
                    break;
                case TokenKind.LeftParen:
                    int parenStart = Advance().Start;
                    var (args, keywords) = ParseCallArguments(parenStart);
                    Expect(TokenKind.RightParen, ")");
                    expression = new CallSyntax(SpanFrom(start), expression, args, keywords);
                    break;
                case TokenKind.LeftBracket:
                    Advance();
                    var slice = ParseSlices();
                    Expect(TokenKind.RightBracket, "]");
                    expression = new SubscriptSyntax(SpanFrom(start), expression, slice);
                    break;
                default:
                    return expression;
            }
        }
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [',']
    private ExpressionSyntax ParseSlices()
    {
        int start = Current.Start;
        var first = ParseSlice();
        if (!At(TokenKind.Comma) && first is not StarredSyntax)
            return first;
        var elements = new List<ExpressionSyntax> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.RightBracket))
                break;
            elements.Add(ParseSlice());
        }
        return new TupleSyntax(SpanFrom(start), elements);
    }

    // slice: [expression] ':' [expression] [':' [expression] ] | named_expression
    // starred_expression: '*' expression
    private ExpressionSyntax ParseSlice()
    {
        int start = Current.Start;
        if (At(TokenKind.Star))
        {
            Advance();
            var value = ParseExpression();
            return new StarredSyntax(SpanFrom(start), value);
        }
        ExpressionSyntax? lower = null;
        if (!At(TokenKind.Colon))
        {
            lower = ParseNamedExpression();
            if (!At(TokenKind.Colon))
                return lower;
            if (lower is NamedExprSyntax)
                throw InvalidSyntax();
        }
        Advance();
        ExpressionSyntax? upper = null, step = null;
        if (!At(TokenKind.Colon) && !At(TokenKind.Comma) && !At(TokenKind.RightBracket))
            upper = ParseExpression();
        if (Accept(TokenKind.Colon))
        {
            if (!At(TokenKind.Comma) && !At(TokenKind.RightBracket))
                step = ParseExpression();
        }
        return new SliceSyntax(SpanFrom(start), lower, upper, step);
    }

    // arguments: args [','] &')'
    // args: ','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ [',' kwargs ] | kwargs
    // kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
    // kwarg_or_starred: NAME '=' expression | starred_expression
    // kwarg_or_double_starred: NAME '=' expression | '**' expression
    // A lone generator expression argument is CPython's `primary genexp`.
    private (IReadOnlyList<ExpressionSyntax> Args, IReadOnlyList<KeywordSyntax> Keywords) ParseCallArguments(int parenStart)
    {
        var args = new List<ExpressionSyntax>();
        var keywords = new List<KeywordSyntax>();
        bool sawKeyword = false, sawDoubleStar = false;
        while (!At(TokenKind.RightParen))
        {
            int start = Current.Start;
            if (At(TokenKind.Star))
            {
                Advance();
                var value = ParseExpression();
                if (sawDoubleStar)
                    throw Error(SpanFrom(start), "iterable argument unpacking follows keyword argument unpacking");
                args.Add(new StarredSyntax(SpanFrom(start), value));
            }
            else if (At(TokenKind.DoubleStar))
            {
                Advance();
                var value = ParseExpression();
                keywords.Add(new KeywordSyntax(SpanFrom(start), null, value));
                sawDoubleStar = true;
            }
            else if (Current.Kind == TokenKind.Name && PeekToken(1).Kind == TokenKind.Equal)
            {
                var name = Current;
                if (Keywords.IsHard(name.Text!))
                {
                    if (name.Text is "True" or "False" or "None")
                        throw Error(name.Span, $"cannot assign to {name.Text}");
                    throw Error(name.Span, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                Advance();
                Advance();
                var value = ParseExpression();
                keywords.Add(new KeywordSyntax(SpanFrom(start), name.Text, value));
                sawKeyword = true;
            }
            else
            {
                var value = ParseNamedExpression();
                if (AtComprehensionStart())
                {
                    var generators = ParseComprehensionClauses();
                    var genexp = new GeneratorExpSyntax(TextSpan.FromBounds(parenStart, Current.End), value, generators);
                    if (args.Count > 0 || keywords.Count > 0 || !At(TokenKind.RightParen))
                        throw Error(TextSpan.FromBounds(value.Span.Start, Previous.End), "Generator expression must be parenthesized");
                    args.Add(genexp);
                    continue;
                }
                if (At(TokenKind.Equal))
                    throw Error(value.Span, "expression cannot contain assignment, perhaps you meant \"==\"?");
                if (sawDoubleStar)
                    throw Error(value.Span, "positional argument follows keyword argument unpacking");
                if (sawKeyword)
                    throw Error(value.Span, "positional argument follows keyword argument");
                args.Add(value);
            }
            if (!Accept(TokenKind.Comma))
                break;
        }
        return (args, keywords);
    }

    private bool AtComprehensionStart() => AtKeyword("for") || (AtKeyword("async") && PeekIsKeyword(1, "for"));

    // for_if_clauses: for_if_clause+
    // for_if_clause:
    //     | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction )*
    //     | 'for' star_targets 'in' ~ disjunction ('if' disjunction )*
    private IReadOnlyList<ComprehensionSyntax> ParseComprehensionClauses()
    {
        var clauses = new List<ComprehensionSyntax>();
        while (AtComprehensionStart())
        {
            int start = Current.Start;
            int isAsync = AcceptKeyword("async") ? 1 : 0;
            ExpectKeyword("for");
            var target = ParseStarTargets();
            ExpectKeyword("in");
            var iter = ParseDisjunction();
            var ifs = new List<ExpressionSyntax>();
            while (AcceptKeyword("if"))
                ifs.Add(ParseDisjunction());
            clauses.Add(new ComprehensionSyntax(SpanFrom(start), target, iter, ifs, isAsync));
        }
        return clauses;
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    private ExpressionSyntax ParseYieldExpression()
    {
        int start = Advance().Start;
        if (AcceptKeyword("from"))
        {
            var source = ParseExpression();
            return new YieldFromSyntax(SpanFrom(start), source);
        }
        ExpressionSyntax? value = IsExpressionStart(Current) ? ParseStarExpressions() : null;
        return new YieldSyntax(SpanFrom(start), value);
    }

    // atom:
    //     | NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
    //     | &'(' (tuple | group | genexp) | &'[' (list | listcomp) | &'{' (dict | set | dictcomp | setcomp) | '...'
    private ExpressionSyntax ParseAtom()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Name:
                switch (token.Text)
                {
                    case "True":
                        Advance();
                        return new ConstantSyntax(token.Span, true, null);
                    case "False":
                        Advance();
                        return new ConstantSyntax(token.Span, false, null);
                    case "None":
                        Advance();
                        return new ConstantSyntax(token.Span, NoneConstant.Instance, null);
                }
                if (Keywords.IsHard(token.Text!))
                    throw InvalidSyntax();
                Advance();
                return new NameSyntax(token.Span, token.Text!);
            case TokenKind.Number:
                Advance();
                return new ConstantSyntax(token.Span, ParseNumber(token), null);
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.Ellipsis:
                Advance();
                return new ConstantSyntax(token.Span, EllipsisConstant.Instance, null);
            case TokenKind.LeftParen:
                return ParseParenthesized();
            case TokenKind.LeftBracket:
                return ParseListDisplay();
            case TokenKind.LeftBrace:
                return ParseDictOrSetDisplay();
            default:
                throw InvalidSyntax();
        }
    }

    // tuple: '(' [star_named_expression ',' [star_named_expressions] ] ')'
    // group: '(' (yield_expr | named_expression) ')'
    // genexp: '(' ( assignment_expression | expression !':=') for_if_clauses ')'
    private ExpressionSyntax ParseParenthesized()
    {
        int start = Advance().Start;
        if (At(TokenKind.RightParen))
        {
            Advance();
            return new TupleSyntax(SpanFrom(start), NoExpressions);
        }
        if (AtKeyword("yield"))
        {
            var yield = ParseYieldExpression();
            Expect(TokenKind.RightParen, ")");
            return yield;
        }
        var first = ParseStarNamedExpression();
        if (AtComprehensionStart())
        {
            if (first is StarredSyntax)
                throw Error(first.Span, "iterable unpacking cannot be used in comprehension");
            var generators = ParseComprehensionClauses();
            Expect(TokenKind.RightParen, ")");
            return new GeneratorExpSyntax(SpanFrom(start), first, generators);
        }
        if (At(TokenKind.RightParen))
        {
            Advance();
            if (first is StarredSyntax)
                throw Error(first.Span, "cannot use starred expression here");
            return first;
        }
        if (!At(TokenKind.Comma))
            throw ExpectedClosing(first);
        var elements = new List<ExpressionSyntax> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.RightParen))
                break;
            elements.Add(ParseStarNamedExpression());
        }
        if (!At(TokenKind.RightParen))
            throw ExpectedClosing(elements[elements.Count - 1]);
        Advance();
        return new TupleSyntax(SpanFrom(start), elements);
    }

    // `last` is the element just parsed before the unexpected token.
    private ParseException ExpectedClosing(ExpressionSyntax last)
    {
        // "Perhaps you forgot a comma?" when two expressions sit side by side on one line.
        if (IsExpressionStart(Current) && Current.Kind != TokenKind.Star && Current.Kind != TokenKind.Minus && Current.Kind != TokenKind.Plus
            && LineOf(Previous.End) == LineOf(Current.Start))
            return Error(TextSpan.FromBounds(last.Span.Start, Current.End), "invalid syntax. Perhaps you forgot a comma?");
        return InvalidSyntax();
    }

    // list: '[' [star_named_expressions] ']'
    // listcomp: '[' named_expression for_if_clauses ']'
    private ExpressionSyntax ParseListDisplay()
    {
        int start = Advance().Start;
        var elements = new List<ExpressionSyntax>();
        if (!At(TokenKind.RightBracket))
        {
            var first = ParseStarNamedExpression();
            if (AtComprehensionStart())
            {
                if (first is StarredSyntax)
                    throw Error(first.Span, "iterable unpacking cannot be used in comprehension");
                var generators = ParseComprehensionClauses();
                Expect(TokenKind.RightBracket, "]");
                return new ListCompSyntax(SpanFrom(start), first, generators);
            }
            elements.Add(first);
            while (Accept(TokenKind.Comma))
            {
                if (At(TokenKind.RightBracket))
                    break;
                elements.Add(ParseStarNamedExpression());
            }
        }
        if (!At(TokenKind.RightBracket))
            throw elements.Count > 0 ? ExpectedClosing(elements[elements.Count - 1]) : InvalidSyntax();
        Advance();
        return new ListSyntax(SpanFrom(start), elements);
    }

    // dict: '{' [double_starred_kvpairs] '}'
    // set: '{' star_named_expressions '}'
    // dictcomp: '{' kvpair for_if_clauses '}'
    // setcomp: '{' named_expression for_if_clauses '}'
    // double_starred_kvpair: '**' bitwise_or | kvpair
    // kvpair: expression ':' expression
    private ExpressionSyntax ParseDictOrSetDisplay()
    {
        int start = Advance().Start;
        if (Accept(TokenKind.RightBrace))
            return new DictSyntax(SpanFrom(start), NoExpressions, NoExpressions);

        if (At(TokenKind.DoubleStar))
            return ParseDictRest(start, null);

        bool parenthesized = At(TokenKind.LeftParen);
        var first = ParseStarNamedExpression();
        if (At(TokenKind.Colon) && first is not StarredSyntax && (parenthesized || first is not NamedExprSyntax))
            return ParseDictRest(start, first);
        if (AtComprehensionStart())
        {
            if (first is StarredSyntax)
                throw Error(first.Span, "iterable unpacking cannot be used in comprehension");
            var generators = ParseComprehensionClauses();
            Expect(TokenKind.RightBrace, "}");
            return new SetCompSyntax(SpanFrom(start), first, generators);
        }
        var elements = new List<ExpressionSyntax> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.RightBrace))
                break;
            elements.Add(ParseStarNamedExpression());
        }
        if (!At(TokenKind.RightBrace))
            throw ExpectedClosing(elements[elements.Count - 1]);
        Advance();
        return new SetSyntax(SpanFrom(start), elements);
    }

    private ExpressionSyntax ParseDictRest(int start, ExpressionSyntax? firstKey)
    {
        var keys = new List<ExpressionSyntax>();
        var values = new List<ExpressionSyntax>();
        bool first = true;
        while (!At(TokenKind.RightBrace))
        {
            if (Accept(TokenKind.DoubleStar))
            {
                keys.Add(null!);
                values.Add(ParseBitwiseOr());
            }
            else
            {
                var key = firstKey ?? ParseExpression();
                firstKey = null;
                Expect(TokenKind.Colon, ":");
                var value = ParseExpression();
                if (first && AtComprehensionStart())
                {
                    var generators = ParseComprehensionClauses();
                    Expect(TokenKind.RightBrace, "}");
                    return new DictCompSyntax(SpanFrom(start), key, value, generators);
                }
                keys.Add(key);
                values.Add(value);
            }
            first = false;
            if (!Accept(TokenKind.Comma))
                break;
        }
        if (!At(TokenKind.RightBrace))
            throw values.Count > 0 ? ExpectedClosing(values[values.Count - 1]) : InvalidSyntax();
        Advance();
        return new DictSyntax(SpanFrom(start), keys, values);
    }

    /// <summary>CPython's _PyPegen_get_expr_name, for error messages.</summary>
    private static string ExpressionName(ExpressionSyntax expression) => expression switch
    {
        AttributeSyntax => "attribute",
        SubscriptSyntax => "subscript",
        StarredSyntax => "starred",
        NameSyntax => "name",
        ListSyntax => "list",
        TupleSyntax => "tuple",
        LambdaSyntax => "lambda",
        CallSyntax => "function call",
        BoolOpSyntax or BinOpSyntax or UnaryOpSyntax => "expression",
        GeneratorExpSyntax => "generator expression",
        YieldSyntax or YieldFromSyntax => "yield expression",
        AwaitSyntax => "await expression",
        ListCompSyntax => "list comprehension",
        SetCompSyntax => "set comprehension",
        DictCompSyntax => "dict comprehension",
        DictSyntax => "dict literal",
        SetSyntax => "set display",
        JoinedStrSyntax or FormattedValueSyntax => "f-string expression",
        ConstantSyntax { Value: NoneConstant } => "None",
        ConstantSyntax { Value: true } => "True",
        ConstantSyntax { Value: false } => "False",
        ConstantSyntax { Value: EllipsisConstant } => "ellipsis",
        ConstantSyntax => "literal",
        CompareSyntax => "comparison",
        IfExpSyntax => "conditional expression",
        NamedExprSyntax => "named expression",
        _ => "expression",
    };
}
