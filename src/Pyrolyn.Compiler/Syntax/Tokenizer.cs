using System;
using System.Collections.Generic;
using System.Globalization;

namespace Pyrolyn.Compiler.Syntax;

/// <summary>
/// Python 3.11's tokenizer (CPython's Parser/tokenizer.c): INDENT/DEDENT from an indentation
/// stack, NEWLINE only outside brackets, comments and blank lines dropped (no NL/COMMENT tokens).
/// The whole text is tokenized up front; the first error ends the list with an
/// <see cref="TokenKind.Error"/> token, which the parser reports when it reaches it (so an
/// earlier parser error wins, as in CPython).
/// </summary>
public sealed class Tokenizer
{
    /// <summary>CPython's MAXLEVEL: brackets nested deeper fail with "too many nested parentheses".</summary>
    public const int MaxBracketLevel = 200;

    /// <summary>CPython's MAXINDENT.</summary>
    private const int MaxIndentLevel = 100;

    private readonly string _text;
    private readonly int _end;
    private readonly bool _fstringExpression;
    private readonly List<Token> _tokens = new();
    private readonly List<int> _indents = new() { 0 };
    private readonly List<int> _altIndents = new() { 0 };
    private readonly Stack<(char Bracket, int Position)> _brackets = new();
    private int _pos;
    private bool _failed;

    private Tokenizer(string text, int start, int end, bool fstringExpression)
    {
        _text = text;
        _pos = start;
        _end = end;
        _fstringExpression = fstringExpression;
    }

    /// <summary>Tokenizes a whole source text. The list ends with EndOfFile or Error.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokenizer = new Tokenizer(text, 0, text.Length, false);
        if (text.Length > 0 && text[0] == '\uFEFF')
            tokenizer._pos = 1;
        tokenizer.Run();
        return tokenizer._tokens;
    }

    /// <summary>Tokenizes the expression part of an f-string, text[start..end), as if it were
    /// in parentheses (CPython 3.11 parses "(" + expression + ")"): no NEWLINE, no INDENT.</summary>
    internal static IReadOnlyList<Token> TokenizeFStringExpression(string text, int start, int end)
    {
        var tokenizer = new Tokenizer(text, start, end, true);
        tokenizer.Run();
        return tokenizer._tokens;
    }

    private char Peek(int offset = 0) => _pos + offset < _end ? _text[_pos + offset] : '\0';
    private bool AtEnd => _pos >= _end;
    private bool InBrackets => _brackets.Count > 0 || _fstringExpression;

    private void Run()
    {
        bool atLineStart = !_fstringExpression;
        bool lineHasTokens = false;
        while (!_failed)
        {
            if (atLineStart)
            {
                atLineStart = false;
                if (!InBrackets && !HandleIndentation())
                    continue;
            }

            // Whitespace between tokens.
            while (!AtEnd && (Peek() == ' ' || Peek() == '\t' || Peek() == '\f'))
                _pos++;

            if (AtEnd)
            {
                FinishAtEnd(lineHasTokens);
                return;
            }

            char c = Peek();
            if (c == '#')
            {
                while (!AtEnd && Peek() != '\n' && Peek() != '\r')
                    _pos++;
                continue;
            }
            if (c == '\n' || c == '\r')
            {
                int start = _pos;
                _pos += c == '\r' && Peek(1) == '\n' ? 2 : 1;
                if (!InBrackets && lineHasTokens)
                    _tokens.Add(new Token(TokenKind.Newline, start, _pos));
                if (!InBrackets)
                    lineHasTokens = false;
                atLineStart = true;
                continue;
            }
            if (c == '\\')
            {
                int start = _pos;
                _pos++;
                if (Peek() == '\r' && Peek(1) == '\n')
                    _pos += 2;
                else if (Peek() == '\n' || Peek() == '\r')
                    _pos++;
                else
                {
                    Fail(start, _pos, "unexpected character after line continuation character");
                    return;
                }
                if (AtEnd)
                {
                    Fail(start, _pos, "unexpected EOF while parsing");
                    return;
                }
                continue;
            }

            lineHasTokens = true;
            ScanToken();
        }
    }

    // Measures the indentation of a new logical line and emits INDENT/DEDENT. Returns false when
    // the line is blank (only whitespace or a comment), which does not change indentation.
    private bool HandleIndentation()
    {
        int col = 0, altCol = 0;
        int start = _pos;
        while (!AtEnd)
        {
            char c = Peek();
            if (c == ' ')
            {
                col++;
                altCol++;
            }
            else if (c == '\t')
            {
                col = (col / 8 + 1) * 8;
                altCol = altCol + 1;
            }
            else if (c == '\f')
            {
                col = altCol = 0;
            }
            else
            {
                break;
            }
            _pos++;
        }

        if (AtEnd || Peek() == '#' || Peek() == '\n' || Peek() == '\r')
        {
            // A blank line. A backslash continuation would be different, but that is rare enough.
            return true;
        }
        if (Peek() == '\\' && (Peek(1) == '\n' || Peek(1) == '\r'))
            return true;

        int top = _indents[_indents.Count - 1];
        int altTop = _altIndents[_altIndents.Count - 1];
        if (col == top)
        {
            if (altCol != altTop)
                FailTab(start);
        }
        else if (col > top)
        {
            if (_indents.Count >= MaxIndentLevel)
            {
                Fail(start, _pos, "too many levels of indentation", TokenErrorKind.Indentation);
                return true;
            }
            if (altCol <= altTop)
            {
                FailTab(start);
                return true;
            }
            _indents.Add(col);
            _altIndents.Add(altCol);
            _tokens.Add(new Token(TokenKind.Indent, start, _pos));
        }
        else
        {
            while (_indents.Count > 1 && col < _indents[_indents.Count - 1])
            {
                _indents.RemoveAt(_indents.Count - 1);
                _altIndents.RemoveAt(_altIndents.Count - 1);
                _tokens.Add(new Token(TokenKind.Dedent, _pos, _pos));
            }
            if (col != _indents[_indents.Count - 1])
            {
                Fail(_pos, _pos, "unindent does not match any outer indentation level", TokenErrorKind.Indentation);
                return true;
            }
            if (altCol != _altIndents[_altIndents.Count - 1])
                FailTab(start);
        }
        return true;
    }

    private void FailTab(int start) =>
        Fail(start, _pos, "inconsistent use of tabs and spaces in indentation", TokenErrorKind.Indentation);

    private void FinishAtEnd(bool lineHasTokens)
    {
        if (_fstringExpression && _brackets.Count == 0)
        {
            _tokens.Add(new Token(TokenKind.EndOfFile, _pos, _pos));
            return;
        }
        if (_brackets.Count > 0)
        {
            var (bracket, position) = _brackets.Peek();
            Fail(position, position + 1, $"'{bracket}' was never closed", TokenErrorKind.UnclosedBracket);
            return;
        }
        if (lineHasTokens)
            _tokens.Add(new Token(TokenKind.Newline, _pos, _pos));
        for (int i = 1; i < _indents.Count; i++)
            _tokens.Add(new Token(TokenKind.Dedent, _pos, _pos));
        _tokens.Add(new Token(TokenKind.EndOfFile, _pos, _pos));
    }

    private void Fail(int start, int end, string message, TokenErrorKind kind = TokenErrorKind.Syntax)
    {
        _tokens.Add(new Token(TokenKind.Error, start, end, message, kind));
        _failed = true;
    }

    private int LineOf(int position)
    {
        int line = 1;
        for (int i = 0; i < position && i < _text.Length; i++)
        {
            if (_text[i] == '\n' || (_text[i] == '\r' && (i + 1 >= _text.Length || _text[i + 1] != '\n')))
                line++;
        }
        return line;
    }

    private void ScanToken()
    {
        int start = _pos;
        char c = Peek();

        if (IsIdentifierStartAt(_pos, out int width))
        {
            _pos += width;
            while (!AtEnd && IsIdentifierPartAt(_pos, out width))
                _pos += width;
            string name = _text.Substring(start, _pos - start);
            if ((Peek() == '\'' || Peek() == '"') && IsStringPrefix(name))
            {
                ScanString(start);
                return;
            }
            // Identifiers are NFKC-normalized (PEP 3131), so 'ｗｉｄｔｈ' is 'width'.
            if (!IsAscii(name))
                name = name.Normalize(System.Text.NormalizationForm.FormKC);
            _tokens.Add(new Token(TokenKind.Name, start, _pos, name));
            return;
        }

        if (c >= '0' && c <= '9' || (c == '.' && Peek(1) >= '0' && Peek(1) <= '9'))
        {
            ScanNumber(start);
            return;
        }

        if (c == '\'' || c == '"')
        {
            ScanString(start);
            return;
        }

        var kind = ScanOperator(c);
        if (kind is null)
        {
            int cp = char.IsHighSurrogate(c) && _pos + 1 < _end ? char.ConvertToUtf32(c, _text[_pos + 1]) : c;
            string display = char.ConvertFromUtf32(cp);
            if (c < 0x80 && c > ' ')
                Fail(start, start + 1, "invalid syntax");
            else if (IsPrintable(cp))
                Fail(start, start + 1, $"invalid character '{display}' (U+{cp:X4})");
            else
                Fail(start, start + 1, $"invalid non-printable character U+{cp:X4}");
            return;
        }

        switch (kind.Value)
        {
            case TokenKind.LeftParen:
            case TokenKind.LeftBracket:
            case TokenKind.LeftBrace:
                if (_brackets.Count >= MaxBracketLevel)
                {
                    Fail(start, _pos, "too many nested parentheses", TokenErrorKind.NestingTooDeep);
                    return;
                }
                _brackets.Push((c, start));
                break;
            case TokenKind.RightParen:
            case TokenKind.RightBracket:
            case TokenKind.RightBrace:
                if (_brackets.Count == 0)
                {
                    Fail(start, _pos, $"unmatched '{c}'");
                    return;
                }
                var (open, openPos) = _brackets.Pop();
                char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (expected != c)
                {
                    int openLine = LineOf(openPos), closeLine = LineOf(start);
                    Fail(start, _pos, openLine != closeLine
                        ? $"closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {openLine}"
                        : $"closing parenthesis '{c}' does not match opening parenthesis '{open}'");
                    return;
                }
                break;
        }
        _tokens.Add(new Token(kind.Value, start, _pos));
    }

    private TokenKind? ScanOperator(char c)
    {
        char n = Peek(1), n2 = Peek(2);
        TokenKind? Take(int length, TokenKind kind)
        {
            _pos += length;
            return kind;
        }
        switch (c)
        {
            case '(': return Take(1, TokenKind.LeftParen);
            case ')': return Take(1, TokenKind.RightParen);
            case '[': return Take(1, TokenKind.LeftBracket);
            case ']': return Take(1, TokenKind.RightBracket);
            case '{': return Take(1, TokenKind.LeftBrace);
            case '}': return Take(1, TokenKind.RightBrace);
            case ',': return Take(1, TokenKind.Comma);
            case ';': return Take(1, TokenKind.Semicolon);
            case '~': return Take(1, TokenKind.Tilde);
            case ':': return n == '=' ? Take(2, TokenKind.ColonEqual) : Take(1, TokenKind.Colon);
            case '+': return n == '=' ? Take(2, TokenKind.PlusEqual) : Take(1, TokenKind.Plus);
            case '-':
                return n == '=' ? Take(2, TokenKind.MinusEqual) : n == '>' ? Take(2, TokenKind.RightArrow) : Take(1, TokenKind.Minus);
            case '*':
                if (n == '*')
                    return n2 == '=' ? Take(3, TokenKind.DoubleStarEqual) : Take(2, TokenKind.DoubleStar);
                return n == '=' ? Take(2, TokenKind.StarEqual) : Take(1, TokenKind.Star);
            case '/':
                if (n == '/')
                    return n2 == '=' ? Take(3, TokenKind.DoubleSlashEqual) : Take(2, TokenKind.DoubleSlash);
                return n == '=' ? Take(2, TokenKind.SlashEqual) : Take(1, TokenKind.Slash);
            case '|': return n == '=' ? Take(2, TokenKind.VerticalBarEqual) : Take(1, TokenKind.VerticalBar);
            case '&': return n == '=' ? Take(2, TokenKind.AmpersandEqual) : Take(1, TokenKind.Ampersand);
            case '^': return n == '=' ? Take(2, TokenKind.CircumflexEqual) : Take(1, TokenKind.Circumflex);
            case '%': return n == '=' ? Take(2, TokenKind.PercentEqual) : Take(1, TokenKind.Percent);
            case '@': return n == '=' ? Take(2, TokenKind.AtEqual) : Take(1, TokenKind.At);
            case '=': return n == '=' ? Take(2, TokenKind.EqualEqual) : Take(1, TokenKind.Equal);
            case '!': return n == '=' ? Take(2, TokenKind.NotEqual) : null;
            case '<':
                if (n == '<')
                    return n2 == '=' ? Take(3, TokenKind.LeftShiftEqual) : Take(2, TokenKind.LeftShift);
                return n == '=' ? Take(2, TokenKind.LessEqual) : Take(1, TokenKind.Less);
            case '>':
                if (n == '>')
                    return n2 == '=' ? Take(3, TokenKind.RightShiftEqual) : Take(2, TokenKind.RightShift);
                return n == '=' ? Take(2, TokenKind.GreaterEqual) : Take(1, TokenKind.Greater);
            case '.':
                return n == '.' && n2 == '.' ? Take(3, TokenKind.Ellipsis) : Take(1, TokenKind.Dot);
            default:
                return null;
        }
    }

    private static bool IsAscii(string text)
    {
        foreach (char c in text)
        {
            if (c >= 0x80)
                return false;
        }
        return true;
    }

    private static bool IsStringPrefix(string name)
    {
        if (name.Length > 2)
            return false;
        switch (name.ToLowerInvariant())
        {
            case "r": case "u": case "b": case "f":
            case "br": case "rb": case "fr": case "rf":
                return true;
            default:
                return false;
        }
    }

    // string: prefix? (''' ... ''' | """ ... """ | ' ... ' | " ... "); escapes are decoded later.
    private void ScanString(int start)
    {
        char quote = Peek();
        bool triple = Peek(1) == quote && Peek(2) == quote;
        int quoteStart = _pos;
        _pos += triple ? 3 : 1;
        while (true)
        {
            if (AtEnd)
            {
                if (triple)
                    Fail(quoteStart, quoteStart, $"unterminated triple-quoted string literal (detected at line {LineOf(_end > 0 && (_text[_end - 1] == '\n' || _text[_end - 1] == '\r') ? _end - 1 : _end)})");
                else
                    Fail(start, start, $"unterminated string literal (detected at line {LineOf(start)})");
                return;
            }
            char c = Peek();
            if (c == '\\')
            {
                _pos++;
                if (AtEnd)
                    continue;
                if (Peek() == '\r' && Peek(1) == '\n')
                    _pos += 2;
                else
                    _pos++;
                continue;
            }
            if (!triple && (c == '\n' || c == '\r'))
            {
                Fail(start, start, $"unterminated string literal (detected at line {LineOf(start)})");
                return;
            }
            if (c == quote)
            {
                if (!triple)
                {
                    _pos++;
                    break;
                }
                if (Peek(1) == quote && Peek(2) == quote)
                {
                    _pos += 3;
                    break;
                }
            }
            _pos++;
        }
        _tokens.Add(new Token(TokenKind.String, start, _pos, _text.Substring(start, _pos - start)));
    }

    // NUMBER: integers (decimal, 0x, 0o, 0b), floats, exponents, imaginary; '_' between digits.
    private void ScanNumber(int start)
    {
        char c = Peek();
        if (c == '0' && (Peek(1) == 'x' || Peek(1) == 'X' || Peek(1) == 'o' || Peek(1) == 'O' || Peek(1) == 'b' || Peek(1) == 'B'))
        {
            char radix = char.ToLowerInvariant(Peek(1));
            _pos += 2;
            Func<char, bool> isDigit = radix == 'x' ? IsHexDigit : radix == 'o' ? (ch => ch >= '0' && ch <= '7') : (ch => ch == '0' || ch == '1');
            string kindName = radix == 'x' ? "hexadecimal" : radix == 'o' ? "octal" : "binary";
            if (!ScanDigits(isDigit, requireFirst: true, allowLeadingUnderscore: true))
            {
                if (!_failed)
                    Fail(start, _pos, $"invalid {kindName} literal");
                return;
            }
            if (char.IsDigit(Peek()) && radix != 'x')
            {
                Fail(start, _pos + 1, $"invalid digit '{Peek()}' in {kindName} literal");
                return;
            }
            FinishNumber(start, kindName);
            return;
        }

        bool isFloat = false;
        if (c != '.')
        {
            if (!ScanDigits(ch => ch >= '0' && ch <= '9', requireFirst: true, allowLeadingUnderscore: false))
                return;
        }
        if (Peek() == '.')
        {
            isFloat = true;
            _pos++;
            if (Peek() >= '0' && Peek() <= '9' && !ScanDigits(ch => ch >= '0' && ch <= '9', requireFirst: true, allowLeadingUnderscore: false))
                return;
        }
        if (Peek() == 'e' || Peek() == 'E')
        {
            int save = _pos;
            _pos++;
            if (Peek() == '+' || Peek() == '-')
                _pos++;
            if (!(Peek() >= '0' && Peek() <= '9'))
            {
                _pos = save;
                Fail(start, _pos + 1, "invalid decimal literal");
                return;
            }
            if (!ScanDigits(ch => ch >= '0' && ch <= '9', requireFirst: true, allowLeadingUnderscore: false))
                return;
            isFloat = true;
        }
        if (Peek() == 'j' || Peek() == 'J')
        {
            _pos++;
            isFloat = true;
        }
        if (!isFloat)
        {
            // Decimal integers may not have leading zeros ("0" and "00" are fine).
            string digits = _text.Substring(start, _pos - start).Replace("_", "");
            if (digits.Length > 1 && digits[0] == '0' && digits.TrimStart('0').Length > 0)
            {
                Fail(start, _pos, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
                return;
            }
        }
        FinishNumber(start, "decimal");
    }

    private void FinishNumber(int start, string kindName)
    {
        // CPython 3.11 allows a keyword to follow a number directly ("1if x else y").
        if (IsIdentifierStartAt(_pos, out _))
        {
            bool keyword = false;
            foreach (var kw in new[] { "and", "else", "for", "if", "in", "is", "not", "or" })
            {
                if (string.CompareOrdinal(_text, _pos, kw, 0, kw.Length) == 0)
                {
                    keyword = true;
                    break;
                }
            }
            if (!keyword)
            {
                Fail(start, _pos + 1, $"invalid {kindName} literal");
                return;
            }
        }
        _tokens.Add(new Token(TokenKind.Number, start, _pos, _text.Substring(start, _pos - start)));
    }

    // digit (['_'] digit)*
    private bool ScanDigits(Func<char, bool> isDigit, bool requireFirst, bool allowLeadingUnderscore)
    {
        int start = _pos;
        if (allowLeadingUnderscore && Peek() == '_')
            _pos++;
        if (!isDigit(Peek()))
        {
            if (requireFirst)
                return false;
            return true;
        }
        while (true)
        {
            while (isDigit(Peek()))
                _pos++;
            if (Peek() == '_')
            {
                if (!isDigit(Peek(1)))
                {
                    Fail(start, _pos + 1, "invalid decimal literal");
                    return false;
                }
                _pos++;
                continue;
            }
            return true;
        }
    }

    private static bool IsHexDigit(char c) => c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';

    private bool IsIdentifierStartAt(int position, out int width)
    {
        width = 1;
        if (position >= _end)
            return false;
        char c = _text[position];
        if (c < 0x80)
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
        int cp = CodePointAt(position, out width);
        return IsXidStart(cp);
    }

    private bool IsIdentifierPartAt(int position, out int width)
    {
        width = 1;
        if (position >= _end)
            return false;
        char c = _text[position];
        if (c < 0x80)
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9';
        int cp = CodePointAt(position, out width);
        return IsXidStart(cp) || IsXidContinueOnly(cp);
    }

    private int CodePointAt(int position, out int width)
    {
        char c = _text[position];
        if (char.IsHighSurrogate(c) && position + 1 < _end && char.IsLowSurrogate(_text[position + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, _text[position + 1]);
        }
        width = 1;
        return c;
    }

    private static UnicodeCategory CategoryOf(int cp) =>
        cp <= 0xFFFF ? CharUnicodeInfo.GetUnicodeCategory((char)cp) : CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(cp), 0);

    private static bool IsXidStart(int cp)
    {
        switch (CategoryOf(cp))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return true;
            default:
                // Other_ID_Start.
                return cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C || cp == 0x1885 || cp == 0x1886;
        }
    }

    private static bool IsXidContinueOnly(int cp)
    {
        switch (CategoryOf(cp))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
            default:
                // Other_ID_Continue.
                return cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
        }
    }

    /// <summary>Python's str.isprintable for one code point.</summary>
    internal static bool IsPrintable(int cp)
    {
        if (cp == ' ')
            return true;
        switch (CategoryOf(cp))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }
}
