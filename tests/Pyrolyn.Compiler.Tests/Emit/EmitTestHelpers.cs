using System.Linq;
using System.Text.RegularExpressions;
using Pyrolyn.Compiler.Text;
using Xunit;

namespace Pyrolyn.Compiler.Tests.Emit;

/// <summary>Compiles a snippet to C# and inspects the text.</summary>
internal static class EmitTestHelpers
{
    public static CompilationResult Compile(string source, bool safepoints = true) =>
        PythonCompiler.Compile(new SourceText(source, "t.py"),
            new CompilationOptions { ModuleName = "t", EmitSafepoints = safepoints, EmitLineDirectives = false });

    public static string EmitCode(string source, bool safepoints = true)
    {
        var result = Compile(source, safepoints);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        return result.GeneratedCode!;
    }

    public static int Count(string text, string fragment) => Regex.Matches(text, Regex.Escape(fragment)).Count;

    /// <summary>The text of a generated static method, from its signature to the next member.</summary>
    public static string MethodBody(string code, string signature)
    {
        int start = code.IndexOf(signature, System.StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{signature}' not found in:\n{code}");
        int end = code.IndexOf("\n        }\n", start, System.StringComparison.Ordinal);
        return code.Substring(start, end - start);
    }
}
