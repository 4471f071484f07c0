using System.Linq;
using Xunit;
using static Pyrolyn.Compiler.Tests.Emit.EmitTestHelpers;

namespace Pyrolyn.Compiler.Tests.Emit;

/// <summary>Valid Python the compiler cannot translate is reported as PY2001, naming the feature;
/// it is never miscompiled and never crashes the compiler.</summary>
public sealed class UnsupportedFeatureTests
{
    [Theory]
    [InlineData("def g():\n    f = lambda x=(yield): x\n", "'yield' in a lambda's default value")]
    [InlineData("def g():\n    del x[(yield)]\n", "'yield' in this position of a delete statement")]
    [InlineData("def g():\n    return 1 < (yield) < 3\n", "'yield' in a chained comparison")]
    [InlineData("def g():\n    return [x for x in (yield)]\n", "'yield' in a comprehension's first iterable")]
    [InlineData("async def f():\n    pass\n", "async/await")]
    [InlineData("match 1:\n    case 1:\n        pass\n", "the match statement")]
    [InlineData("def g():\n    try:\n        yield 1\n    except* ValueError:\n        pass\n", "'yield' inside try/except*")]
    [InlineData("from os import *\n", "'from ... import *'")]
    public void An_unsupported_feature_is_PY2001_naming_it(string source, string feature)
    {
        var result = Compile(source);
        Assert.False(result.Success);
        Assert.Null(result.GeneratedCode);
        var d = Assert.Single(result.Diagnostics.Where(x => x.Id == "PY2001").Take(1));
        Assert.Equal($"{feature} is not supported by Pyrolyn yet", d.Message);
    }

    [Fact]
    public void A_finally_body_that_returns_breaks_or_continues_compiles()
    {
        string code = EmitCode("def f():\n    try:\n        return 1\n    finally:\n        return 2\nfor i in range(3):\n    try:\n        pass\n    finally:\n        continue\n");
        Assert.Contains("goto finally_", code);
    }
}
