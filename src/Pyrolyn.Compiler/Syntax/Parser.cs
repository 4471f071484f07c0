using System;
using System.Collections.Generic;
using System.Threading;
using Pyrolyn.Compiler.Diagnostics;
using Pyrolyn.Compiler.Text;

namespace Pyrolyn.Compiler.Syntax;

/// <summary>
/// A hand-written recursive-descent parser for the Python 3.11 grammar
/// (https://docs.python.org/3.11/reference/grammar.html) producing CPython's AST. Each parse
/// method carries its grammar rule. The first error ends the parse (CPython reports one error).
/// The partial files split the grammar by area: statements, expressions, targets, patterns,
/// strings and numbers.
/// </summary>
public sealed partial class Parser
{
    /// <summary>Total recursion budget of the parser (brackets are limited to 200 by the tokenizer).</summary>
    internal const int MaxDepth = 1000;

    // The parser runs on its own thread so that MaxDepth nested levels fit comfortably.
    private const int ParserStackSize = 64 * 1024 * 1024;

    private readonly SourceText _source;
    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly CancellationToken _cancellationToken;
    private int _position;
    private int _depth;

    private Parser(SourceText source, IReadOnlyList<Token> tokens, int depth, CancellationToken cancellationToken)
    {
        _source = source;
        _text = source.Text;
        _tokens = tokens;
        _depth = depth;
        _cancellationToken = cancellationToken;
    }

    // file: [statements] ENDMARKER
    public static ModuleSyntax ParseModule(SourceText text, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ModuleSyntax? result = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = ParseModuleCore(text, diagnostics, cancellationToken);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, ParserStackSize);
        thread.Start();
        thread.Join();

        if (failure is OperationCanceledException)
            throw failure;
        if (failure is not null)
            diagnostics.ReportSyntaxError(new TextSpan(0, 0), $"internal parser error: {failure.GetType().Name}: {failure.Message}");
        return result ?? EmptyModule(text);
    }

    private static ModuleSyntax EmptyModule(SourceText text) =>
        new(new TextSpan(0, text.Length), Array.Empty<StatementSyntax>(), Array.Empty<TypeIgnoreSyntax>());

    private static ModuleSyntax ParseModuleCore(SourceText text, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var tokens = Tokenizer.Tokenize(text.Text);
        var parser = new Parser(text, tokens, 0, cancellationToken);
        try
        {
            var body = new List<StatementSyntax>();
            while (parser.Current.Kind != TokenKind.EndOfFile)
            {
                cancellationToken.ThrowIfCancellationRequested();
                parser.ParseStatement(body);
            }
            return new ModuleSyntax(new TextSpan(0, text.Length), body, Array.Empty<TypeIgnoreSyntax>());
        }
        catch (ParseException e)
        {
            ReportError(text, tokens, diagnostics, e);
            return EmptyModule(text);
        }
    }

    // CPython gives tokenizer errors priority: after a parser error it tokenizes the rest of the
    // file and reports a tokenizer error instead (an unclosed bracket only if it opened on an
    // earlier line than the parser error).
    private static void ReportError(SourceText text, IReadOnlyList<Token> tokens, DiagnosticBag diagnostics, ParseException e)
    {
        var last = tokens[tokens.Count - 1];
        if (!e.FromTokenizer && last.Kind == TokenKind.Error && last.ErrorKind != TokenErrorKind.NestingTooDeep)
        {
            bool take = last.ErrorKind != TokenErrorKind.UnclosedBracket
                || text.GetLineIndex(last.Start) < text.GetLineIndex(e.Span.Start);
            if (take)
                e = ParseException.FromToken(last);
        }
        switch (e.Kind)
        {
            case TokenErrorKind.Indentation:
                diagnostics.ReportIndentationError(e.Span, e.Message);
                break;
            case TokenErrorKind.NestingTooDeep:
                diagnostics.ReportNestingTooDeep(e.Span);
                break;
            default:
                diagnostics.ReportSyntaxError(e.Span, e.Message);
                break;
        }
    }

    // ---- token cursor -------------------------------------------------------------------------

    private Token Current => _tokens[_position];

    private Token PeekToken(int offset)
    {
        int index = _position + offset;
        return _tokens[index < _tokens.Count ? index : _tokens.Count - 1];
    }

    private Token Previous => _tokens[_position > 0 ? _position - 1 : 0];

    private Token Advance()
    {
        var token = _tokens[_position];
        if (token.Kind == TokenKind.Error)
            throw ParseException.FromToken(token);
        if (_position < _tokens.Count - 1)
            _position++;
        return token;
    }

    private bool At(TokenKind kind) => Current.Kind == kind;

    private bool AtKeyword(string keyword) => Current.Kind == TokenKind.Name && Current.Text == keyword;

    private bool PeekIsKeyword(int offset, string keyword)
    {
        var token = PeekToken(offset);
        return token.Kind == TokenKind.Name && token.Text == keyword;
    }

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind)
            return false;
        Advance();
        return true;
    }

    private bool AcceptKeyword(string keyword)
    {
        if (!AtKeyword(keyword))
            return false;
        Advance();
        return true;
    }

    private Token Expect(TokenKind kind, string display)
    {
        if (Current.Kind != kind)
            throw Error(Current, $"expected '{display}'");
        return Advance();
    }

    private void ExpectKeyword(string keyword)
    {
        if (!AtKeyword(keyword))
            throw Error(Current, $"expected '{keyword}'");
        Advance();
    }

    /// <summary>NAME that is not a hard keyword.</summary>
    private Token ExpectName()
    {
        if (Current.Kind != TokenKind.Name || Keywords.IsHard(Current.Text!))
            throw InvalidSyntax();
        return Advance();
    }

    private bool AtName => Current.Kind == TokenKind.Name && !Keywords.IsHard(Current.Text!);

    // ---- errors -------------------------------------------------------------------------------

    private ParseException Error(Token token, string message)
    {
        if (token.Kind == TokenKind.Error)
            return ParseException.FromToken(token);
        if (token.Kind == TokenKind.Indent)
            return new ParseException(token.Span, "unexpected indent", TokenErrorKind.Indentation);
        if (token.Kind == TokenKind.Dedent && message == "invalid syntax")
            return new ParseException(token.Span, "unexpected unindent", TokenErrorKind.Indentation);
        return new ParseException(token.Span, message, TokenErrorKind.Syntax);
    }

    private static ParseException Error(TextSpan span, string message) => new(span, message, TokenErrorKind.Syntax);

    private ParseException InvalidSyntax() => Error(Current, "invalid syntax");

    private void Enter()
    {
        if (++_depth > MaxDepth)
            throw new ParseException(Current.Span, "too many nested parentheses", TokenErrorKind.NestingTooDeep);
    }

    private void Leave() => _depth--;

    private TextSpan SpanFrom(int start) => TextSpan.FromBounds(start, Math.Max(start, Previous.End));

    private int LineOf(int position) => _source.GetLineIndex(position) + 1;
}

/// <summary>The parser's first error; caught in <see cref="Parser.ParseModule"/>.</summary>
internal sealed class ParseException : Exception
{
    public ParseException(TextSpan span, string message, TokenErrorKind kind, bool fromTokenizer = false)
        : base(message)
    {
        Span = span;
        Kind = kind;
        FromTokenizer = fromTokenizer;
    }

    public TextSpan Span { get; }
    public TokenErrorKind Kind { get; }
    public bool FromTokenizer { get; }

    public static ParseException FromToken(Token token) =>
        new(token.Span, token.Text ?? "invalid syntax", token.ErrorKind == TokenErrorKind.UnclosedBracket ? TokenErrorKind.Syntax : token.ErrorKind, true);
}
