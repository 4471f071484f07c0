using System.Linq;
using Pyrolyn.Compiler.Diagnostics;
using Pyrolyn.Compiler.Text;
using Xunit;

namespace Pyrolyn.Compiler.Tests.Binding;

/// <summary>PY2002 (eval/exec/compile) and PY2003/PY3002 (imports of modules that are neither in
/// the project nor in the runtime) are reported at the line that needs them.</summary>
public sealed class DynamicCodeAndImportTests
{
    private static Diagnostic[] Compile(string source, params string[] projectModules)
    {
        var options = new CompilationOptions
        {
            ProjectModuleExists = name => projectModules.Contains(name),
        };
        return PythonCompiler.Compile(new SourceText(source, "t.py"), options).Diagnostics.ToArray();
    }

    [Theory]
    [InlineData("x = 1\ny = eval('x + 1')\n", "eval", 2, 5)]
    [InlineData("def f(code):\n    exec(code)\n", "exec", 2, 5)]
    [InlineData("c = compile('1', 'f', 'eval')\n", "compile", 1, 5)]
    [InlineData("run = eval\n", "eval", 1, 7)]
    public void Eval_exec_and_compile_are_PY2002_at_their_use(string source, string name, int line, int column)
    {
        var error = Assert.Single(Compile(source));
        Assert.Equal("PY2002", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal($"{name}() compiles Python source at run time, which Pyrolyn cannot do: it compiles every script ahead of time", error.Message);
        Assert.Equal((line, column), (error.Start.Line + 1, error.Start.Character + 1));
    }

    [Theory]
    [InlineData("def eval(s):\n    return s\nprint(eval('x'))\n")]
    [InlineData("def f(exec):\n    return exec(1)\n")]
    [InlineData("class C:\n    def compile(self):\n        return 1\nC().compile()\n")]
    [InlineData("import re\nr = re.compile('a')\n")]
    public void A_user_binding_of_the_name_is_not_dynamic_code(string source)
    {
        Assert.DoesNotContain(Compile(source), d => d.Id == "PY2002");
    }

    [Theory]
    [InlineData("import numpy\n", "numpy", 1, 8)]
    [InlineData("x = 1\nimport math, numpy as np\n", "numpy", 2, 14)]
    [InlineData("from requests import get\n", "requests", 1, 1)]
    [InlineData("import os.nothing\n", "os.nothing", 1, 8)]
    [InlineData("import helpers.missing\n", "helpers.missing", 1, 8)]
    [InlineData("def f():\n    import yaml\n", "yaml", 2, 12)]
    [InlineData("try:\n    import ujson\nexcept KeyError:\n    pass\n", "ujson", 2, 12)]
    public void An_unknown_module_is_PY2003_at_the_import(string source, string module, int line, int column)
    {
        var error = Assert.Single(Compile(source, "helpers"));
        Assert.Equal("PY2003", error.Id);
        Assert.Equal($"No module named '{module}': it is neither a module of the project nor one of Pyrolyn's runtime modules", error.Message);
        Assert.Equal((line, column), (error.Start.Line + 1, error.Start.Character + 1));
    }

    [Theory]
    [InlineData("import math, sys, time, threading, queue\n")]
    [InlineData("import concurrent.futures\nfrom concurrent.futures import ThreadPoolExecutor\n")]
    [InlineData("import os.path\nfrom collections import deque\nfrom __future__ import annotations\n")]
    [InlineData("import helpers\nfrom helpers import thing\nimport pkg.sub\nfrom pkg import sub\n")]
    public void Runtime_and_project_modules_are_not_reported(string source)
    {
        Assert.Empty(Compile(source, "helpers", "pkg", "pkg.sub"));
    }

    [Theory]
    [InlineData("try:\n    import ujson as json\nexcept ImportError:\n    import json\n")]
    [InlineData("try:\n    import ujson\nexcept (ValueError, ModuleNotFoundError):\n    ujson = None\n")]
    [InlineData("try:\n    from ujson import dumps\nexcept:\n    dumps = None\n")]
    public void An_import_guarded_by_an_ImportError_handler_is_only_a_PY3002_warning(string source)
    {
        var warning = Assert.Single(Compile(source));
        Assert.Equal("PY3002", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("No module named 'ujson' in the project or in Pyrolyn's runtime: this import raises ModuleNotFoundError at run time", warning.Message);
        Assert.Equal(2, warning.Start.Line + 1);
    }

    [Fact]
    public void Without_the_projects_module_list_imports_are_not_checked()
    {
        var result = PythonCompiler.Compile(new SourceText("import numpy\n", "t.py"), new CompilationOptions());
        Assert.Empty(result.Diagnostics);
    }
}
