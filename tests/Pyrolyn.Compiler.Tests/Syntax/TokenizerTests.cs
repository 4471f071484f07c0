using System.Linq;
using Pyrolyn.Compiler.Syntax;
using Xunit;

namespace Pyrolyn.Compiler.Tests.Syntax;

public sealed class TokenizerTests
{
    private static TokenKind[] Kinds(string source) => Tokenizer.Tokenize(source).Select(t => t.Kind).ToArray();

    [Fact]
    public void Tokenizer_IndentedBlock_EmitsIndentAndDedent()
    {
        Assert.Equal(
            new[]
            {
                TokenKind.Name, TokenKind.Name, TokenKind.Colon, TokenKind.Newline,
                TokenKind.Indent, TokenKind.Name, TokenKind.Newline,
                TokenKind.Dedent, TokenKind.Name, TokenKind.Newline, TokenKind.EndOfFile,
            },
            Kinds("if x:\n    pass\n\n   # comment\ny\n"));
    }

    [Fact]
    public void Tokenizer_NestedBlocksAtEndOfFile_EmitPendingDedents()
    {
        var kinds = Kinds("if a:\n  if b:\n    c");
        Assert.Equal(new[] { TokenKind.Newline, TokenKind.Dedent, TokenKind.Dedent, TokenKind.EndOfFile }, kinds.Skip(kinds.Length - 4));
    }

    [Fact]
    public void Tokenizer_NewlinesInsideBrackets_AreNotLogicalLineEnds()
    {
        Assert.Equal(
            new[] { TokenKind.Name, TokenKind.Equal, TokenKind.LeftParen, TokenKind.Number, TokenKind.Comma, TokenKind.Number, TokenKind.RightParen, TokenKind.Newline, TokenKind.EndOfFile },
            Kinds("x = (1,\n        2)\n"));
    }

    [Fact]
    public void Tokenizer_BackslashContinuation_JoinsLines()
    {
        Assert.Equal(
            new[] { TokenKind.Name, TokenKind.Equal, TokenKind.Number, TokenKind.Plus, TokenKind.Number, TokenKind.Newline, TokenKind.EndOfFile },
            Kinds("x = 1 + \\\n  2\n"));
    }

    [Theory]
    [InlineData("**=", TokenKind.DoubleStarEqual)]
    [InlineData("//=", TokenKind.DoubleSlashEqual)]
    [InlineData(">>=", TokenKind.RightShiftEqual)]
    [InlineData("<<=", TokenKind.LeftShiftEqual)]
    [InlineData("->", TokenKind.RightArrow)]
    [InlineData(":=", TokenKind.ColonEqual)]
    [InlineData("...", TokenKind.Ellipsis)]
    [InlineData("!=", TokenKind.NotEqual)]
    [InlineData("@=", TokenKind.AtEqual)]
    [InlineData("~", TokenKind.Tilde)]
    public void Tokenizer_Operator_IsOneToken(string text, TokenKind kind) =>
        Assert.Equal(kind, Tokenizer.Tokenize(text).First().Kind);

    [Theory]
    [InlineData("0x_1f")]
    [InlineData("0o17")]
    [InlineData("0b1010")]
    [InlineData("1_000_000")]
    [InlineData("3.14")]
    [InlineData(".5")]
    [InlineData("1.")]
    [InlineData("1e-5")]
    [InlineData("1.5E+3j")]
    [InlineData("10J")]
    [InlineData("00")]
    public void Tokenizer_NumberLiteral_IsOneNumberToken(string text)
    {
        var token = Tokenizer.Tokenize(text).First();
        Assert.Equal(TokenKind.Number, token.Kind);
        Assert.Equal(text, token.Text);
    }

    [Theory]
    [InlineData("'a'")]
    [InlineData("\"a\\\"b\"")]
    [InlineData("rb'\\d'")]
    [InlineData("BR'x'")]
    [InlineData("Rf'{x}'")]
    [InlineData("u'''a\nb'''")]
    [InlineData("f\"\"\"{x}\"\"\"")]
    public void Tokenizer_StringLiteral_IsOneStringToken(string text)
    {
        var token = Tokenizer.Tokenize(text).First();
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(text, token.Text);
    }

    [Fact]
    public void Tokenizer_UnicodeIdentifier_IsOneName()
    {
        var token = Tokenizer.Tokenize("größe_λ2 = 1").First();
        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal("größe_λ2", token.Text);
    }

    [Fact]
    public void Tokenizer_TabsAdvanceToNextMultipleOfEight()
    {
        // A tab then 8 spaces is one level deeper (col 16 vs 8), consistently for tab size 1 too.
        Assert.DoesNotContain(TokenKind.Error, Kinds("if x:\n\tif y:\n\t        z\n"));
    }

    [Fact]
    public void Tokenizer_InvalidCharacter_EndsWithErrorToken()
    {
        var last = Tokenizer.Tokenize("x = 1 $ 2").Last();
        Assert.Equal(TokenKind.Error, last.Kind);
        Assert.Equal("invalid syntax", last.Text);
        var euro = Tokenizer.Tokenize("x = €").Last();
        Assert.Equal("invalid character '€' (U+20AC)", euro.Text);
    }
}
