using Xunit;

namespace Pyrolyn.Conformance.Tests;

/// <summary>The GIL mode switch, as a user selects it: <c>sys._is_gil_enabled()</c> is True by
/// default, False under <c>PYTHON_GIL=0</c> or <c>-X gil=0</c>, and <c>-X gil</c> beats
/// <c>PYTHON_GIL</c> (CPython's precedence). Pyrolyn-only behaviour (CPython 3.11 has no
/// free-threaded build), so it lives here rather than in the CPython corpus.</summary>
public sealed class GilModeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "pyrolyn-gil-test-" + Guid.NewGuid().ToString("N"));

    public GilModeTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "gil.py"), "import sys\nprint(sys._is_gil_enabled())\n");
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
    public void IsGilEnabled_TellsTheTruth_WithCPythonsPrecedence()
    {
        Assert.Equal("True\n", Run(null));
        Assert.Equal("False\n", Run("0"));
        Assert.Equal("True\n", Run("1"));
        Assert.Equal("False\n", Run(null, "-X", "gil=0"));
        Assert.Equal("True\n", Run("0", "-X", "gil=1"));
        Assert.Equal("False\n", Run("1", "-X", "gil=0"));
    }

    private string Run(string? pythonGil, params string[] xOptions)
    {
        var psi = ChildProcess.Pyrolyn(_dir, Path.Combine(_dir, ".cache"), new[] { "run" }.Concat(xOptions).Append("gil.py"));
        psi.Environment.Remove("PYROLYN_X_GIL");
        if (pythonGil is null)
            psi.Environment.Remove("PYTHON_GIL");
        else
            psi.Environment["PYTHON_GIL"] = pythonGil;
        var result = ChildProcess.Run(psi);
        Assert.True(result.ExitCode == 0, result.StdErr);
        return result.StdOut;
    }
}
