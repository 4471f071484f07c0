using System.Linq;
using Pyrolyn.Compiler.Lowering;
using Pyrolyn.Compiler.Syntax;
using Pyrolyn.Compiler.Text;
using Xunit;
using static Pyrolyn.Compiler.Tests.Emit.EmitTestHelpers;

namespace Pyrolyn.Compiler.Tests.Emit;

/// <summary>The yield-point analysis: which statements suspend, which positions are supported,
/// and the shape of the resumable code.</summary>
public sealed class YieldPointTests
{
    private static FunctionDefSyntax Function(string source)
    {
        var text = new SourceText(source, "t.py");
        var result = PythonCompiler.Parse(text, new Pyrolyn.Compiler.Diagnostics.DiagnosticBag(text));
        return (FunctionDefSyntax)result.Body[0];
    }

    [Theory]
    [InlineData("def g():\n    yield 1\n", true)]
    [InlineData("def g():\n    x = 1\n", false)]
    [InlineData("def g():\n    if a:\n        for x in y:\n            z = (yield x) + 1\n", true)]
    [InlineData("def g():\n    def inner():\n        yield 1\n", false)]
    [InlineData("def g():\n    f = lambda: 1\n    c = [x for x in y]\n", false)]
    [InlineData("def g():\n    class C:\n        pass\n", false)]
    [InlineData("def g():\n    try:\n        pass\n    finally:\n        yield from h()\n", true)]
    public void A_statement_contains_a_yield_only_of_its_own_function(string source, bool expected)
    {
        var body = Function(source).Body;
        Assert.Equal(expected, YieldPoints.ContainsAny(body));
    }

    [Fact]
    public void Supported_positions_compile_without_diagnostics()
    {
        var result = Compile("""
            def g(a):
                x = yield 1
                a[(yield 2)] = (yield 3)
                a.b = yield
                x += yield x
                if (yield 4) and (yield 5):
                    return (yield 6) if x else (yield 7)
                while (yield 8):
                    assert (yield 9), (yield 10)
                for i in (yield 11):
                    raise (yield 12) from (yield 13)
                with (yield 14) as m:
                    print(f"{(yield 15)}", *(yield 16), k=(yield 17))
            """);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
    }

    [Fact]
    public void Yields_become_numbered_resume_states_with_guarded_region_entries()
    {
        string code = EmitCode("def g():\n    try:\n        yield 1\n        yield 2\n    finally:\n        yield 3\n");
        // Three yield points, the two in the try re-entered through the region's entry label.
        Assert.Contains("case 1: goto g1_r", code);
        Assert.Contains("g1_y3:;", code);
        Assert.Contains("__state = 2;", code);
        Assert.Contains("new global::Pyrolyn.Runtime.PyGenerator(\"g\"", code);
        // The Python finally is ordinary code after the try: the only C# finally blocks are the
        // module body's and the resume lambda's (recursion depth bookkeeping).
        Assert.Equal(2, Count(code, "finally\n"));
    }

    [Fact]
    public void Ordinary_functions_are_unchanged_by_generator_support()
    {
        string code = EmitCode("def f(x):\n    return x + 1\n");
        Assert.DoesNotContain("PyGenerator", code);
        Assert.DoesNotContain("__state", code);
    }

    [Fact]
    public void A_generator_expression_evaluates_its_first_iterable_in_the_enclosing_scope()
    {
        string code = EmitCode("y = [1]\nz = (x for x in y)\n");
        Assert.Contains("(global::Pyrolyn.Runtime.Ops.GetIter(", code);
        Assert.Contains("\"<genexpr>\"", code);
    }
}
