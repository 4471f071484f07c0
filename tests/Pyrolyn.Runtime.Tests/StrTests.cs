using Pyrolyn.Runtime;
using Xunit;
using static Pyrolyn.Runtime.Tests.Py;

namespace Pyrolyn.Runtime.Tests;

public class StrTests
{
    [Fact]
    public void StrRepr_ChoosesQuotesAndEscapesLikeCPython()
    {
        Assert.Equal("\"it's\"", R(S("it's")));
        Assert.Equal("'a\"b\\'c'", R(S("a\"b'c")));
        Assert.Equal("'\\x00\\né\\u200b😀'", R(S("\0\n\u00e9\u200b\U0001F600")));
        Assert.Equal("'\\xe9\\U0001f600'", Ops.Ascii(S("é😀")));
    }

    [Fact]
    public void StrIndexing_CountsSurrogatePairsAsOneCharacter()
    {
        var s = S("a😀b");
        Assert.Equal(3, s.Length());
        Assert.Equal("'😀'", R(s.GetItem(I(1))));
        Assert.Equal("'b'", R(s.GetItem(I(-1))));
        Assert.Equal("'b😀a'", R(s.GetItem(new PySlice(PyNone.Instance, PyNone.Instance, I(-1)))));
        Assert.Equal("2", R(Method(s, "find", S("b"))));
    }

    [Fact]
    public void Split_HandlesSeparatorsWhitespaceAndMaxsplit()
    {
        Assert.Equal("['a', 'b', '', 'c']", R(Method(S("a,b,,c"), "split", S(","))));
        Assert.Equal("['a', 'b']", R(Method(S(" a  b "), "split")));
        Assert.Equal("['a b', 'c']", R(Method(S("a b c"), "rsplit", PyNone.Instance, I(1))));
        Assert.Equal("['ab\\r\\n', 'cd\\n', 'e']", R(Method(S("ab\r\ncd\ne"), "splitlines", PyBool.True)));
        Assert.Equal("ValueError: empty separator", Message(() => Method(S("ab"), "split", S(""))));
    }

    [Fact]
    public void CaseAndPaddingMethods_MatchCPython()
    {
        Assert.Equal("'hELLO wORLD'", R(Method(S("Hello World"), "swapcase")));
        Assert.Equal("\"They'Re Bill'S\"", R(Method(S("they're bill's"), "title")));
        Assert.Equal("'SS'", R(Method(S("ß"), "upper")));
        Assert.Equal("'--abc---'", R(Method(S("abc"), "center", I(8), S("-"))));
        Assert.Equal("'-00042'", R(Method(S("-42"), "zfill", I(6))));
        Assert.Equal("'x   y'", R(Method(S("x\ty"), "expandtabs", I(4))));
    }

    [Fact]
    public void Join_RejectsNonStrItems()
    {
        Assert.Equal("'a-b'", R(Method(S("-"), "join", new PyList(new[] { S("a"), S("b") }))));
        Assert.Equal("TypeError: sequence item 1: expected str instance, int found",
            Message(() => Method(S(" "), "join", new PyList(new[] { S("a"), I(2) }))));
    }

    [Fact]
    public void StrOperators_ReportCPythonErrors()
    {
        Assert.Equal("TypeError: can only concatenate str (not \"int\") to str", Message(() => Ops.Add(S("a"), I(1))));
        Assert.Equal("TypeError: unsupported operand type(s) for +: 'int' and 'str'", Message(() => Ops.Add(I(1), S("a"))));
        Assert.Equal("TypeError: can't multiply sequence by non-int of type 'float'", Message(() => Ops.Mul(S("a"), F(1.5))));
        Assert.Equal("TypeError: 'in <string>' requires string as left operand, not int", Message(() => Ops.In(I(1), S("a"))));
        Assert.Equal("'ababab'", R(Ops.Mul(I(3), S("ab"))));
    }

    [Fact]
    public void MethodDescriptors_WorkThroughTheTypeAndBinding()
    {
        var upper = BuiltinTypes.Str.Dict["upper"];
        Assert.Equal("'ABC'", R(upper.Call(new[] { S("abc") })));
        Assert.Equal("<method 'append' of 'list' objects>", R(BuiltinTypes.List.Dict["append"]));
        var bound = L().GetAttr("append");
        Assert.StartsWith("<built-in method append of list object at 0x", R(bound));
        Assert.Equal("TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object",
            Message(() => BuiltinTypes.List.Dict["append"].Call(new[] { I(1), I(2) })));
    }

    [Fact]
    public void Comparison_UsesCodePointOrder()
    {
        Assert.True(Ops.LtBool(S("\uffff"), S("😀")));
        Assert.True(Ops.LtBool(S("abc"), S("abd")));
        Assert.True(Ops.LtBool(S("ab"), S("abc")));
    }

    [Fact]
    public void EncodeDecode_RoundTripsAndReportsErrors()
    {
        var b = Method(S("héllo"), "encode");
        Assert.Equal("b'h\\xc3\\xa9llo'", R(b));
        Assert.Equal("'héllo'", R(Method(b, "decode")));
        Assert.Equal("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)",
            Message(() => Method(S("héllo"), "encode", S("ascii"))));
    }
}

public class StrHashTests
{
    [Fact]
    public void StrHash_MatchesCPythonWithHashSeedZero()
    {
        // PYTHONHASHSEED=0 python3 -c "print(hash('a'), ...)"
        Assert.Equal(4644417185603328019, new PyStr("a").Hash());
        Assert.Equal(0, new PyStr("").Hash());
        Assert.Equal(-2096571579003691106, new PyStr("hello").Hash());
        Assert.Equal(6395329678795984700, new PyStr("héllo").Hash());
        Assert.Equal(8923438597601333813, new PyStr("h€llo").Hash());
        Assert.Equal(-6970120874385731343, new PyStr("a😀").Hash());
        Assert.Equal(7044894726457044172, new PyStr("abcdefghijklmnopq").Hash());
        Assert.Equal(-4594863902769663758, new PyBytes("abc"u8.ToArray()).Hash());
    }

    [Fact]
    public void StrSetOrder_MatchesCPythonWithHashSeedZero()
    {
        Assert.Equal("{'e', 'h', 'l', 'o'}", Py.R(Py.Call("set", Py.S("hello"))));
        Assert.Equal("{'banana', 'cherry', 'apple'}", Py.R(PySet.FromConstants(new[] { Py.S("apple"), Py.S("banana"), Py.S("cherry") })));
    }
}
