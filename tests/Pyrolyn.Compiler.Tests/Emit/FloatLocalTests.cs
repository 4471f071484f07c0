using Xunit;
using static Pyrolyn.Compiler.Tests.Emit.EmitTestHelpers;

namespace Pyrolyn.Compiler.Tests.Emit;

/// <summary>Which function locals are kept as doubles (Emit/FloatLocals.cs) and what their stores
/// and reads become. Their behaviour is CPython's: conformance operators/unboxed_float_locals.py.</summary>
public sealed class FloatLocalTests
{
    private const string Distance = "def f(a, b):\n    dx = a[0] - b[0]\n    d2 = dx * dx\n    return d2\n";

    [Fact]
    public void A_local_stored_from_float_arithmetic_gets_a_double_beside_its_slot()
    {
        string body = MethodBody(EmitCode(Distance), "PyObject f(");
        Assert.Contains("double d_dx = 0;", body);
        Assert.Contains("double d_d2 = 0;", body);
        Assert.Contains("v_dx = global::Pyrolyn.Runtime.FloatLocal.Unboxed;", body);
        Assert.Contains("global::Pyrolyn.Runtime.FloatLocal.IsFloat(v_dx, d_dx, out double", body);
        Assert.Contains("return (global::Pyrolyn.Runtime.FloatLocal.Load(v_d2, d_d2) ?? global::Pyrolyn.Runtime.Names.UnboundLocal(\"d2\"));", body);
    }

    [Fact]
    public void A_float_literal_store_writes_the_double()
    {
        string body = MethodBody(EmitCode("def f(n):\n    x = 0.5\n    x *= n\n    return x\n"), "PyObject f(");
        Assert.Contains("d_x = 0.5D;", body);
    }

    [Fact]
    public void An_int_local_is_not_also_a_float_local()
    {
        string body = MethodBody(EmitCode("def f(n):\n    i = 0\n    i = i + n\n    return i\n"), "PyObject f(");
        Assert.Contains("long l_i", body);
        Assert.DoesNotContain("d_i", body);
    }

    [Fact]
    public void A_local_also_stored_from_a_never_float_value_stays_an_object()
    {
        string body = MethodBody(EmitCode("def f(a, b):\n    x = a + b\n    x = ''\n    return x\n"), "PyObject f(");
        Assert.DoesNotContain("d_x", body);
    }

    [Fact]
    public void Parameters_cells_and_generators_stay_objects()
    {
        Assert.DoesNotContain("d_a", MethodBody(EmitCode("def f(a):\n    a = a * 2.0\n    return a\n"), "PyObject f("));
        Assert.DoesNotContain("d_c", MethodBody(EmitCode("def f(a):\n    c = a * 2.0\n    return lambda: c\n"), "PyObject f("));
        Assert.DoesNotContain("d_x", EmitCode("def f(a):\n    x = a * 2.0\n    yield x\n"));
    }

    [Fact]
    public void A_function_that_reads_its_locals_by_name_keeps_them_boxed()
    {
        string body = MethodBody(EmitCode("def f(a):\n    x = a * 2.0\n    return locals()\n"), "PyObject f(");
        Assert.DoesNotContain("d_x", body);
    }
}
