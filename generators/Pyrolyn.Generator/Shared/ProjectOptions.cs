using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Pyrolyn.Shared;

/// <summary>
/// The MSBuild properties a Pyrolyn project sets, as read from <c>build_property.*</c> (made
/// visible by <c>CompilerVisibleProperty</c> items in <c>Pyrolyn.props</c>). Shared by the
/// generator and the analyzer (linked into both) so both name modules the same way.
/// </summary>
internal sealed record ProjectOptions(string ProjectDirectory, string MainScript, bool Gil, bool Safepoints,
    bool AnalyzerReportsErrors)
{
    public static ProjectOptions Read(AnalyzerConfigOptions options)
    {
        string projectDir = Get(options, "build_property.ProjectDir");
        if (projectDir.Length == 0)
            projectDir = Get(options, "build_property.MSBuildProjectDirectory");
        return new ProjectOptions(
            NormalizeDirectory(projectDir),
            ScriptPaths.Normalize(Get(options, "build_property.PyrolynMain")),
            IsTrue(Get(options, "build_property.PyrolynGil"), defaultValue: true),
            IsTrue(Get(options, "build_property.PyrolynSafepoints"), defaultValue: true),
            IsTrue(Get(options, "build_property.PyrolynAnalyzerReportsErrors"), defaultValue: false));
    }

    private static string Get(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && value is not null ? value.Trim() : "";

    private static bool IsTrue(string value, bool defaultValue) =>
        value.Length == 0 ? defaultValue : string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    private static string NormalizeDirectory(string directory)
    {
        string normalized = directory.Replace('\\', '/');
        return normalized.Length == 0 || normalized.EndsWith("/", StringComparison.Ordinal) ? normalized : normalized + "/";
    }
}

/// <summary>Path arithmetic on script paths, done on strings (no file-system access).</summary>
internal static class ScriptPaths
{
    public static bool IsPythonScript(string path) => path.EndsWith(".py", StringComparison.OrdinalIgnoreCase);

    public static string Normalize(string path)
    {
        string normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
            normalized = normalized.Substring(2);
        return normalized;
    }

    /// <summary>
    /// The script's path relative to the project directory, with <c>/</c> separators. A script
    /// outside the project (or with no known project directory) is named by its file name.
    /// </summary>
    public static string Relative(string fullPath, string projectDirectory)
    {
        string path = Normalize(fullPath);
        if (projectDirectory.Length > 0 && path.StartsWith(projectDirectory, StringComparison.OrdinalIgnoreCase))
            return path.Substring(projectDirectory.Length);
        int slash = path.LastIndexOf('/');
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }

    /// <summary>
    /// A name unique among the project's scripts, for the generated file's hint name: the
    /// relative path for a script inside the project, the whole path for one outside it (two
    /// <c>utils.py</c> linked from different folders must not collide).
    /// </summary>
    public static string UniqueName(string fullPath, string projectDirectory)
    {
        string path = Normalize(fullPath);
        if (projectDirectory.Length > 0 && path.StartsWith(projectDirectory, StringComparison.OrdinalIgnoreCase))
            return path.Substring(projectDirectory.Length);
        return "_external/" + path.Replace(":", "").TrimStart('/');
    }

    public static bool IsMain(string relativePath, ProjectOptions options) =>
        options.MainScript.Length > 0 && string.Equals(relativePath, options.MainScript, StringComparison.OrdinalIgnoreCase);
}
