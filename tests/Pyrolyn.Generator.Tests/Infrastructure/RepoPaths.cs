namespace Pyrolyn.Generator.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder holding Compiler.sln).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Compiler.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Compiler.sln not found above " + AppContext.BaseDirectory);
    }
}
