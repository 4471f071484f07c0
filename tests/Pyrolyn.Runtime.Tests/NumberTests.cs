using System.Numerics;
using Pyrolyn.Runtime;
using Xunit;
using static Pyrolyn.Runtime.Tests.Py;

namespace Pyrolyn.Runtime.Tests;

public class NumberTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1.0, "1.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(1e22, "1e+22")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    public void FloatRepr_MatchesCPythonShortestRoundTrip(double value, string expected) =>
        Assert.Equal(expected, new PyFloat(value).Repr());

    [Theory]
    [InlineData(0.1, 230584300921369408L)]
    [InlineData(1.5, 1152921504606846977L)]
    [InlineData(-2.5, -1152921504606846978L)]
    [InlineData(1e100, 1822893315824342674L)]
    [InlineData(1e-100, 1735222877707689105L)]
    [InlineData(3.0, 3L)]
    [InlineData(-1.0, -2L)]
    public void FloatHash_MatchesCPython(double value, long expected) =>
        Assert.Equal(expected, new PyFloat(value).Hash());

    [Fact]
    public void IntHash_ReducesModuloMersennePrime()
    {
        Assert.Equal(-2, PyInt.From(-1).Hash());
        Assert.Equal(0, PyInt.From((1L << 61) - 1).Hash());
        Assert.Equal(1, PyInt.From(1L << 61).Hash());
        Assert.Equal(8, PyInt.From(BigInteger.Pow(2, 64)).Hash());
        Assert.Equal(-8, PyInt.From(-BigInteger.Pow(2, 64)).Hash());
        Assert.Equal(465258685558744706, PyInt.From(BigInteger.Pow(10, 30)).Hash());
    }

    [Fact]
    public void SmallInts_AreCachedAndAllocationFree()
    {
        Assert.Same(PyInt.From(1024), PyInt.From(1024));
        Assert.Same(PyInt.From(-5), PyInt.From(-5));
        Assert.NotSame(PyInt.From(1025), PyInt.From(1025));
    }

    [Fact]
    public void FloorDivisionAndModulo_FollowPythonSigns()
    {
        Assert.Equal("-4", R(Ops.FloorDiv(I(7), I(-2))));
        Assert.Equal("-4", R(Ops.FloorDiv(I(-7), I(2))));
        Assert.Equal("-1", R(Ops.Mod(I(7), I(-2))));
        Assert.Equal("1", R(Ops.Mod(I(-7), I(2))));
        Assert.Equal("-4.0", R(Ops.FloorDiv(F(7.5), I(-2))));
        Assert.Equal("0.5", R(Ops.Mod(F(-7.5), I(2))));
    }

    [Fact]
    public void IntArithmetic_OverflowsIntoBigIntegers()
    {
        Assert.Equal("1267650600228229401496703205376", R(Ops.Pow(I(2), I(100))));
        Assert.Equal("-9223372036854775808", R(Ops.Pow(I(-2), I(63))));
        Assert.Equal("9223372036854775808", R(Ops.Add(I(long.MaxValue), I(1))));
        Assert.Equal("85070591730234615847396907784232501249", R(Ops.Mul(I(long.MaxValue), I(long.MaxValue))));
        Assert.Equal("0.5", R(Ops.Pow(I(2), I(-1))));
    }

    [Fact]
    public void TrueDivision_IsCorrectlyRoundedForBigInts()
    {
        Assert.Equal("2.5", R(Ops.TrueDiv(I(10), I(4))));
        Assert.Equal("4.2255020007607644e+29", R(Ops.TrueDiv(Ops.Pow(I(2), I(100)), I(3))));
    }

    [Fact]
    public void DivisionByZero_RaisesCPythonMessages()
    {
        Assert.Equal("ZeroDivisionError: division by zero", Message(() => Ops.TrueDiv(I(1), I(0))));
        Assert.Equal("ZeroDivisionError: integer division or modulo by zero", Message(() => Ops.FloorDiv(I(1), I(0))));
        Assert.Equal("ZeroDivisionError: integer modulo by zero", Message(() => Ops.Mod(I(1), I(0))));
        Assert.Equal("ZeroDivisionError: float division by zero", Message(() => Ops.TrueDiv(F(1), I(0))));
        Assert.Equal("ZeroDivisionError: float modulo", Message(() => Ops.Mod(F(1), I(0))));
        Assert.Equal("ZeroDivisionError: 0.0 cannot be raised to a negative power", Message(() => Ops.Pow(I(0), I(-1))));
    }

    [Fact]
    public void IntParsing_AcceptsUnderscoresWhitespaceAndPrefixes()
    {
        Assert.Equal("-1000", R(Call("int", S("  -1_000  "))));
        Assert.Equal("31", R(Call("int", S("0x1F"), I(0))));
        Assert.Equal("35", R(Call("int", S("z"), I(36))));
        Assert.Equal("5", R(Call("int", S("0b101"), I(2))));
        Assert.Equal("ValueError: invalid literal for int() with base 10: 'x'", Message(() => Call("int", S("x"))));
        Assert.Equal("ValueError: invalid literal for int() with base 0: '010'", Message(() => Call("int", S("010"), I(0))));
    }

    [Fact]
    public void FloatParsing_AcceptsPythonGrammar()
    {
        Assert.Equal("105.0", R(Call("float", S(" 1_0.5e1 "))));
        Assert.Equal("-inf", R(Call("float", S("-inf"))));
        Assert.Equal("ValueError: could not convert string to float: 'x'", Message(() => Call("float", S("x"))));
    }

    [Fact]
    public void Round_UsesBankersRoundingAndExactDecimalValues()
    {
        Assert.Equal("2.67", R(Builtins.Round(F(2.675), I(2))));
        Assert.Equal("0", R(Builtins.Round(F(0.5), null)));
        Assert.Equal("2", R(Builtins.Round(F(1.5), null)));
        Assert.Equal("-2", R(Builtins.Round(F(-2.5), null)));
        Assert.Equal("1200.0", R(Builtins.Round(F(1234.5678), I(-2))));
        Assert.Equal("12300", R(Builtins.Round(I(12345), I(-2))));
        Assert.Equal("20", R(Builtins.Round(I(15), I(-1))));
        Assert.Equal("20", R(Builtins.Round(I(25), I(-1))));
    }

    [Fact]
    public void IntFloatComparison_IsExact()
    {
        Assert.True(Ops.EqBool(I(1), F(1.0)));
        Assert.False(Ops.EqBool(I((1L << 53) + 1), F(9007199254740992.0)));
        Assert.True(Ops.LtBool(F(9007199254740992.0), I((1L << 53) + 1)));
        Assert.Equal(Ops.Hash(I(3)), Ops.Hash(F(3.0)));
    }

    [Fact]
    public void ComplexRepr_MatchesCPython()
    {
        Assert.Equal("(1+2j)", new PyComplex(1, 2).Repr());
        Assert.Equal("2j", new PyComplex(0, 2).Repr());
        Assert.Equal("(1-0j)", new PyComplex(1, -0.0).Repr());
        Assert.Equal("(-1.5+0.5j)", new PyComplex(-1.5, 0.5).Repr());
    }
}
