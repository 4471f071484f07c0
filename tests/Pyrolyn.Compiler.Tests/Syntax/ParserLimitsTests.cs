using System.Linq;
using System.Text;
using System.Threading;
using Pyrolyn.Compiler.Diagnostics;
using Pyrolyn.Compiler.Syntax;
using Pyrolyn.Compiler.Text;
using Xunit;

namespace Pyrolyn.Compiler.Tests.Syntax;

/// <summary>Deep nesting reports a diagnostic instead of overflowing the stack; big files parse
/// in linear time.</summary>
public sealed class ParserLimitsTests
{
    private static (ModuleSyntax Module, DiagnosticBag Diagnostics) Parse(string source)
    {
        var text = new SourceText(source, "test.py");
        var diagnostics = new DiagnosticBag(text);
        return (Parser.ParseModule(text, diagnostics, CancellationToken.None), diagnostics);
    }

    [Fact]
    public void Parser_FiveThousandNestedParentheses_ReportsNestingTooDeep()
    {
        var (_, diagnostics) = Parse(new string('(', 5000) + "1" + new string(')', 5000) + "\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticDescriptors.NestingTooDeep.Id, error.Id);
        Assert.Equal("too many nested parentheses", error.Message);
    }

    [Fact]
    public void Parser_HundredNestedParentheses_Parse()
    {
        var (_, diagnostics) = Parse("x = " + new string('(', 100) + "1" + new string(')', 100) + "\n");
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("not ")]
    [InlineData("~")]
    [InlineData("lambda: ")]
    [InlineData("await ")]
    public void Parser_LongPrefixOperatorChain_ReportsDiagnosticWithoutCrashing(string prefix)
    {
        var (_, diagnostics) = Parse("x = " + string.Concat(Enumerable.Repeat(prefix, 100_000)) + "y\n");
        Assert.Contains(diagnostics, d => d.Id == DiagnosticDescriptors.NestingTooDeep.Id || d.Id == DiagnosticDescriptors.SyntaxError.Id);
    }

    [Fact]
    public void Parser_DeeplyNestedFStringsAndBrackets_DoNotCrash()
    {
        var (_, diagnostics) = Parse("x = " + string.Concat(Enumerable.Repeat("[{(", 2000)) + "\n");
        Assert.NotEmpty(diagnostics);
    }

    [Fact]
    public void Parser_HundredThousandLineScript_ParsesAllStatements()
    {
        var source = new StringBuilder();
        for (int i = 0; i < 100_000; i++)
            source.Append("x").Append(i % 100).Append(" = f(").Append(i).Append(", 'text') + y[1:2]\n");
        var (module, diagnostics) = Parse(source.ToString());
        Assert.Empty(diagnostics);
        Assert.Equal(100_000, module.Body.Count);
    }
}
