using Xunit;
using Xunit.Abstractions;

namespace Pyrolyn.Samples.Tests;

/// <summary>
/// samples/ThreadedPrimes runs in both modes, GIL (<c>PYTHON_GIL=1</c>) and free-threaded
/// (<c>PYTHON_GIL=0</c>), and prints CPython's count (expected_output.txt; the timing line goes to
/// stderr and is not compared).
/// </summary>
public sealed class ThreadedPrimesTests
{
    private readonly ITestOutputHelper _output;

    public ThreadedPrimesTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void ThreadedPrimes_RunsInBothModes_AndCountsWhatCPythonCounts()
    {
        string sample = Path.Combine(RepoPaths.Root, "samples", "ThreadedPrimes");
        string outDir = Path.Combine(Path.GetTempPath(), "pyrolyn-primes-" + Guid.NewGuid().ToString("N"));
        try
        {
            var build = ProcessRunner.Run("dotnet",
                $"build \"{sample}\" -c Release --artifacts-path \"{Path.Combine(outDir, "artifacts")}\" -o \"{Path.Combine(outDir, "bin")}\"",
                sample, TimeSpan.FromMinutes(10));
            Assert.True(build.ExitCode == 0, "build failed:\n" + build.StdOut + build.StdErr);
            string dll = Path.Combine(outDir, "bin", "ThreadedPrimes.dll");
            string expected = File.ReadAllText(Path.Combine(sample, "expected_output.txt"));
            foreach (string gil in new[] { "1", "0" })
            {
                var run = ProcessRunner.Run("dotnet", $"exec \"{dll}\"", sample, TimeSpan.FromMinutes(5),
                    new Dictionary<string, string> { ["PYTHON_GIL"] = gil });
                _output.WriteLine($"PYTHON_GIL={gil}: {run.StdOut.Trim()} / {run.StdErr.Trim()}");
                Assert.True(run.ExitCode == 0, $"PYTHON_GIL={gil}: exit {run.ExitCode}\n{run.StdErr}");
                Assert.Equal(expected, run.StdOut);
                Assert.Contains(gil == "1" ? "GIL on" : "GIL off", run.StdErr);
            }
        }
        finally
        {
            if (Directory.Exists(outDir))
                Directory.Delete(outDir, recursive: true);
        }
    }
}
