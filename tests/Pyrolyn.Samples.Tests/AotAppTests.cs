using Xunit;
using Xunit.Abstractions;

namespace Pyrolyn.Samples.Tests;

/// <summary>
/// The NativeAOT promise: samples/AotApp, whose entry point is main.py, publishes with no trim
/// or AOT warnings and the native binary prints exactly what CPython printed.
/// </summary>
public sealed class AotAppTests
{
    private readonly ITestOutputHelper _output;

    public AotAppTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void AotApp_PublishesWithZeroTrimAndAotWarnings_AndPrintsWhatCPythonPrints()
    {
        string sample = Path.Combine(RepoPaths.Root, "samples", "AotApp");
        string outDir = Path.Combine(Path.GetTempPath(), "pyrolyn-aot-" + Guid.NewGuid().ToString("N"));
        try
        {
            var publish = ProcessRunner.Run("dotnet",
                // A private artifacts path keeps this publish from touching the bin/obj folders that
                // the rest of the test run is using.
                $"publish \"{sample}\" -r linux-x64 -c Release -p:PublishAot=true -p:TrimmerSingleWarn=false " +
                $"--artifacts-path \"{Path.Combine(outDir, "artifacts")}\" -o \"{Path.Combine(outDir, "bin")}\"",
                sample, TimeSpan.FromMinutes(15));
            _output.WriteLine(publish.StdOut);
            Assert.True(publish.ExitCode == 0, "publish failed:\n" + publish.StdOut + publish.StdErr);

            var ilWarnings = (publish.StdOut + publish.StdErr).Split('\n')
                .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"warning IL\d{4}"))
                .ToList();
            Assert.True(ilWarnings.Count == 0, "trim/AOT warnings:\n" + string.Join("\n", ilWarnings));

            string binary = Path.Combine(outDir, "bin", "AotApp");
            Assert.True(File.Exists(binary), "native binary missing: " + binary);
            var run = ProcessRunner.Run(binary, "", sample, TimeSpan.FromMinutes(2));
            string expected = File.ReadAllText(Path.Combine(sample, "expected_output.txt"));
            Assert.Equal(0, run.ExitCode);
            Assert.Equal(expected, run.StdOut);
        }
        finally
        {
            if (Directory.Exists(outDir))
                Directory.Delete(outDir, recursive: true);
        }
    }
}
