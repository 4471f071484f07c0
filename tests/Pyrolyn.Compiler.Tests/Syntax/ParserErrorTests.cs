using System.Linq;
using System.Threading;
using Pyrolyn.Compiler.Diagnostics;
using Pyrolyn.Compiler.Syntax;
using Pyrolyn.Compiler.Text;
using Xunit;

namespace Pyrolyn.Compiler.Tests.Syntax;

/// <summary>Syntax errors: CPython 3.11's message and position (line and 1-based column as
/// SyntaxError.lineno/offset report them; column 0 means "not checked").</summary>
public sealed class ParserErrorTests
{
    private static Diagnostic ParseError(string source)
    {
        var text = new SourceText(source, "test.py");
        var diagnostics = new DiagnosticBag(text);
        Parser.ParseModule(text, diagnostics, CancellationToken.None);
        return Assert.Single(diagnostics);
    }

    [Theory]
    [InlineData("if x\n    pass\n", "expected ':'", 1, 5)]
    [InlineData("while True\n    pass\n", "expected ':'", 1, 11)]
    [InlineData("x = 'abc\n", "unterminated string literal (detected at line 1)", 1, 5)]
    [InlineData("s = '''abc\n\n", "unterminated triple-quoted string literal (detected at line 2)", 1, 5)]
    [InlineData("foo(1, 2\n", "'(' was never closed", 1, 4)]
    [InlineData("x = (1,\ny = 2\n", "'(' was never closed", 1, 5)]
    [InlineData("x = [1, 2\n", "'[' was never closed", 1, 5)]
    [InlineData("x = 1)\n", "unmatched ')'", 1, 6)]
    [InlineData("f(**a, *b)\n", "iterable argument unpacking follows keyword argument unpacking", 1, 8)]
    [InlineData("def f(a=1, b): pass\n", "non-default argument follows default argument", 1, 12)]
    [InlineData("x = 1 +\n", "invalid syntax", 1, 8)]
    [InlineData("f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1)]
    [InlineData("for 1 in x: pass\n", "cannot assign to literal", 1, 5)]
    [InlineData("a = $\n", "invalid syntax", 1, 5)]
    [InlineData("x = 0777\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5)]
    [InlineData("del f()\n", "cannot delete function call", 1, 5)]
    [InlineData("(a, b) += 1\n", "'tuple' is an illegal expression for augmented assignment", 1, 1)]
    [InlineData("if x = 1:\n    pass\n", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4)]
    [InlineData("f(a for a in b, c)\n", "Generator expression must be parenthesized", 1, 3)]
    [InlineData("print 'hello'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1)]
    [InlineData("def f(:\n", "invalid syntax", 1, 7)]
    [InlineData("try:\n    pass\nx = 1\n", "expected 'except' or 'finally' block", 3, 1)]
    [InlineData("f'{}'\n", "f-string: empty expression not allowed", 1, 0)]
    [InlineData("f'{x!z}'\n", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 0)]
    [InlineData("b'\u00e9'\n", "bytes can only contain ASCII literal characters", 1, 1)]
    [InlineData("x = [1, 2 3]\n", "invalid syntax. Perhaps you forgot a comma?", 1, 9)]
    public void Parser_SyntaxError_ReportsCPythonMessageAndPosition(string source, string message, int line, int column)
    {
        var error = ParseError(source);
        Assert.Equal(DiagnosticDescriptors.SyntaxError.Id, error.Id);
        Assert.Equal(message, error.Message);
        Assert.Equal(line, error.Start.Line + 1);
        if (column > 0)
            Assert.Equal(column, error.Start.Character + 1);
    }

    [Theory]
    [InlineData("  x = 1\n", "unexpected indent", 1)]
    [InlineData("x = 1\n  y = 2\n", "unexpected indent", 2)]
    [InlineData("if x:\npass\n", "expected an indented block after 'if' statement on line 1", 2)]
    [InlineData("class C:\n    def f(self):\n    return 1\n", "expected an indented block after function definition on line 2", 3)]
    [InlineData("if x:\n    a\n  b\n", "unindent does not match any outer indentation level", 3)]
    [InlineData("if x:\n\tpass\n        pass\n", "inconsistent use of tabs and spaces in indentation", 3)]
    public void Parser_IndentationError_ReportsCPythonMessageAndLine(string source, string message, int line)
    {
        var error = ParseError(source);
        Assert.Equal(DiagnosticDescriptors.IndentationError.Id, error.Id);
        Assert.Equal(message, error.Message);
        Assert.Equal(line, error.Start.Line + 1);
    }

    [Fact]
    public void Parser_TokenizerErrorLaterInFile_WinsOverParserError()
    {
        // CPython tokenizes the rest of the file after a parser error; tokenizer errors win.
        var error = ParseError("x = = 1\ny = 'abc\n");
        Assert.Equal("unterminated string literal (detected at line 2)", error.Message);
    }

    [Fact]
    public void Parser_UnknownUnicodeName_ReportsErrorAndDoesNotThrow()
    {
        var error = ParseError("s = '\\N{NO SUCH CHARACTER NAME}'\n");
        Assert.Contains("unknown Unicode character name", error.Message);
    }

    [Fact]
    public void Parser_Cancellation_Throws()
    {
        var text = new SourceText("x = 1\n", "test.py");
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<System.OperationCanceledException>(() => Parser.ParseModule(text, new DiagnosticBag(text), source.Token));
    }
}
