using System;
using System.Collections.Generic;
using System.Text;
using Pyrolyn.Compiler.Text;

namespace Pyrolyn.Compiler.Syntax;

public sealed partial class Parser
{
    // strings: STRING+
    // Adjacent literals are concatenated; any f-string makes the result a JoinedStr (3.11 rules:
    // neighbouring constant parts merge, empty ones vanish, kind 'u' comes from the first token).
    private ExpressionSyntax ParseStrings()
    {
        int start = Current.Start;
        string? kind = Current.Text![0] == 'u' ? "u" : null;
        bool? isBytes = null;
        bool anyFString = false;
        var literals = new List<StringLiteral>();
        while (At(TokenKind.String))
        {
            var token = Advance();
            var literal = StringLiteral.Split(token);
            if (isBytes is not null && isBytes != literal.IsBytes)
                throw Error(SpanFrom(start), "cannot mix bytes and nonbytes literals");
            isBytes = literal.IsBytes;
            anyFString |= literal.IsFString;
            literals.Add(literal);
        }
        var span = SpanFrom(start);

        if (isBytes == true)
        {
            var bytes = new List<byte>();
            foreach (var literal in literals)
                DecodeBytes(literal, bytes);
            return new ConstantSyntax(span, bytes.ToArray(), null);
        }

        if (!anyFString)
        {
            var builder = new StringBuilder();
            foreach (var literal in literals)
                DecodeString(literal.BodyStart, literal.BodyEnd, literal.IsRaw, builder);
            return new ConstantSyntax(span, builder.ToString(), kind);
        }

        var parts = new FStringParts(kind);
        foreach (var literal in literals)
        {
            if (literal.IsFString)
            {
                int end = ParseFStringBody(literal.BodyStart, literal.BodyEnd, literal.IsRaw, 0, parts);
                if (end != literal.BodyEnd)
                    throw Error(new TextSpan(end, 1), "f-string: single '}' is not allowed");
            }
            else
            {
                DecodeString(literal.BodyStart, literal.BodyEnd, literal.IsRaw, parts.Pending(literal.BodyStart));
            }
        }
        return new JoinedStrSyntax(span, parts.Finish());
    }

    /// <summary>The values of a JoinedStr under construction: literal text accumulates until an
    /// expression part flushes it as one Constant.</summary>
    private sealed class FStringParts
    {
        private readonly string? _kind;
        private readonly StringBuilder _pending = new();
        private int _pendingStart = -1;

        public FStringParts(string? kind) => _kind = kind;

        public List<ExpressionSyntax> Values { get; } = new();

        public StringBuilder Pending(int position)
        {
            if (_pendingStart < 0)
                _pendingStart = position;
            return _pending;
        }

        public void Add(FormattedValueSyntax value)
        {
            Flush(value.Span.Start);
            Values.Add(value);
        }

        private void Flush(int end)
        {
            if (_pending.Length > 0)
                Values.Add(new ConstantSyntax(TextSpan.FromBounds(_pendingStart, Math.Max(_pendingStart, end)), _pending.ToString(), _kind));
            _pending.Clear();
            _pendingStart = -1;
        }

        public List<ExpressionSyntax> Finish()
        {
            Flush(_pendingStart < 0 ? 0 : _pendingStart);
            return Values;
        }
    }

    // The 3.11 f-string scanner (Parser/string_parser.c: fstring_find_literal and
    // fstring_find_expr). Parses literal text and {expressions} from `position` and returns where
    // it stopped: `end`, or a '}' that closes a format spec (recurseLevel > 0).
    private int ParseFStringBody(int position, int end, bool raw, int recurseLevel, FStringParts parts)
    {
        while (position < end)
        {
            // Literal text up to '{' or '}'.
            int literalStart = position;
            while (position < end)
            {
                char ch = _text[position];
                if (!raw && ch == '\\' && position + 1 < end)
                {
                    position++;
                    ch = _text[position];
                    if (ch == 'N')
                    {
                        position++;
                        if (position < end && _text[position++] == '{')
                        {
                            while (position < end && _text[position++] != '}')
                            {
                            }
                        }
                        continue;
                    }
                    if (ch != '{' && ch != '}')
                    {
                        position++;
                        continue;
                    }
                }
                if (ch == '{' || ch == '}')
                {
                    if (recurseLevel == 0 && position + 1 < end && _text[position + 1] == ch)
                    {
                        // A doubled brace is one literal brace.
                        DecodeString(literalStart, position + 1, raw, parts.Pending(literalStart));
                        position += 2;
                        literalStart = position;
                        continue;
                    }
                    if (ch == '}' && recurseLevel == 0)
                        throw Error(new TextSpan(position, 1), "f-string: single '}' is not allowed");
                    break;
                }
                position++;
            }
            if (position > literalStart)
                DecodeString(literalStart, position, raw, parts.Pending(literalStart));
            if (position >= end)
                return position;
            if (_text[position] == '}')
                return position;
            position = ParseFStringExpression(position, end, raw, recurseLevel, parts);
        }
        return position;
    }

    // '{' expression ['='] ['!' conversion] [':' format_spec] '}'
    private int ParseFStringExpression(int position, int end, bool raw, int recurseLevel, FStringParts parts)
    {
        int braceStart = position;
        position++;
        if (recurseLevel >= 2)
            throw Error(new TextSpan(braceStart, 1), "f-string: expressions nested too deeply");
        int expressionStart = position;
        int nested = 0;
        char quote = '\0';
        bool tripleQuoted = false;
        var brackets = new Stack<char>();
        for (; position < end; position++)
        {
            char ch = _text[position];
            if (ch == '\\')
                throw Error(new TextSpan(position, 1), "f-string expression part cannot include a backslash");
            if (quote != '\0')
            {
                if (ch == quote)
                {
                    if (tripleQuoted)
                    {
                        if (position + 2 < end && _text[position + 1] == ch && _text[position + 2] == ch)
                        {
                            position += 2;
                            quote = '\0';
                        }
                    }
                    else
                    {
                        quote = '\0';
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"')
            {
                if (position + 2 < end && _text[position + 1] == ch && _text[position + 2] == ch)
                {
                    tripleQuoted = true;
                    position += 2;
                }
                else
                {
                    tripleQuoted = false;
                }
                quote = ch;
                continue;
            }
            if (ch == '{' || ch == '[' || ch == '(')
            {
                if (nested >= Tokenizer.MaxBracketLevel)
                    throw Error(new TextSpan(position, 1), "f-string: too many nested parenthesis");
                brackets.Push(ch);
                nested++;
            }
            else if (ch == '#')
            {
                throw Error(new TextSpan(position, 1), "f-string expression part cannot include '#'");
            }
            else if (nested == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<'))
            {
                if (position + 1 < end)
                {
                    char next = _text[position + 1];
                    if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>'))
                    {
                        position++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<')
                    continue;
                break;
            }
            else if (ch == ']' || ch == '}' || ch == ')')
            {
                if (nested == 0)
                    throw Error(new TextSpan(position, 1), $"f-string: unmatched '{ch}'");
                nested--;
                char open = brackets.Pop();
                if (!(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}'))
                    throw Error(new TextSpan(position, 1), $"f-string: closing parenthesis '{ch}' does not match opening parenthesis '{open}'");
            }
        }
        if (quote != '\0')
            throw Error(new TextSpan(braceStart, 1), "f-string: unterminated string");
        if (nested > 0)
            throw Error(new TextSpan(braceStart, 1), $"f-string: unmatched '{brackets.Peek()}'");
        if (position >= end)
            throw Error(new TextSpan(braceStart, 1), "f-string: expecting '}'");
        int expressionEnd = position;
        if (string.IsNullOrWhiteSpace(_text.Substring(expressionStart, expressionEnd - expressionStart)))
            throw Error(new TextSpan(braceStart, 1), "f-string: empty expression not allowed");

        var expression = ParseFStringExpressionText(expressionStart, expressionEnd);

        bool debug = false;
        if (_text[position] == '=')
        {
            debug = true;
            position++;
            while (position < end && char.IsWhiteSpace(_text[position]))
                position++;
            if (position >= end)
                throw Error(new TextSpan(braceStart, 1), "f-string: expecting '}'");
            parts.Pending(expressionStart).Append(_text, expressionStart, position - expressionStart);
        }

        int conversion = -1;
        if (_text[position] == '!')
        {
            position++;
            if (position >= end)
                throw Error(new TextSpan(braceStart, 1), "f-string: expecting '}'");
            char c = _text[position++];
            if (c != 's' && c != 'r' && c != 'a')
                throw Error(new TextSpan(position - 1, 1), $"f-string: invalid conversion character: expected 's', 'r', or 'a'");
            conversion = c;
        }

        ExpressionSyntax? formatSpec = null;
        if (position >= end)
            throw Error(new TextSpan(braceStart, 1), "f-string: expecting '}'");
        if (_text[position] == ':')
        {
            int specStart = position + 1;
            var specParts = new FStringParts(null);
            position = ParseFStringBody(specStart, end, raw, recurseLevel + 1, specParts);
            formatSpec = new JoinedStrSyntax(TextSpan.FromBounds(specStart, position), specParts.Finish());
        }
        if (position >= end || _text[position] != '}')
            throw Error(new TextSpan(braceStart, 1), "f-string: expecting '}'");
        position++;

        if (debug && conversion == -1 && formatSpec is null)
            conversion = 'r';
        parts.Add(new FormattedValueSyntax(TextSpan.FromBounds(braceStart, position), expression, conversion, formatSpec));
        return position;
    }

    // fstring: star_expressions — CPython 3.11 compiles "(" + text + ")".
    private ExpressionSyntax ParseFStringExpressionText(int start, int end)
    {
        var tokens = Tokenizer.TokenizeFStringExpression(_text, start, end);
        var parser = new Parser(_source, tokens, _depth, _cancellationToken);
        var expression = parser.AtKeyword("yield") ? parser.ParseYieldExpression() : parser.ParseStarExpressions();
        if (!parser.At(TokenKind.EndOfFile))
        {
            if (parser.At(TokenKind.Error))
                throw ParseException.FromToken(parser.Current);
            throw parser.InvalidSyntax();
        }
        return expression;
    }

    // Decodes str escapes (or copies raw text) of _text[start..end) into the builder.
    private void DecodeString(int start, int end, bool raw, StringBuilder builder)
    {
        if (raw)
        {
            builder.Append(_text, start, end - start);
            return;
        }
        int i = start;
        while (i < end)
        {
            char c = _text[i];
            if (c != '\\')
            {
                // The tokenizer keeps \r\n inside triple-quoted strings; CPython reads the file
                // with universal newlines.
                if (c == '\r')
                {
                    builder.Append('\n');
                    i += i + 1 < end && _text[i + 1] == '\n' ? 2 : 1;
                    continue;
                }
                builder.Append(c);
                i++;
                continue;
            }
            if (i + 1 >= end)
            {
                builder.Append('\\');
                i++;
                continue;
            }
            char e = _text[i + 1];
            int escapeStart = i;
            i += 2;
            switch (e)
            {
                case '\n': break;
                case '\r':
                    if (i < end && _text[i] == '\n')
                        i++;
                    break;
                case '\\': builder.Append('\\'); break;
                case '\'': builder.Append('\''); break;
                case '"': builder.Append('"'); break;
                case 'a': builder.Append('\a'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'v': builder.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < end && _text[i] >= '0' && _text[i] <= '7'; k++)
                        value = value * 8 + (_text[i++] - '0');
                    builder.Append((char)value);
                    break;
                }
                case 'x':
                    builder.Append((char)ReadHex(ref i, end, 2, escapeStart, "truncated \\xXX escape"));
                    break;
                case 'u':
                    builder.Append((char)ReadHex(ref i, end, 4, escapeStart, "truncated \\uXXXX escape"));
                    break;
                case 'U':
                {
                    int value = ReadHex(ref i, end, 8, escapeStart, "truncated \\UXXXXXXXX escape");
                    if (value > 0x10FFFF)
                        throw UnicodeError(escapeStart, i, "illegal Unicode character");
                    AppendCodePoint(builder, value);
                    break;
                }
                case 'N':
                {
                    if (i >= end || _text[i] != '{')
                        throw UnicodeError(escapeStart, i, "malformed \\N character escape");
                    int close = _text.IndexOf('}', i);
                    if (close < 0 || close >= end)
                        throw UnicodeError(escapeStart, end, "malformed \\N character escape");
                    string name = _text.Substring(i + 1, close - i - 1);
                    if (name.Length == 0 || !UnicodeNames.TryLookup(name, out int codePoint))
                        throw UnicodeError(escapeStart, close + 1, "unknown Unicode character name");
                    AppendCodePoint(builder, codePoint);
                    i = close + 1;
                    break;
                }
                default:
                    // Unknown escapes keep their backslash (a DeprecationWarning in CPython).
                    builder.Append('\\');
                    i--;
                    break;
            }
        }
    }

    private static void AppendCodePoint(StringBuilder builder, int codePoint)
    {
        if (codePoint < 0x10000)
            builder.Append((char)codePoint);
        else
            builder.Append(char.ConvertFromUtf32(codePoint));
    }

    private int ReadHex(ref int i, int end, int digits, int escapeStart, string message)
    {
        int value = 0;
        for (int k = 0; k < digits; k++)
        {
            if (i >= end || !IsHex(_text[i]))
                throw UnicodeError(escapeStart, i, message);
            value = value * 16 + HexValue(_text[i++]);
        }
        return value;
    }

    private ParseException UnicodeError(int start, int end, string message)
    {
        var literal = Previous;
        int bodyStart = start;
        return Error(literal.Span, $"(unicode error) 'unicodeescape' codec can't decode bytes in position {start - bodyStart}-{end - bodyStart - 1}: {message}");
    }

    private static bool IsHex(char c) => c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    // bytes: ASCII only; \xhh and octal escapes give bytes; \u, \U and \N are not escapes.
    private void DecodeBytes(StringLiteral literal, List<byte> bytes)
    {
        int i = literal.BodyStart, end = literal.BodyEnd;
        while (i < end)
        {
            char c = _text[i];
            if (c >= 0x80)
                throw Error(literal.Token.Span, "bytes can only contain ASCII literal characters");
            if (c != '\\' || literal.IsRaw)
            {
                if (c == '\r')
                {
                    bytes.Add((byte)'\n');
                    i += i + 1 < end && _text[i + 1] == '\n' ? 2 : 1;
                    continue;
                }
                if (c == '\\' && i + 1 < end)
                {
                    // A raw backslash still protects the next character from ending the literal.
                    bytes.Add((byte)'\\');
                    i++;
                    c = _text[i];
                    if (c >= 0x80)
                        throw Error(literal.Token.Span, "bytes can only contain ASCII literal characters");
                }
                bytes.Add((byte)c);
                i++;
                continue;
            }
            if (i + 1 >= end)
            {
                bytes.Add((byte)'\\');
                i++;
                continue;
            }
            char e = _text[i + 1];
            i += 2;
            switch (e)
            {
                case '\n': break;
                case '\r':
                    if (i < end && _text[i] == '\n')
                        i++;
                    break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '\'': bytes.Add((byte)'\''); break;
                case '"': bytes.Add((byte)'"'); break;
                case 'a': bytes.Add(7); break;
                case 'b': bytes.Add(8); break;
                case 'f': bytes.Add(12); break;
                case 'n': bytes.Add(10); break;
                case 'r': bytes.Add(13); break;
                case 't': bytes.Add(9); break;
                case 'v': bytes.Add(11); break;
                case >= '0' and <= '7':
                {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < end && _text[i] >= '0' && _text[i] <= '7'; k++)
                        value = value * 8 + (_text[i++] - '0');
                    bytes.Add((byte)value);
                    break;
                }
                case 'x':
                {
                    if (i + 1 >= end || !IsHex(_text[i]) || !IsHex(_text[i + 1]))
                        throw Error(literal.Token.Span, $"(value error) invalid \\x escape at position {i - 2 - literal.BodyStart}");
                    bytes.Add((byte)(HexValue(_text[i]) * 16 + HexValue(_text[i + 1])));
                    i += 2;
                    break;
                }
                default:
                    if (e >= 0x80)
                        throw Error(literal.Token.Span, "bytes can only contain ASCII literal characters");
                    bytes.Add((byte)'\\');
                    i--;
                    break;
            }
        }
    }

    /// <summary>A STRING token split into prefix flags and the body between its quotes.</summary>
    private readonly struct StringLiteral
    {
        private StringLiteral(Token token, bool isRaw, bool isBytes, bool isFString, int bodyStart, int bodyEnd)
        {
            Token = token;
            IsRaw = isRaw;
            IsBytes = isBytes;
            IsFString = isFString;
            BodyStart = bodyStart;
            BodyEnd = bodyEnd;
        }

        public Token Token { get; }
        public bool IsRaw { get; }
        public bool IsBytes { get; }
        public bool IsFString { get; }
        public int BodyStart { get; }
        public int BodyEnd { get; }

        public static StringLiteral Split(Token token)
        {
            string text = token.Text!;
            int prefix = 0;
            bool raw = false, bytes = false, fstring = false;
            while (text[prefix] != '\'' && text[prefix] != '"')
            {
                switch (text[prefix])
                {
                    case 'r': case 'R': raw = true; break;
                    case 'b': case 'B': bytes = true; break;
                    case 'f': case 'F': fstring = true; break;
                }
                prefix++;
            }
            char quote = text[prefix];
            int quoteLength = text.Length - prefix >= 6 && text[prefix + 1] == quote && text[prefix + 2] == quote ? 3 : 1;
            return new StringLiteral(token, raw, bytes, fstring, token.Start + prefix + quoteLength, token.End - quoteLength);
        }
    }
}
