using Xunit;
using System.Linq;
using Pyrolyn.Compiler.Binding;
using static Pyrolyn.Compiler.Tests.Binding.BindingTestHelpers;

namespace Pyrolyn.Compiler.Tests.Binding;

/// <summary>Names resolve to the same kinds as in CPython's symtable (LOCAL, GLOBAL_EXPLICIT,
/// GLOBAL_IMPLICIT, FREE, CELL).</summary>
public sealed class ScopeClassificationTests
{
    [Fact]
    public void A_name_assigned_in_a_function_is_local()
    {
        var (m, _) = Bind("def f():\n    x = 1\n    return x\n");
        Assert.Equal(SymbolKind.Local, KindOf(ScopeNamed(m, "f"), "x"));
    }

    [Fact]
    public void A_parameter_is_local()
    {
        var (m, _) = Bind("def f(a, *args, k=1, **kw):\n    return a\n");
        var f = ScopeNamed(m, "f");
        foreach (var name in new[] { "a", "args", "k", "kw" })
            Assert.Equal(SymbolKind.Local, KindOf(f, name));
        Assert.Equal(new[] { "a", "args", "k", "kw" }, f.Parameters);
    }

    [Fact]
    public void A_name_only_read_in_a_function_is_an_implicit_global()
    {
        var (m, _) = Bind("y = 2\ndef f():\n    return y + len([])\n");
        var f = ScopeNamed(m, "f");
        Assert.Equal(SymbolKind.GlobalImplicit, KindOf(f, "y"));
        Assert.Equal(SymbolKind.GlobalImplicit, KindOf(f, "len"));
    }

    [Fact]
    public void A_name_declared_global_is_an_explicit_global_even_when_assigned()
    {
        var (m, _) = Bind("def f():\n    global counter\n    counter = 1\n");
        Assert.Equal(SymbolKind.GlobalExplicit, KindOf(ScopeNamed(m, "f"), "counter"));
    }

    [Fact]
    public void A_variable_captured_by_an_inner_function_is_a_cell_outside_and_free_inside()
    {
        var (m, _) = Bind("def outer():\n    n = 0\n    def inner():\n        return n\n    return inner\n");
        Assert.Equal(SymbolKind.Cell, KindOf(ScopeNamed(m, "outer"), "n"));
        Assert.Equal(SymbolKind.Free, KindOf(ScopeNamed(m, "outer.<locals>.inner"), "n"));
    }

    [Fact]
    public void A_nonlocal_name_is_free_in_the_inner_function_and_a_cell_in_the_outer_one()
    {
        var (m, _) = Bind("def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n    return inc\n");
        Assert.Equal(SymbolKind.Cell, KindOf(ScopeNamed(m, "outer"), "n"));
        Assert.Equal(SymbolKind.Free, KindOf(ScopeNamed(m, "outer.<locals>.inc"), "n"));
    }

    [Fact]
    public void A_free_variable_passes_through_an_intermediate_function_that_does_not_use_it()
    {
        var (m, _) = Bind("def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n    return b\n");
        Assert.Equal(SymbolKind.Cell, KindOf(ScopeNamed(m, "a"), "v"));
        Assert.Equal(SymbolKind.Free, KindOf(ScopeNamed(m, "a.<locals>.b"), "v"));
        Assert.Equal(SymbolKind.Free, KindOf(ScopeNamed(m, "a.<locals>.b.<locals>.c"), "v"));
    }

    [Fact]
    public void Class_body_names_are_not_visible_to_methods()
    {
        var (m, _) = Bind("class C:\n    size = 3\n    def get(self):\n        return size\n");
        Assert.Equal(SymbolKind.GlobalImplicit, KindOf(ScopeNamed(m, "C.get"), "size"));
    }

    [Fact]
    public void A_method_using_super_marks_the_class_cell()
    {
        var (m, _) = Bind("class C(B):\n    def __init__(self):\n        super().__init__()\n");
        Assert.True(ScopeNamed(m, "C.__init__").UsesClassCell);
        Assert.True(ScopeNamed(m, "C").NeedsClassCell);
    }

    [Fact]
    public void A_comprehension_variable_is_local_to_the_comprehension_and_a_walrus_target_binds_in_the_function()
    {
        var (m, _) = Bind("def f(xs):\n    ys = [last := x for x in xs]\n    return last\n");
        var f = ScopeNamed(m, "f");
        var comp = f.Children.Single(c => c.Kind == ScopeKind.Comprehension);
        Assert.Equal(SymbolKind.Local, KindOf(comp, "x"));
        Assert.Null(f.Lookup("x"));
        Assert.Equal(SymbolKind.Cell, KindOf(f, "last"));
        Assert.Equal(SymbolKind.Free, KindOf(comp, "last"));
    }

    [Fact]
    public void Module_level_names_are_bound_in_the_module_scope()
    {
        var (m, _) = Bind("import os\nx = 1\ndef f(): pass\nclass C: pass\n");
        foreach (var name in new[] { "os", "x", "f", "C" })
            Assert.True(m.ModuleScope.Lookup(name)!.IsBound, name);
    }
}
