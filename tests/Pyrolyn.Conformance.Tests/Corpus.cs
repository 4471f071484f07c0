namespace Pyrolyn.Conformance.Tests;

/// <summary>
/// The conformance corpus: <c>tests/conformance/&lt;area&gt;/NAME.py</c> with <c>NAME.expected</c>
/// (CPython's stdout) and, for scripts that fail on purpose, <c>NAME.expected_error</c>
/// (<c>exit: N</c> and <c>last: &lt;last stderr line&gt;</c>). Files whose name starts with
/// <c>_</c> are helpers that scripts import, not tests.
/// </summary>
public static class Corpus
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Root { get; } = Path.Combine(RepoRoot, "tests", "conformance");

    /// <summary>Every script, as a path relative to <see cref="Root"/> with '/' separators, sorted.</summary>
    public static IReadOnlyList<string> Scripts { get; } = FindScripts();

    /// <summary>Suffix of the test case that runs a script with the GIL off (<c>PYTHON_GIL=0</c>).</summary>
    public const string GilOffSuffix = " [gil=0]";

    /// <summary>Scripts that also run free-threaded: the whole <c>threading/</c> area.</summary>
    public static bool RunsFreeThreadedToo(string script) => script.StartsWith("threading/", StringComparison.Ordinal);

    /// <summary>The script of a test case (<c>threading/x.py [gil=0]</c> is <c>threading/x.py</c>).</summary>
    public static string ScriptOf(string testCase) =>
        testCase.EndsWith(GilOffSuffix, StringComparison.Ordinal) ? testCase.Substring(0, testCase.Length - GilOffSuffix.Length) : testCase;

    /// <summary>True for a test case that runs with the GIL off.</summary>
    public static bool IsGilOff(string testCase) => testCase.EndsWith(GilOffSuffix, StringComparison.Ordinal);

    public static string FullPath(string script) => Path.Combine(Root, script.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The folder a script is compiled with (its area; imports are searched there).</summary>
    public static string AreaOf(string script)
    {
        int slash = script.LastIndexOf('/');
        return slash < 0 ? "" : script.Substring(0, slash);
    }

    private static IReadOnlyList<string> FindScripts()
    {
        if (!Directory.Exists(Root))
            return Array.Empty<string>();
        return Directory.EnumerateFiles(Root, "*.py", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).StartsWith('_'))
            .Where(p => !string.Equals(Path.GetFullPath(p), Path.Combine(Root, "regen.py"), StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(Root, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => p.Contains('/')) // scripts live in area folders
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Compiler.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Compiler.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>What CPython did with a script.</summary>
public sealed record Expectation(byte[] Stdout, int ExitCode, string? LastStderrLine)
{
    public static Expectation Load(string scriptPath)
    {
        string stem = Path.ChangeExtension(scriptPath, null);
        string expectedPath = stem + ".expected";
        if (!File.Exists(expectedPath))
            throw new FileNotFoundException($"{expectedPath} is missing (run tests/conformance/regen.py)");
        byte[] stdout = File.ReadAllBytes(expectedPath);
        string errorPath = stem + ".expected_error";
        if (!File.Exists(errorPath))
            return new Expectation(stdout, 0, null);

        int? exit = null;
        string? last = null;
        foreach (string line in File.ReadAllText(errorPath).Split('\n'))
        {
            if (line.StartsWith("exit:", StringComparison.Ordinal))
                exit = int.Parse(line.Substring(5).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            else if (line.StartsWith("last:", StringComparison.Ordinal))
                // "last: " then the line as is: it may start with spaces (exception-group tracebacks).
                last = (line.Length > 5 && line[5] == ' ' ? line.Substring(6) : line.Substring(5)).TrimEnd('\r', ' ', '\t');
        }
        if (exit is null)
            throw new InvalidDataException($"{errorPath}: no 'exit: <code>' line");
        return new Expectation(stdout, exit.Value, last ?? "");
    }
}
