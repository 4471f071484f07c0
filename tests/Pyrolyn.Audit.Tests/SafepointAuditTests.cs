using Pyrolyn.Cli.Building;
using Pyrolyn.Conformance.Tests;
using Xunit;
using Xunit.Abstractions;

namespace Pyrolyn.Audit.Tests;

/// <summary>
/// Issue 3, section 8: the conformance scripts, compiled (one assembly per corpus folder, by the
/// conformance harness's <see cref="AreaBuild"/>), pass the safepoint audit; and the audit does
/// fail on an assembly compiled without safepoints, so it cannot pass vacuously.
/// </summary>
public sealed class SafepointAuditTests
{
    private readonly ITestOutputHelper _output;

    public SafepointAuditTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> Areas() =>
        Corpus.Scripts.Select(Corpus.AreaOf).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal)
            .Select(a => new object[] { a });

    private AreaBuild Build(string area)
    {
        var build = AreaBuild.For(area);
        _output.WriteLine($"{area}: {build.Keys.Count} scripts compiled, {build.Failures.Count} not compiled ({build.BuildTime.TotalSeconds:0.0} s)");
        Assert.True(build.AssemblyPath is not null, $"nothing in {area} compiled:\n" + string.Join("\n", build.Failures.Take(3).Select(f => f.Key + ": " + f.Value)));
        return build;
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void EveryBackwardBranchPassesASafepoint(string area)
    {
        using var module = SafepointAudit.Load(Build(area).AssemblyPath!);
        int methods = SafepointAudit.ScriptMethods(module).Count();
        Assert.True(methods > 0, "no script methods found in " + module.Name);
        var violations = SafepointAudit.UnpolledBackEdges(module);
        Assert.True(violations.Count == 0, $"{violations.Count} loop(s) without a safepoint:\n" + string.Join("\n", violations.Take(50)));
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void NoScriptMethodCallsABlockingApiDirectly(string area)
    {
        using var module = SafepointAudit.Load(Build(area).AssemblyPath!);
        var violations = SafepointAudit.BlockingCalls(module);
        Assert.True(violations.Count == 0, string.Join("\n", violations.Take(50)));
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void ScriptAssembliesReferenceNoReflectionEmitNorDynamicBinder(string area)
    {
        using var module = SafepointAudit.Load(Build(area).AssemblyPath!);
        var violations = SafepointAudit.ForbiddenReferences(module);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void RuntimeReferencesNoReflectionEmitNorDynamicBinder()
    {
        using var module = SafepointAudit.Load(ProgramCompiler.RuntimeAssemblyPath);
        var violations = SafepointAudit.ForbiddenReferences(module);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    // ------------------------------------------------------------------ the audit can fail

    private const string LoopScript = """
        def spin(n):
            total = 0
            i = 0
            while i < n:
                total += i
                i += 1
            for j in range(n):
                total += j
            return total

        print(spin(10))
        """;

    private static string BuildLoop(bool safepoints, string dir)
    {
        Directory.CreateDirectory(dir);
        string script = Path.Combine(dir, "loop.py");
        File.WriteAllText(script, LoopScript);
        var build = ProgramCompiler.Build(script, Path.Combine(dir, "out"), new ProgramOptions { EmitSafepoints = safepoints }, "loop");
        Assert.True(build.Success, string.Join("\n", build.Errors));
        return build.AssemblyPath!;
    }

    [Fact]
    public void TheAuditReportsLoopsCompiledWithoutSafepoints()
    {
        string dir = Path.Combine(Path.GetTempPath(), "pyrolyn-audit-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var without = SafepointAudit.Load(BuildLoop(safepoints: false, Path.Combine(dir, "off"))))
            {
                var violations = SafepointAudit.UnpolledBackEdges(without);
                foreach (string v in violations)
                    _output.WriteLine(v);
                Assert.True(violations.Count >= 2, "the audit missed the loops of a program compiled with EmitSafepoints=false");
                Assert.Contains(violations, v => v.Contains("spin", StringComparison.Ordinal));
            }
            using (var with = SafepointAudit.Load(BuildLoop(safepoints: true, Path.Combine(dir, "on"))))
                Assert.Empty(SafepointAudit.UnpolledBackEdges(with));
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public void TheAuditReportsBlockingCallsAndForbiddenReferences()
    {
        // Hand-written C# in the script namespace: a direct Thread.Sleep, a Monitor.Wait in a
        // lambda, and a Reflection.Emit reference.
        const string code = """
            namespace Pyrolyn.Scripts
            {
                public static class Bad
                {
                    public static void Main() { }
                    public static void Nap() => System.Threading.Thread.Sleep(1);
                    public static System.Action Later(object o) => () => System.Threading.Monitor.Wait(o);
                    public static object Emit() => typeof(System.Reflection.Emit.OpCodes);
                }
            }
            """;
        string dir = Path.Combine(Path.GetTempPath(), "pyrolyn-audit-" + Guid.NewGuid().ToString("N"));
        try
        {
            var errors = ProgramCompiler.CompileCSharpDetailed("bad", new[] { ("Bad.cs", code) }, dir, new ProgramOptions(), "Pyrolyn.Scripts.Bad");
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Text)));
            using var module = SafepointAudit.Load(Path.Combine(dir, "bad.dll"));
            var blocking = SafepointAudit.BlockingCalls(module);
            Assert.Contains(blocking, v => v.Contains("System.Threading.Thread::Sleep", StringComparison.Ordinal));
            Assert.Contains(blocking, v => v.Contains("System.Threading.Monitor::Wait", StringComparison.Ordinal));
            Assert.Contains(SafepointAudit.ForbiddenReferences(module), v => v.Contains("System.Reflection.Emit", StringComparison.Ordinal));
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }
}
