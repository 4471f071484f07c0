using System;
using System.Collections.Generic;
using Pyrolyn.Compiler.Text;

namespace Pyrolyn.Compiler.Syntax;

public sealed partial class Parser
{
    private static readonly IReadOnlyList<StatementSyntax> NoStatements = Array.Empty<StatementSyntax>();
    private static readonly IReadOnlyList<ExpressionSyntax> NoExpressions = Array.Empty<ExpressionSyntax>();

    // statement: compound_stmt | simple_stmts
    private void ParseStatement(List<StatementSyntax> into)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var compound = TryParseCompoundStatement();
        if (compound is not null)
        {
            into.Add(compound);
            return;
        }
        ParseSimpleStatements(into);
    }

    // compound_stmt: &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
    //     | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt | &'while' while_stmt | match_stmt
    private StatementSyntax? TryParseCompoundStatement()
    {
        var token = Current;
        if (token.Kind == TokenKind.At)
            return ParseDecorated();
        if (token.Kind == TokenKind.Indent)
            throw Error(token, "unexpected indent");
        if (token.Kind != TokenKind.Name)
            return null;
        switch (token.Text)
        {
            case "def": return ParseFunctionDef(Array.Empty<ExpressionSyntax>(), token.Start, false);
            case "class": return ParseClassDef(Array.Empty<ExpressionSyntax>(), token.Start);
            case "if": return ParseIf();
            case "while": return ParseWhile();
            case "for": return ParseFor(token.Start, false);
            case "with": return ParseWith(token.Start, false);
            case "try": return ParseTry();
            case "async":
                Advance();
                if (AtKeyword("def")) return ParseFunctionDef(Array.Empty<ExpressionSyntax>(), token.Start, true);
                if (AtKeyword("for")) return ParseFor(token.Start, true);
                if (AtKeyword("with")) return ParseWith(token.Start, true);
                throw InvalidSyntax();
            case "match": return TryParseMatch();
            default: return null;
        }
    }

    // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
    private void ParseSimpleStatements(List<StatementSyntax> into)
    {
        while (true)
        {
            into.Add(ParseSimpleStatement());
            if (Accept(TokenKind.Semicolon))
            {
                if (At(TokenKind.Newline))
                    break;
                continue;
            }
            break;
        }
        if (!At(TokenKind.Newline))
            throw InvalidSyntaxAfterStatement();
        Advance();
    }

    // After a complete simple statement something unexpected follows.
    private ParseException InvalidSyntaxAfterStatement()
    {
        var token = Current;
        if (token.Kind == TokenKind.Equal || token.Kind == TokenKind.Error)
            return Error(token, "invalid syntax");
        if (IsExpressionStart(token) && token.Kind != TokenKind.Minus && token.Kind != TokenKind.Plus && token.Kind != TokenKind.Star
            && token.Kind != TokenKind.LeftParen && token.Kind != TokenKind.LeftBracket
            && !(token.Kind == TokenKind.Name && (token.Text == "not" || token.Text == "await" || token.Text == "lambda")))
            return Error(Previous.Span.Start >= 0 ? Current : token, "invalid syntax");
        return InvalidSyntax();
    }

    // simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
    //     | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
    private StatementSyntax ParseSimpleStatement()
    {
        var token = Current;
        int start = token.Start;
        if (token.Kind == TokenKind.Name)
        {
            switch (token.Text)
            {
                case "pass":
                    Advance();
                    return new PassSyntax(token.Span);
                case "break":
                    Advance();
                    return new BreakSyntax(token.Span);
                case "continue":
                    Advance();
                    return new ContinueSyntax(token.Span);
                case "return":
                    Advance();
                    ExpressionSyntax? value = AtSimpleStatementEnd() ? null : ParseStarExpressions();
                    return new ReturnSyntax(SpanFrom(start), value);
                case "import":
                    return ParseImportName();
                case "from":
                    return ParseImportFrom();
                case "raise":
                    return ParseRaise();
                case "del":
                    return ParseDel();
                case "assert":
                    return ParseAssert();
                case "global":
                case "nonlocal":
                    return ParseGlobalOrNonlocal(token.Text == "global");
            }
        }
        return ParseExpressionOrAssignment();
    }

    private bool AtSimpleStatementEnd() => At(TokenKind.Newline) || At(TokenKind.Semicolon) || At(TokenKind.EndOfFile);

    // assignment:
    //     | NAME ':' expression ['=' annotated_rhs ]
    //     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs ]
    //     | (star_targets '=' )+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
    //     | single_target augassign ~ (yield_expr | star_expressions)
    // star_expressions (as an expression statement)
    private StatementSyntax ParseExpressionOrAssignment()
    {
        int start = Current.Start;
        bool parenthesized = At(TokenKind.LeftParen);
        var first = AtKeyword("yield") ? ParseYieldExpression() : ParseStarExpressions();

        // Python 2's print and exec statements.
        if (first is NameSyntax { Id: "print" or "exec" } legacy && IsExpressionStart(Current) && LineOf(Current.Start) == LineOf(legacy.Span.Start))
            throw Error(legacy.Span, $"Missing parentheses in call to '{legacy.Id}'. Did you mean {legacy.Id}(...)?");

        if (At(TokenKind.Colon))
        {
            Advance();
            if (first is not (NameSyntax or AttributeSyntax or SubscriptSyntax))
            {
                if (first is TupleSyntax)
                    throw Error(first.Span, "only single target (not tuple) can be annotated");
                if (first is ListSyntax)
                    throw Error(first.Span, "only single target (not list) can be annotated");
                throw Error(first.Span, "illegal target for annotation");
            }
            var target = SetContext(first, ExpressionContext.Store, "=");
            var annotation = ParseExpression();
            ExpressionSyntax? value = null;
            if (Accept(TokenKind.Equal))
                value = AtKeyword("yield") ? ParseYieldExpression() : ParseStarExpressions();
            int simple = first is NameSyntax && !parenthesized ? 1 : 0;
            return new AnnAssignSyntax(SpanFrom(start), target, annotation, value, simple);
        }

        var augmented = AugmentedOperator(Current.Kind);
        if (augmented is not null)
        {
            if (first is not (NameSyntax or AttributeSyntax or SubscriptSyntax))
                throw Error(first.Span, $"'{ExpressionName(first)}' is an illegal expression for augmented assignment");
            Advance();
            var target = SetContext(first, ExpressionContext.Store, null);
            var value = AtKeyword("yield") ? ParseYieldExpression() : ParseStarExpressions();
            return new AugAssignSyntax(SpanFrom(start), target, augmented.Value, value);
        }

        if (At(TokenKind.Equal))
        {
            var targets = new List<ExpressionSyntax>();
            var value = first;
            while (Accept(TokenKind.Equal))
            {
                targets.Add(SetContext(value, ExpressionContext.Store, "="));
                value = AtKeyword("yield") ? ParseYieldExpression() : ParseStarExpressions();
            }
            return new AssignSyntax(SpanFrom(start), targets, value, null);
        }

        return new ExprStatementSyntax(SpanFrom(start), first);
    }

    private static BinaryOperator? AugmentedOperator(TokenKind kind) => kind switch
    {
        TokenKind.PlusEqual => BinaryOperator.Add,
        TokenKind.MinusEqual => BinaryOperator.Sub,
        TokenKind.StarEqual => BinaryOperator.Mult,
        TokenKind.AtEqual => BinaryOperator.MatMult,
        TokenKind.SlashEqual => BinaryOperator.Div,
        TokenKind.PercentEqual => BinaryOperator.Mod,
        TokenKind.AmpersandEqual => BinaryOperator.BitAnd,
        TokenKind.VerticalBarEqual => BinaryOperator.BitOr,
        TokenKind.CircumflexEqual => BinaryOperator.BitXor,
        TokenKind.LeftShiftEqual => BinaryOperator.LShift,
        TokenKind.RightShiftEqual => BinaryOperator.RShift,
        TokenKind.DoubleStarEqual => BinaryOperator.Pow,
        TokenKind.DoubleSlashEqual => BinaryOperator.FloorDiv,
        _ => null,
    };

    // import_name: 'import' dotted_as_names
    // dotted_as_names: ','.dotted_as_name+
    // dotted_as_name: dotted_name ['as' NAME ]
    private StatementSyntax ParseImportName()
    {
        int start = Current.Start;
        Advance();
        var names = new List<AliasSyntax>();
        do
        {
            int aliasStart = Current.Start;
            string name = ParseDottedName();
            string? asName = null;
            if (AcceptKeyword("as"))
                asName = ExpectName().Text!;
            names.Add(new AliasSyntax(SpanFrom(aliasStart), name, asName));
        }
        while (Accept(TokenKind.Comma));
        return new ImportSyntax(SpanFrom(start), names);
    }

    // dotted_name: dotted_name '.' NAME | NAME
    private string ParseDottedName()
    {
        string name = ExpectName().Text!;
        while (At(TokenKind.Dot))
        {
            Advance();
            name = name + "." + ExpectName().Text;
        }
        return name;
    }

    // import_from:
    //     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    //     | 'from' ('.' | '...')+ 'import' import_from_targets
    // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
    private StatementSyntax ParseImportFrom()
    {
        int start = Current.Start;
        Advance();
        int level = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot))
                level++;
            else if (Accept(TokenKind.Ellipsis))
                level += 3;
            else
                break;
        }
        string? module = null;
        if (!AtKeyword("import") || level == 0)
            module = ParseDottedName();
        ExpectKeyword("import");
        var names = new List<AliasSyntax>();
        if (At(TokenKind.Star))
        {
            var star = Advance();
            names.Add(new AliasSyntax(star.Span, "*", null));
        }
        else if (Accept(TokenKind.LeftParen))
        {
            ParseImportFromAsNames(names, parenthesized: true);
            Expect(TokenKind.RightParen, ")");
        }
        else
        {
            ParseImportFromAsNames(names, parenthesized: false);
            if (At(TokenKind.Comma))
                throw Error(Current, "trailing comma not allowed without surrounding parentheses");
        }
        return new ImportFromSyntax(SpanFrom(start), module, names, level);
    }

    // import_from_as_names: ','.import_from_as_name+
    // import_from_as_name: NAME ['as' NAME ]
    private void ParseImportFromAsNames(List<AliasSyntax> names, bool parenthesized)
    {
        while (true)
        {
            int aliasStart = Current.Start;
            string name = ExpectName().Text!;
            string? asName = null;
            if (AcceptKeyword("as"))
                asName = ExpectName().Text!;
            names.Add(new AliasSyntax(SpanFrom(aliasStart), name, asName));
            if (!At(TokenKind.Comma))
                return;
            if (!parenthesized)
            {
                if (PeekToken(1).Kind == TokenKind.Newline)
                    return;
                Advance();
                continue;
            }
            Advance();
            if (At(TokenKind.RightParen))
                return;
        }
    }

    // raise_stmt: 'raise' expression ['from' expression ] | 'raise'
    private StatementSyntax ParseRaise()
    {
        int start = Current.Start;
        Advance();
        ExpressionSyntax? exc = null, cause = null;
        if (!AtSimpleStatementEnd())
        {
            exc = ParseExpression();
            if (AcceptKeyword("from"))
                cause = ParseExpression();
        }
        return new RaiseSyntax(SpanFrom(start), exc, cause);
    }

    // del_stmt: 'del' del_targets &(';' | NEWLINE)
    // del_targets: ','.del_target+ [',']
    private StatementSyntax ParseDel()
    {
        int start = Current.Start;
        Advance();
        var targets = new List<ExpressionSyntax>();
        while (true)
        {
            var target = ParseBitwiseOr();
            targets.Add(SetContext(target, ExpressionContext.Del, null));
            if (!Accept(TokenKind.Comma) || AtSimpleStatementEnd())
                break;
        }
        if (!AtSimpleStatementEnd())
            throw InvalidSyntax();
        return new DeleteSyntax(SpanFrom(start), targets);
    }

    // assert_stmt: 'assert' expression [',' expression ]
    private StatementSyntax ParseAssert()
    {
        int start = Current.Start;
        Advance();
        var test = ParseExpression();
        ExpressionSyntax? message = null;
        if (Accept(TokenKind.Comma))
            message = ParseExpression();
        return new AssertSyntax(SpanFrom(start), test, message);
    }

    // global_stmt: 'global' ','.NAME+
    // nonlocal_stmt: 'nonlocal' ','.NAME+
    private StatementSyntax ParseGlobalOrNonlocal(bool global)
    {
        int start = Current.Start;
        Advance();
        var names = new List<string>();
        do
        {
            names.Add(ExpectName().Text!);
        }
        while (Accept(TokenKind.Comma));
        return global ? new GlobalSyntax(SpanFrom(start), names) : new NonlocalSyntax(SpanFrom(start), names);
    }

    // block: NEWLINE INDENT statements DEDENT | simple_stmts
    private IReadOnlyList<StatementSyntax> ParseBlock(string what, int headerStart)
    {
        var body = new List<StatementSyntax>();
        if (!At(TokenKind.Newline))
        {
            if (At(TokenKind.EndOfFile))
                throw InvalidSyntax();
            ParseSimpleStatements(body);
            return body;
        }
        Advance();
        if (!At(TokenKind.Indent))
        {
            if (At(TokenKind.Error))
                throw Error(Current, "invalid syntax");
            throw new ParseException(Current.Span, $"expected an indented block after {what} on line {LineOf(headerStart)}", TokenErrorKind.Indentation);
        }
        Advance();
        Enter();
        while (!At(TokenKind.Dedent))
        {
            if (At(TokenKind.EndOfFile))
                throw InvalidSyntax();
            ParseStatement(body);
        }
        Leave();
        Advance();
        return body;
    }

    // Colon then block, with CPython's "expected ':'".
    private IReadOnlyList<StatementSyntax> ParseColonBlock(string what, int headerStart)
    {
        Expect(TokenKind.Colon, ":");
        return ParseBlock(what, headerStart);
    }

    // decorators: ('@' f=named_expression NEWLINE )+
    private StatementSyntax ParseDecorated()
    {
        int start = Current.Start;
        var decorators = new List<ExpressionSyntax>();
        while (Accept(TokenKind.At))
        {
            decorators.Add(ParseNamedExpression());
            Expect(TokenKind.Newline, "NEWLINE");
        }
        int defStart = Current.Start;
        if (AtKeyword("def"))
            return ParseFunctionDef(decorators, start, false, defStart);
        if (AtKeyword("class"))
            return ParseClassDef(decorators, start, defStart);
        if (AtKeyword("async") && PeekIsKeyword(1, "def"))
        {
            Advance();
            return ParseFunctionDef(decorators, start, true, defStart);
        }
        throw InvalidSyntax();
    }

    // function_def_raw:
    //     | 'def' NAME '(' [params] ')' ['->' expression ] ':' [func_type_comment] block
    //     | ASYNC 'def' NAME '(' [params] ')' ['->' expression ] ':' [func_type_comment] block
    private StatementSyntax ParseFunctionDef(IReadOnlyList<ExpressionSyntax> decorators, int start, bool isAsync, int headerStart = -1)
    {
        if (headerStart < 0)
            headerStart = start;
        ExpectKeyword("def");
        string name = ExpectName().Text!;
        Expect(TokenKind.LeftParen, "(");
        var args = ParseParameters(TokenKind.RightParen, allowAnnotations: true);
        Expect(TokenKind.RightParen, ")");
        ExpressionSyntax? returns = null;
        if (Accept(TokenKind.RightArrow))
            returns = ParseExpression();
        var body = ParseColonBlock("function definition", headerStart);
        var span = SpanFrom(start);
        return isAsync
            ? new AsyncFunctionDefSyntax(span, name, args, body, decorators, returns, null)
            : new FunctionDefSyntax(span, name, args, body, decorators, returns, null);
    }

    // class_def_raw: 'class' NAME ['(' [arguments] ')' ] ':' block
    private StatementSyntax ParseClassDef(IReadOnlyList<ExpressionSyntax> decorators, int start, int headerStart = -1)
    {
        if (headerStart < 0)
            headerStart = start;
        ExpectKeyword("class");
        string name = ExpectName().Text!;
        IReadOnlyList<ExpressionSyntax> bases = NoExpressions;
        IReadOnlyList<KeywordSyntax> keywords = Array.Empty<KeywordSyntax>();
        if (At(TokenKind.LeftParen))
        {
            int parenStart = Current.Start;
            Advance();
            (bases, keywords) = ParseCallArguments(parenStart);
            Expect(TokenKind.RightParen, ")");
        }
        var body = ParseColonBlock("class definition", headerStart);
        return new ClassDefSyntax(SpanFrom(start), name, bases, keywords, body, decorators);
    }

    // if_stmt: 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block]
    // elif_stmt: 'elif' named_expression ':' block elif_stmt | 'elif' named_expression ':' block [else_block]
    private StatementSyntax ParseIf()
    {
        int start = Current.Start;
        string keyword = Advance().Text!;
        var test = ParseCondition();
        var body = ParseColonBlock($"'{keyword}' statement", start);
        IReadOnlyList<StatementSyntax> orElse = NoStatements;
        if (AtKeyword("elif"))
            orElse = new[] { ParseIf() };
        else if (AtKeyword("else"))
            orElse = ParseElseBlock();
        return new IfSyntax(SpanFrom(start), test, body, orElse);
    }

    // else_block: 'else' &&':' block
    private IReadOnlyList<StatementSyntax> ParseElseBlock()
    {
        int start = Current.Start;
        Advance();
        return ParseColonBlock("'else' statement", start);
    }

    // while_stmt: 'while' named_expression ':' block [else_block]
    private StatementSyntax ParseWhile()
    {
        int start = Current.Start;
        Advance();
        var test = ParseCondition();
        var body = ParseColonBlock("'while' statement", start);
        var orElse = AtKeyword("else") ? ParseElseBlock() : NoStatements;
        return new WhileSyntax(SpanFrom(start), test, body, orElse);
    }

    // for_stmt:
    //     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //     | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    private StatementSyntax ParseFor(int start, bool isAsync)
    {
        int headerStart = Current.Start;
        ExpectKeyword("for");
        var target = ParseStarTargets();
        if (!AcceptKeyword("in"))
            throw InvalidSyntax();
        var iter = ParseStarExpressions();
        var body = ParseColonBlock("'for' statement", headerStart);
        var orElse = AtKeyword("else") ? ParseElseBlock() : NoStatements;
        return isAsync
            ? new AsyncForSyntax(SpanFrom(start), target, iter, body, orElse, null)
            : new ForSyntax(SpanFrom(start), target, iter, body, orElse, null);
    }

    // with_stmt:
    //     | 'with' '(' ','.with_item+ ','? ')' ':' block
    //     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    //     | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
    //     | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    private StatementSyntax ParseWith(int start, bool isAsync)
    {
        int headerStart = Current.Start;
        ExpectKeyword("with");
        List<WithItemSyntax>? items = null;
        if (At(TokenKind.LeftParen))
        {
            int save = _position;
            try
            {
                Advance();
                var parenthesized = new List<WithItemSyntax>();
                while (true)
                {
                    parenthesized.Add(ParseWithItem());
                    if (!Accept(TokenKind.Comma) || At(TokenKind.RightParen))
                        break;
                }
                if (Accept(TokenKind.RightParen) && At(TokenKind.Colon))
                    items = parenthesized;
            }
            catch (ParseException e) when (!e.FromTokenizer)
            {
            }
            if (items is null)
                _position = save;
        }
        if (items is null)
        {
            items = new List<WithItemSyntax>();
            do
            {
                items.Add(ParseWithItem());
            }
            while (Accept(TokenKind.Comma));
        }
        var body = ParseColonBlock("'with' statement", headerStart);
        return isAsync
            ? new AsyncWithSyntax(SpanFrom(start), items, body, null)
            : new WithSyntax(SpanFrom(start), items, body, null);
    }

    // with_item: expression 'as' star_target &(',' | ')' | ':') | expression
    private WithItemSyntax ParseWithItem()
    {
        int start = Current.Start;
        var context = ParseExpression();
        ExpressionSyntax? vars = null;
        if (AcceptKeyword("as"))
        {
            vars = ParseStarTarget();
        }
        return new WithItemSyntax(SpanFrom(start), context, vars);
    }

    // try_stmt:
    //     | 'try' &&':' block finally_block
    //     | 'try' &&':' block except_block+ [else_block] [finally_block]
    //     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
    private StatementSyntax ParseTry()
    {
        int start = Current.Start;
        Advance();
        var body = ParseColonBlock("'try' statement", start);
        var handlers = new List<ExceptHandlerBaseSyntax>();
        bool? star = null;
        while (AtKeyword("except"))
        {
            int handlerStart = Current.Start;
            Advance();
            bool isStar = Accept(TokenKind.Star);
            if (star is not null && star != isStar)
                throw Error(Previous, "cannot have both 'except' and 'except*' on the same 'try'");
            star = isStar;
            handlers.Add(ParseExceptHandler(handlerStart, isStar));
        }
        IReadOnlyList<StatementSyntax> orElse = NoStatements, finalBody = NoStatements;
        if (handlers.Count > 0 && AtKeyword("else"))
            orElse = ParseElseBlock();
        if (AtKeyword("finally"))
        {
            int finallyStart = Current.Start;
            Advance();
            finalBody = ParseColonBlock("'finally' statement", finallyStart);
        }
        if (handlers.Count == 0 && finalBody.Count == 0)
            throw Error(Current, "expected 'except' or 'finally' block");
        return star == true
            ? new TryStarSyntax(SpanFrom(start), body, handlers, orElse, finalBody)
            : new TrySyntax(SpanFrom(start), body, handlers, orElse, finalBody);
    }

    // except_block: 'except' expression ['as' NAME ] ':' block | 'except' ':' block
    // except_star_block: 'except' '*' expression ['as' NAME ] ':' block
    private ExceptHandlerSyntax ParseExceptHandler(int start, bool isStar)
    {
        ExpressionSyntax? type = null;
        string? name = null;
        if (!At(TokenKind.Colon) || isStar)
        {
            type = ParseExpression();
            if (At(TokenKind.Comma))
                throw Error(type.Span, "multiple exception types must be parenthesized");
            if (AcceptKeyword("as"))
                name = ExpectName().Text!;
        }
        var body = ParseColonBlock(isStar ? "'except*' statement" : "'except' statement", start);
        return new ExceptHandlerSyntax(SpanFrom(start), type, name, body);
    }

    // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    private StatementSyntax? TryParseMatch()
    {
        int start = Current.Start;
        int save = _position;
        ExpressionSyntax subject;
        try
        {
            Advance();
            subject = ParseStarNamedExpressionsAsTuple(requireTupleForStar: true);
            if (!At(TokenKind.Colon) || PeekToken(1).Kind != TokenKind.Newline)
            {
                _position = save;
                return null;
            }
        }
        catch (ParseException e) when (!e.FromTokenizer)
        {
            _position = save;
            return null;
        }
        Advance();
        Advance();
        if (!At(TokenKind.Indent))
            throw new ParseException(Current.Span, $"expected an indented block after 'match' statement on line {LineOf(start)}", TokenErrorKind.Indentation);
        Advance();
        var cases = new List<MatchCaseSyntax>();
        while (!At(TokenKind.Dedent))
        {
            if (!AtKeyword("case"))
                throw InvalidSyntax();
            cases.Add(ParseCaseBlock());
        }
        Advance();
        return new MatchSyntax(SpanFrom(start), subject, cases);
    }

    // case_block: "case" patterns guard? ':' block
    // guard: 'if' named_expression
    private MatchCaseSyntax ParseCaseBlock()
    {
        int start = Current.Start;
        Advance();
        var pattern = ParsePatterns();
        ExpressionSyntax? guard = null;
        if (AcceptKeyword("if"))
            guard = ParseNamedExpression();
        var body = ParseColonBlock("'case' statement", start);
        return new MatchCaseSyntax(SpanFrom(start), pattern, guard, body);
    }
}
