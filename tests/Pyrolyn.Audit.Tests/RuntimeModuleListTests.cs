using System.Text.RegularExpressions;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Runtime.Modules;
using Xunit;

namespace Pyrolyn.Audit.Tests;

/// <summary>
/// The compiler (netstandard2.0, no runtime reference) lists the runtime's modules in
/// <see cref="RuntimeModules"/> to report imports of unknown modules (PY2003). Every module of
/// the runtime's <c>BuiltinModuleTable</c> (read from its source, since the table is a switch)
/// and <c>sys</c> must be in that list, or importing it would fail to compile.
/// </summary>
public sealed class RuntimeModuleListTests
{
    private static IReadOnlyList<string> TableModules()
    {
        string path = Path.Combine(RepoRoot(), "src", "Pyrolyn.Runtime", "Modules", "BuiltinModuleTable.cs");
        string source = File.ReadAllText(path);
        var names = Regex.Matches(source, "^\\s*\"([A-Za-z_][A-Za-z0-9_.]*)\"\\s*=>", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.True(names.Count >= 5, "no module names found in " + path);
        return names;
    }

    [Fact]
    public void Every_runtime_module_is_in_the_compilers_list()
    {
        var missing = TableModules().Append("sys").Where(n => !RuntimeModules.Contains(n)).ToList();
        Assert.True(missing.Count == 0,
            "add these modules to src/Pyrolyn.Compiler/Binding/RuntimeModules.cs: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_names_read_from_the_table_are_modules_the_runtime_creates()
    {
        foreach (string name in TableModules().Append("sys"))
            Assert.True(BuiltinModules.Create(name) is not null, name + " is not created by the runtime");
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Compiler.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Compiler.sln not found");
    }
}
