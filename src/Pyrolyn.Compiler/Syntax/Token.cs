using Pyrolyn.Compiler.Text;

namespace Pyrolyn.Compiler.Syntax;

/// <summary>One token: its kind, its UTF-16 range and, for names, numbers, strings and errors,
/// its text (an error token's text is the error message).</summary>
public readonly struct Token
{
    public Token(TokenKind kind, int start, int end, string? text = null, TokenErrorKind errorKind = TokenErrorKind.None)
    {
        Kind = kind;
        Start = start;
        End = end;
        Text = text;
        ErrorKind = errorKind;
    }

    public TokenKind Kind { get; }
    public int Start { get; }
    public int End { get; }
    public string? Text { get; }
    public TokenErrorKind ErrorKind { get; }
    public TextSpan Span => TextSpan.FromBounds(Start, End);

    public override string ToString() => Text is null ? Kind.ToString() : $"{Kind} '{Text}'";
}

/// <summary>Why the tokenizer stopped; decides which diagnostic the parser reports.</summary>
public enum TokenErrorKind
{
    None,
    Syntax,
    Indentation,
    NestingTooDeep,
    /// <summary>End of file inside brackets: CPython reports it only if nothing earlier failed.</summary>
    UnclosedBracket,
}
