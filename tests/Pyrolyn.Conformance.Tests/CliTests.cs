using System.Text.RegularExpressions;
using Pyrolyn.Cli.Building;
using Xunit;

namespace Pyrolyn.Conformance.Tests;

/// <summary>The <c>pyrolyn</c> command as a user runs it: imports found next to the script,
/// argument and exit-code pass-through, the build cache, diagnostics and usage errors.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "pyrolyn-cli-test-" + Guid.NewGuid().ToString("N"));
    private readonly string _cache;

    public CliTests()
    {
        Directory.CreateDirectory(_dir);
        _cache = Path.Combine(_dir, ".cache");
        Write("helper.py", "def twice(x):\n    return x * 2\n");
        Write("pkg/__init__.py", "NAME = 'pkg'\n");
        Write("pkg/mod.py", "from . import NAME\n\ndef where():\n    return NAME + '.mod'\n");
        Write("main.py",
            "import sys\nimport helper\nfrom pkg.mod import where\n" +
            "print(helper.twice(21), where(), __name__)\n" +
            "print(sys.argv[1:])\n" +
            "if len(sys.argv) > 1 and sys.argv[1] == 'fail':\n    sys.exit(3)\n");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void Translate_FindsLocalModulesAndPackages()
    {
        var translation = ProgramCompiler.Translate(Path.Combine(_dir, "main.py"), new ProgramOptions());
        Assert.True(translation.Success, string.Join("\n", translation.Errors));
        Assert.Equal(new[] { "__main__", "helper", "pkg", "pkg.mod" }, translation.Modules.Select(m => m.ModuleName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Contains(translation.ProbedMissingPaths, p => p.EndsWith("sys.py", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_PassesArgumentsAndExitCode_AndCachesTheBuild()
    {
        var first = Pyrolyn("run", "-v", "main.py", "a", "--verbose");
        Assert.True(first.ExitCode == 0, first.StdErr);
        Assert.Equal("42 pkg.mod __main__\n['a', '--verbose']\n", first.StdOut);
        Assert.Contains("cache miss", first.StdErr);

        var second = Pyrolyn("run", "-v", "main.py", "fail");
        Assert.Equal(3, second.ExitCode);
        Assert.Equal("42 pkg.mod __main__\n['fail']\n", second.StdOut);
        Assert.Contains("cache hit", second.StdErr);

        // Without --verbose a hit prints nothing of pyrolyn's own.
        var quiet = Pyrolyn("run", "main.py");
        Assert.Equal("", quiet.StdErr);

        // Changing an imported module invalidates the cached build.
        Write("helper.py", "def twice(x):\n    return x + x + 1\n");
        var third = Pyrolyn("run", "-v", "main.py");
        Assert.Contains("cache miss", third.StdErr);
        Assert.StartsWith("43 pkg.mod __main__\n", third.StdOut);
    }

    [Fact]
    public void Check_ReportsErrorsAsFileLineColumn()
    {
        Write("bad.py", "x = 1\nif x\n    pass\n");
        var result = Pyrolyn("check", "bad.py");
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(new Regex(@"^bad\.py:2:\d+: error PY\d{4}: .+", RegexOptions.Multiline), result.StdOut);

        var run = Pyrolyn("run", "bad.py");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(new Regex(@"^bad\.py:2:\d+: error PY\d{4}: ", RegexOptions.Multiline), run.StdErr);
    }

    [Fact]
    public void Emit_PrintsTheGeneratedClass()
    {
        var result = Pyrolyn("emit", "main.py");
        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("namespace Pyrolyn.Scripts", result.StdOut);
        Assert.Contains("class MainModule", result.StdOut);
    }

    [Fact]
    public void Build_WritesARunnableProgram()
    {
        string output = Path.Combine(_dir, "out");
        var build = Pyrolyn("build", "main.py", "-o", output);
        Assert.True(build.ExitCode == 0, build.StdErr);
        Assert.True(File.Exists(Path.Combine(output, "main.dll")));
        Assert.True(File.Exists(Path.Combine(output, "main.runtimeconfig.json")));
        Assert.True(File.Exists(Path.Combine(output, "Pyrolyn.Runtime.dll")));
        var run = ChildProcess.Run(ChildProcess.Dotnet(_dir, new[] { "exec", Path.Combine(output, "main.dll"), "x" }));
        Assert.Equal("42 pkg.mod __main__\n['x']\n", run.StdOut);
    }

    [Fact]
    public void UsageErrors_ExitWith2()
    {
        var missing = Pyrolyn("run", "no_such_file.py");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("pyrolyn: error:", missing.StdErr);
        Assert.Contains("no_such_file.py", missing.StdErr);

        Assert.Equal(2, Pyrolyn("frobnicate").ExitCode);
        Assert.Equal(2, Pyrolyn("build", "main.py").ExitCode); // -o is required
        Assert.Equal(2, Pyrolyn("run", "-X", "gil=7", "main.py").ExitCode);
    }

    private void Write(string relativePath, string text)
    {
        string path = Path.Combine(_dir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private ChildProcess.Result Pyrolyn(params string[] args) =>
        ChildProcess.Run(ChildProcess.Pyrolyn(_dir, _cache, args));
}
