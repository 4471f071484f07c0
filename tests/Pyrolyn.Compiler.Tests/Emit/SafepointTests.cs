using Xunit;
using static Pyrolyn.Compiler.Tests.Emit.EmitTestHelpers;

namespace Pyrolyn.Compiler.Tests.Emit;

/// <summary>The GIL can be handed over at every function entry and loop back-edge.</summary>
public sealed class SafepointTests
{
    private const string Safepoint = "Threading.Gil.Safepoint();";

    [Fact]
    public void A_function_has_a_safepoint_at_its_entry()
    {
        string code = EmitCode("def f(x):\n    return x\n");
        Assert.Contains(Safepoint, MethodBody(code, "PyObject f("));
    }

    [Fact]
    public void A_while_loop_has_a_safepoint_on_its_back_edge()
    {
        string body = MethodBody(EmitCode("def f(n):\n    while n:\n        n = n - 1\n"), "PyObject f(");
        Assert.Equal(2, Count(body, Safepoint));
        int loop = body.IndexOf("while (", System.StringComparison.Ordinal);
        Assert.True(body.IndexOf(Safepoint, loop, System.StringComparison.Ordinal) > loop);
    }

    [Fact]
    public void For_loops_over_ranges_and_iterables_and_comprehensions_have_safepoints()
    {
        string body = MethodBody(EmitCode("def f(xs):\n    for i in range(3):\n        pass\n    for x in xs:\n        pass\n    return [y for y in xs]\n"), "PyObject f(");
        Assert.Equal(4, Count(body, Safepoint));
    }

    [Fact]
    public void Safepoints_can_be_turned_off_for_the_cost_benchmark()
    {
        string code = EmitCode("def f(n):\n    while n:\n        n = n - 1\n", safepoints: false);
        Assert.DoesNotContain(Safepoint, code);
    }
}
