using Xunit;

namespace Pyrolyn.Compiler.Tests.Syntax;

/// <summary>Constants in ast.dump use Python's repr; expected strings printed by CPython 3.11.</summary>
public sealed class AstDumperTests
{
    [Theory]
    [InlineData("1.0", "Constant(value=1.0)")]
    [InlineData("1e-05", "Constant(value=1e-05)")]
    [InlineData("0.0001", "Constant(value=0.0001)")]
    [InlineData("1e16", "Constant(value=1e+16)")]
    [InlineData("1e15", "Constant(value=1000000000000000.0)")]
    [InlineData("0.1", "Constant(value=0.1)")]
    [InlineData("1e400", "Constant(value=inf)")]
    [InlineData("123.456e-300", "Constant(value=1.23456e-298)")]
    [InlineData("2j", "Constant(value=2j)")]
    [InlineData("2.5j", "Constant(value=2.5j)")]
    [InlineData("1e20j", "Constant(value=1e+20j)")]
    [InlineData("0j", "Constant(value=0j)")]
    [InlineData("12345678901234567890", "Constant(value=12345678901234567890)")]
    [InlineData("'it''s'", "Constant(value='its')")]
    [InlineData("\"it's\"", "Constant(value=\"it's\")")]
    [InlineData("'\"\\''", "Constant(value='\"\\'')")]
    [InlineData("'\\x00\\x7f\\x80\\xa0\\u200b\\U0001f600\\u00e9'", "Constant(value='\\x00\\x7f\\x80\\xa0\\u200b😀é')")]
    [InlineData("b'\\x00a\\'\\xff'", "Constant(value=b\"\\x00a'\\xff\")")]
    [InlineData("...", "Constant(value=Ellipsis)")]
    [InlineData("None", "Constant(value=None)")]
    [InlineData("u'x'", "Constant(value='x', kind='u')")]
    public void AstDumper_Constant_UsesPythonRepr(string source, string expected)
    {
        string dump = ParserTests.ParseAndDump(source);
        Assert.Equal($"Module(body=[Expr(value={expected})], type_ignores=[])", dump);
    }
}
