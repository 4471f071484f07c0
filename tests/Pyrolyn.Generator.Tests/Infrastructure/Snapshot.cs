using Microsoft.CodeAnalysis;
using Xunit;

namespace Pyrolyn.Generator.Tests.Infrastructure;

/// <summary>
/// Received/verified snapshots of generated files, in the convention of Verify.SourceGenerators:
/// one <c>Snapshots/{Test}.{hint}.verified.cs</c> per generated file. On a mismatch the actual
/// text is written beside it as <c>.received.cs</c> (git-ignored) and the test fails; diff the
/// two, and accept by copying, or by running the tests with <c>PYROLYN_ACCEPT_SNAPSHOTS=1</c>.
/// </summary>
internal static class Snapshot
{
    private const string Verified = ".verified.cs";
    private const string Received = ".received.cs";

    public static bool Accepting => Environment.GetEnvironmentVariable("PYROLYN_ACCEPT_SNAPSHOTS") == "1";

    public static string Directory { get; } = Path.Combine(RepoPaths.Root, "tests", "Pyrolyn.Generator.Tests", "Snapshots");

    public static void Verify(string testName, GeneratorDriverRunResult result)
    {
        var problems = new List<string>();
        var expectedFiles = new HashSet<string>(StringComparer.Ordinal);

        foreach (GeneratedSourceResult source in result.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            string stem = Path.Combine(Directory, testName + "." + StripCs(source.HintName));
            string verifiedPath = stem + Verified;
            string receivedPath = stem + Received;
            expectedFiles.Add(Path.GetFileName(verifiedPath));
            string actual = Normalize(source.SourceText.ToString());

            if (Accepting)
            {
                File.WriteAllText(verifiedPath, actual);
                File.Delete(receivedPath);
            }
            else if (!File.Exists(verifiedPath) || Normalize(File.ReadAllText(verifiedPath)) != actual)
            {
                File.WriteAllText(receivedPath, actual);
                problems.Add((File.Exists(verifiedPath) ? "changed: " : "new: ") + Path.GetFileName(receivedPath));
            }
            else
            {
                File.Delete(receivedPath);
            }
        }

        // A verified file that the generator no longer produces is a failure too.
        foreach (string stale in System.IO.Directory.GetFiles(Directory, testName + ".*" + Verified))
        {
            if (expectedFiles.Contains(Path.GetFileName(stale)))
                continue;
            if (Accepting)
                File.Delete(stale);
            else
                problems.Add("no longer generated: " + Path.GetFileName(stale));
        }

        Assert.True(problems.Count == 0,
            "Snapshots differ (compare *.received.cs with *.verified.cs in " + Directory +
            "; set PYROLYN_ACCEPT_SNAPSHOTS=1 to accept):\n" + string.Join("\n", problems));
    }

    // "pkg.mod.py.g.cs" -> "pkg.mod.py.g"
    private static string StripCs(string hintName) =>
        hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName;

    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}
