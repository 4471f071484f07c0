using Xunit;
using System.Linq;
using static Pyrolyn.Compiler.Tests.Binding.BindingTestHelpers;

namespace Pyrolyn.Compiler.Tests.Binding;

/// <summary>Each binding error carries CPython 3.11's message and position (line, 1-based
/// column as in SyntaxError.offset), checked against <c>compile()</c>.</summary>
public sealed class BindingDiagnosticTests
{
    [Theory]
    [InlineData("def f():\n    print(x)\n    global x\n", "PY1001", "name 'x' is used prior to global declaration", 3, 5)]
    [InlineData("def f():\n    x = 1\n    global x\n", "PY1001", "name 'x' is assigned to before global declaration", 3, 5)]
    [InlineData("def f(a):\n    global a\n", "PY1001", "name 'a' is parameter and global", 2, 5)]
    [InlineData("def f():\n    nonlocal y\n", "PY1001", "no binding for nonlocal 'y' found", 2, 5)]
    [InlineData("nonlocal z\n", "PY1001", "nonlocal declaration not allowed at module level", 1, 1)]
    [InlineData("def f():\n    x = 1\n    def g(x):\n        nonlocal x\n", "PY1001", "name 'x' is parameter and nonlocal", 4, 9)]
    [InlineData("def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n", "PY1001", "name 'x' is used prior to nonlocal declaration", 5, 9)]
    [InlineData("x = 1\nreturn x\n", "PY1002", "'return' outside function", 2, 1)]
    [InlineData("if True:\n    break\n", "PY1002", "'break' outside loop", 2, 5)]
    [InlineData("continue\n", "PY1002", "'continue' not properly in loop", 1, 1)]
    [InlineData("yield 1\n", "PY1002", "'yield' outside function", 1, 1)]
    [InlineData("def f(a, b, a):\n    pass\n", "PY0001", "duplicate argument 'a' in function definition", 1, 13)]
    [InlineData("[i := 0 for i in range(3)]\n", "PY0001", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2)]
    [InlineData("class C:\n    [(y := 1) for _ in range(1)]\n", "PY0001", "assignment expression within a comprehension cannot be used in a class body", 2, 7)]
    public void A_binding_error_has_CPythons_message_and_position(string source, string id, string message, int line, int column)
    {
        var (_, diagnostics) = Bind(source);
        var error = Assert.Single(diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        Assert.Equal(id, error.Id);
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Start.Line + 1, error.Start.Character + 1));
    }

    [Fact]
    public void Import_star_inside_a_function_is_an_error()
    {
        var (_, diagnostics) = Bind("def f():\n    from os import *\n");
        var error = Assert.Single(diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        Assert.Equal("import * only allowed at module level", error.Message);
        Assert.Equal(2, error.Start.Line + 1);
    }

    [Fact]
    public void An_undefined_name_is_a_warning_at_its_use()
    {
        var (_, diagnostics) = Bind("x = 1\nprint(x + missing_name)\n");
        var warning = Assert.Single(diagnostics);
        Assert.Equal("PY3001", warning.Id);
        Assert.Equal(Diagnostics.DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("undefined name 'missing_name'", warning.Message);
        Assert.Equal((2, 11), (warning.Start.Line + 1, warning.Start.Character + 1));
    }

    [Fact]
    public void Names_bound_later_in_the_module_or_builtins_are_not_reported_as_undefined()
    {
        var (_, diagnostics) = Bind("def f():\n    return helper() + len('x')\ndef helper():\n    return 1\n");
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Nesting_deeper_than_the_binders_limit_is_a_diagnostic_not_a_crash()
    {
        string source = "x = " + string.Join("+", Enumerable.Repeat("1", 5000)) + "\n";
        var result = PythonCompiler.Compile(new Text.SourceText(source, "t.py"), new CompilationOptions());
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Id == "PY0003");
    }
}
