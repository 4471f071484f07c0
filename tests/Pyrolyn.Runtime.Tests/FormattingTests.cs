using Pyrolyn.Runtime;
using Xunit;
using static Pyrolyn.Runtime.Tests.Py;

namespace Pyrolyn.Runtime.Tests;

public class FormattingTests
{
    [Theory]
    [InlineData(1234L, "09,", "0,001,234")]
    [InlineData(1234L, "010,", "00,001,234")]
    [InlineData(-1234L, "09,", "-0,001,234")]
    [InlineData(255L, "#010x", "0x000000ff")]
    [InlineData(12345678L, "_x", "bc_614e")]
    [InlineData(123456789L, "_", "123_456_789")]
    [InlineData(12L, "+", "+12")]
    [InlineData(-12L, "=+8", "-     12")]
    [InlineData(42L, "b", "101010")]
    [InlineData(42L, "X", "2A")]
    [InlineData(-42L, "#x", "-0x2a")]
    [InlineData(3L, "e", "3.000000e+00")]
    public void IntFormatSpec_MatchesCPython(long value, string spec, string expected) =>
        Assert.Equal(expected, Ops.Format(I(value), spec));

    [Theory]
    [InlineData(double.PositiveInfinity, "010", "0000000inf")]
    [InlineData(1234.5, "010,.1f", "0,001,234.5")]
    [InlineData(1e16, "", "1e+16")]
    [InlineData(100.0, ".3", "1e+02")]
    [InlineData(0.1, ".17g", "0.10000000000000001")]
    [InlineData(-0.0, ".2f", "-0.00")]
    [InlineData(-0.0001, "z.2f", "0.00")]
    [InlineData(1.5, "%", "150.000000%")]
    [InlineData(2.5, ".0f", "2")]
    [InlineData(0.125, ".2f", "0.12")]
    [InlineData(1.0, "#g", "1.00000")]
    [InlineData(0.0, "g", "0")]
    [InlineData(1e100, "g", "1e+100")]
    [InlineData(123.456, ".2e", "1.23e+02")]
    [InlineData(1.0, "#.0e", "1.e+00")]
    [InlineData(1.0, "#.0f", "1.")]
    [InlineData(double.NaN, "E", "NAN")]
    [InlineData(0.00001234, "g", "1.234e-05")]
    [InlineData(1234567.0, "g", "1.23457e+06")]
    [InlineData(1234567.0, ",", "1,234,567.0")]
    [InlineData(3.14159, "8.3f", "   3.142")]
    public void FloatFormatSpec_MatchesCPython(double value, string spec, string expected) =>
        Assert.Equal(expected, Ops.Format(F(value), spec));

    [Fact]
    public void FloatFormatF_PrintsExactDecimalExpansion() =>
        Assert.Equal("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000",
            Ops.Format(F(1e300), "f"));

    [Fact]
    public void StrFormatSpec_AlignsAndTruncates()
    {
        Assert.Equal("  ab   ", Ops.Format(S("ab"), "^7"));
        Assert.Equal("****a", Ops.Format(S("ab"), "*>5.1"));
        Assert.Equal("1", Ops.Format(PyBool.True, "d"));
        Assert.Equal("True", Ops.Format(PyBool.True, ""));
    }

    [Fact]
    public void FormatErrors_UseCPythonMessages()
    {
        Assert.Equal("ValueError: Unknown format code 's' for object of type 'int'", Message(() => Ops.Format(I(1), "s")));
        Assert.Equal("ValueError: Unknown format code 'd' for object of type 'str'", Message(() => Ops.Format(S("a"), "d")));
        Assert.Equal("ValueError: Unknown format code 'd' for object of type 'float'", Message(() => Ops.Format(F(1.5), "d")));
    }

    [Fact]
    public void PercentFormatting_HandlesCommonConversions() =>
        Assert.Equal(" 3.14|42   |-0042|ff|0o10|hi|'hi'|A|+5|1.234568e+04|1e-05",
            PercentFormat.Format("%5.2f|%-5d|%05d|%x|%#o|%s|%r|%c|%+d|%e|%g",
                new PyTuple(new[] { F(3.14159), I(42), I(-42), I(255), I(8), S("hi"), S("hi"), I(65), I(5), F(12345.678), F(0.00001) })));

    [Fact]
    public void PercentFormatting_ReportsArgumentCountErrors()
    {
        Assert.Equal("TypeError: not enough arguments for format string", Message(() => Ops.Mod(S("%s %s"), new PyTuple(new[] { I(1) }))));
        Assert.Equal("TypeError: not all arguments converted during string formatting", Message(() => Ops.Mod(S("%s"), new PyTuple(new[] { I(1), I(2) }))));
        Assert.Equal("TypeError: %d format: a real number is required, not str", Message(() => Ops.Mod(S("%d"), S("a"))));
    }

    [Fact]
    public void StrFormat_SupportsIndexAttributeAndConversionFields()
    {
        Assert.Equal("       a|'b'", StrFormat.Format("{:>8}|{!r}", new[] { S("a"), S("b") }, null));
        Assert.Equal("2|3", StrFormat.Format("{0[1]}|{x.real}", new PyObject[] { L(1, 2), I(3) }, new[] { "x" }));
        Assert.Equal("IndexError: Replacement index 0 out of range for positional args tuple", Message(() => StrFormat.Format("{}", Array.Empty<PyObject>(), null)));
        Assert.Equal("ValueError: cannot switch from manual field specification to automatic field numbering",
            Message(() => StrFormat.Format("{0}{}", new[] { I(1), I(2) }, null)));
    }
}
