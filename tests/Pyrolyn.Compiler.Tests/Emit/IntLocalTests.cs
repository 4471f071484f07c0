using Xunit;
using static Pyrolyn.Compiler.Tests.Emit.EmitTestHelpers;

namespace Pyrolyn.Compiler.Tests.Emit;

/// <summary>Which function locals are kept unboxed (Emit/IntLocals.cs) and what their stores and
/// reads become. Their behaviour is CPython's: conformance operators/unboxed_int_locals.py.</summary>
public sealed class IntLocalTests
{
    private const string Counter = "def f(n):\n    i = 0\n    while i < n:\n        i += 1\n    return i\n";

    [Fact]
    public void A_local_stored_from_int_arithmetic_gets_a_long_beside_its_slot()
    {
        string body = MethodBody(EmitCode(Counter), "PyObject f(");
        Assert.Contains("long l_i = 0;", body);
        Assert.Contains("v_i = global::Pyrolyn.Runtime.IntLocal.Set(0L, out l_i);", body);
        Assert.Contains("? fp1 < fp2 :", body);
        Assert.Contains("{ l_i = fl", body);
        Assert.Contains("return (global::Pyrolyn.Runtime.IntLocal.Load(v_i, l_i) ?? global::Pyrolyn.Runtime.Names.UnboundLocal(\"i\"));", body);
    }

    [Fact]
    public void A_parameter_stays_an_object()
    {
        string body = MethodBody(EmitCode("def f(n):\n    n += 1\n    return n\n"), "PyObject f(");
        Assert.DoesNotContain("l_n", body);
    }

    [Fact]
    public void A_cell_stays_an_object()
    {
        string body = MethodBody(EmitCode("def f():\n    c = 0\n    c += 1\n    def g():\n        return c\n    return g()\n"), "PyObject f(");
        Assert.DoesNotContain("l_c", body);
    }

    [Fact]
    public void A_generator_keeps_its_locals_boxed()
    {
        string code = EmitCode("def f(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\n");
        Assert.DoesNotContain("l_i", code);
    }

    [Theory]
    [InlineData("locals()")]
    [InlineData("vars()")]
    [InlineData("dir()")]
    public void A_function_that_can_read_its_locals_by_name_keeps_them_boxed(string reader)
    {
        string code = EmitCode($"def f():\n    i = 0\n    i += 1\n    return {reader}\n");
        Assert.DoesNotContain("l_i", MethodBody(code, "PyObject f("));
    }

    [Fact]
    public void A_local_never_stored_from_int_arithmetic_stays_an_object()
    {
        string body = MethodBody(EmitCode("def f(a):\n    s = ''\n    s += a\n    return s\n"), "PyObject f(");
        Assert.DoesNotContain("l_s", body);
    }

    [Fact]
    public void A_subscript_by_an_unboxed_local_indexes_by_the_long()
    {
        string body = MethodBody(EmitCode("def f(a):\n    i = 1\n    i += 1\n    return a[i] + a[i - 1]\n"), "PyObject f(");
        Assert.Contains("IntLocal.GetItem(", body);
        Assert.Equal(2, Count(body, "IntLocal.GetItem("));
    }
}
