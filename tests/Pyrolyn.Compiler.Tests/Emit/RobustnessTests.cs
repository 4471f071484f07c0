using System.Linq;
using System.Text;
using Xunit;
using static Pyrolyn.Compiler.Tests.Emit.EmitTestHelpers;

namespace Pyrolyn.Compiler.Tests.Emit;

/// <summary>Huge or deeply nested scripts give C# or a diagnostic, never an exception.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void Five_thousand_nested_parentheses_give_a_diagnostic()
    {
        var result = Compile("x = " + new string('(', 5000) + "1" + new string(')', 5000) + "\n");
        Assert.False(result.Success);
        Assert.NotEmpty(result.Diagnostics);
    }

    [Fact]
    public void Deeply_nested_blocks_within_the_parsers_limit_compile()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 90; i++)
            sb.Append(' ', 4 * i).Append("if x:\n");
        sb.Append(' ', 4 * 90).Append("pass\n");
        Assert.True(Compile("x = 1\n" + sb).Success);
    }

    [Fact]
    public void A_long_module_body_is_split_into_chunk_methods()
    {
        var sb = new StringBuilder("total = 0\n");
        for (int i = 0; i < 1000; i++)
            sb.Append("total += ").Append(i).Append('\n');
        string code = EmitCode(sb.ToString());
        Assert.Contains("private static void __Body0()", code);
        Assert.Contains("__Body5();", code);
    }

    [Fact]
    public void A_script_with_more_constants_than_a_type_can_hold_still_compiles()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 40000; i++)
            sb.Append("x = ").Append(1000 + i).Append('\n');
        string code = EmitCode(sb.ToString());
        Assert.True(Count(code, "private static readonly global::Pyrolyn.Runtime.PyObject K") <= 30000);
    }
}
