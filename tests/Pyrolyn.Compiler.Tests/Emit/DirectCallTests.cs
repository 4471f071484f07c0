using Xunit;
using static Pyrolyn.Compiler.Tests.Emit.EmitTestHelpers;

namespace Pyrolyn.Compiler.Tests.Emit;

/// <summary>A module-level function bound once by its def is called as a static C# method.</summary>
public sealed class DirectCallTests
{
    [Fact]
    public void A_call_of_a_module_level_function_is_a_direct_static_call()
    {
        string code = EmitCode("def add(a, b):\n    return a + b\nprint(add(1, 2))\n");
        Assert.Contains("public static global::Pyrolyn.Runtime.PyObject add(global::Pyrolyn.Runtime.PyObject v_a, global::Pyrolyn.Runtime.PyObject v_b)", code);
        Assert.Contains("add(global::Pyrolyn.Runtime.PyInt.From(1L), global::Pyrolyn.Runtime.PyInt.From(2L))", code);
        Assert.DoesNotContain("Calls.Call2(", code);
    }

    [Fact]
    public void A_direct_call_fills_in_missing_defaults()
    {
        string code = EmitCode("def f(a, b=10):\n    return a + b\nf(1)\n");
        Assert.Contains("f(global::Pyrolyn.Runtime.PyInt.From(1L), F_f!.Defaults[0])", code);
    }

    [Fact]
    public void A_recursive_call_inside_the_function_is_direct()
    {
        string code = EmitCode("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n");
        Assert.Equal(0, Count(MethodBody(code, "PyObject fib("), "Calls.Call1("));
    }

    [Fact]
    public void A_function_that_is_rebound_is_called_through_its_global()
    {
        string code = EmitCode("def f():\n    return 1\nf = print\nf()\n");
        Assert.Contains("Calls.Call0(", code);
    }

    [Fact]
    public void A_function_declared_global_and_assigned_elsewhere_is_called_through_its_global()
    {
        string code = EmitCode("def f():\n    return 1\ndef g():\n    global f\n    f = None\nf()\n");
        Assert.Contains("Calls.Call0(", code);
    }

    [Fact]
    public void Keyword_arguments_go_through_the_generic_call()
    {
        string code = EmitCode("def f(a):\n    return a\nf(a=1)\n");
        Assert.Contains("Calls.CallKw(", code);
    }
}
