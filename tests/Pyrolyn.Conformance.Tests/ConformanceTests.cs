using System.Text;
using Xunit;
using Xunit.Sdk;

namespace Pyrolyn.Conformance.Tests;

/// <summary>Every corpus script, compiled by Pyrolyn, prints exactly what CPython printed and
/// fails (exit code, last stderr line) exactly where CPython failed.</summary>
public sealed class ConformanceTests
{
    /// <summary>Every script, plus every <c>threading/</c> script a second time run free-threaded
    /// (<c>PYTHON_GIL=0</c>) as <c>threading/x.py [gil=0]</c>, against the same expected output.</summary>
    public static IEnumerable<object[]> Scripts() =>
        Corpus.Scripts.Concat(Corpus.Scripts.Where(Corpus.RunsFreeThreadedToo).Select(s => s + Corpus.GilOffSuffix))
            .Select(s => new object[] { s });

    [Fact]
    public void CorpusIsFound() =>
        Assert.True(Directory.Exists(Corpus.Root), "tests/conformance is missing under " + Corpus.RepoRoot);

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script(string testCase)
    {
        string script = Corpus.ScriptOf(testCase);
        var expected = Expectation.Load(Corpus.FullPath(script));
        var build = AreaBuild.For(Corpus.AreaOf(script));
        if (build.Failures.TryGetValue(script, out string? why))
            throw new XunitException($"{script} {why}");

        var run = ScriptRuns.Get(testCase) ?? throw new XunitException($"{script} was not compiled");
        var problems = new List<string>();
        if (run.TimedOut)
            problems.Add($"timed out after {ScriptRuns.Timeout.TotalSeconds:0} s");

        string? stdoutDiff = Diff.FirstDifference(expected.Stdout, run.Stdout);
        if (stdoutDiff is not null)
            problems.Add("stdout differs from CPython's: " + stdoutDiff);

        string lastLine = LastNonEmptyLine(run.Stderr);
        if (run.ExitCode != expected.ExitCode)
            problems.Add($"exit code {run.ExitCode}, CPython's was {expected.ExitCode}");
        if (expected.LastStderrLine is not null && lastLine != expected.LastStderrLine)
            problems.Add($"last stderr line differs:\n  expected: {Diff.Show(expected.LastStderrLine)}\n  actual:   {Diff.Show(lastLine)}");

        if (problems.Count > 0)
        {
            var sb = new StringBuilder();
            sb.Append(testCase).Append(": ").AppendJoin("\n", problems);
            if (run.Stderr.Length > 0 && (expected.LastStderrLine is null || run.ExitCode != expected.ExitCode))
                sb.Append("\n--- stderr (last 25 lines) ---\n").AppendJoin("\n", run.Stderr.TrimEnd().Split('\n').TakeLast(25));
            throw new XunitException(sb.ToString());
        }
    }

    private static string LastNonEmptyLine(string text)
    {
        foreach (string line in text.Split('\n').Reverse())
        {
            if (line.Trim().Length > 0)
                return line.TrimEnd();
        }
        return "";
    }
}

/// <summary>Locates the first difference between two outputs, line by line.</summary>
public static class Diff
{
    public static string? FirstDifference(byte[] expected, byte[] actual)
    {
        if (expected.AsSpan().SequenceEqual(actual))
            return null;
        string e = Encoding.UTF8.GetString(expected);
        string a = Encoding.UTF8.GetString(actual);
        string[] el = e.Split('\n');
        string[] al = a.Split('\n');
        int n = Math.Min(el.Length, al.Length);
        for (int i = 0; i < n; i++)
        {
            if (el[i] != al[i])
                return $"first difference at line {i + 1}:\n  expected: {Show(el[i])}\n  actual:   {Show(al[i])}" + Counts(el, al);
        }
        if (el.Length != al.Length)
        {
            string more = el.Length > al.Length
                ? $"output ends early: line {n + 1} expected {Show(el[n])}"
                : $"extra output from line {n + 1}: {Show(al[n])}";
            return more + Counts(el, al);
        }
        return $"the texts are equal but the bytes differ (encoding?): expected {expected.Length} bytes, got {actual.Length}";
    }

    private static string Counts(string[] e, string[] a) => $"\n  ({e.Length - 1} lines expected, {a.Length - 1} printed)";

    /// <summary>A line as a readable literal (control characters escaped, long lines cut).</summary>
    public static string Show(string line)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in line.Length > 300 ? line.Substring(0, 300) : line)
        {
            if (c == '"' || c == '\\')
                sb.Append('\\').Append(c);
            else if (c < ' ' || c == '\x7f')
                sb.Append(c switch { '\r' => "\\r", '\t' => "\\t", _ => $"\\x{(int)c:x2}" });
            else
                sb.Append(c);
        }
        sb.Append('"');
        if (line.Length > 300)
            sb.Append("...");
        return sb.ToString();
    }
}
