using System.Collections.Generic;

namespace Pyrolyn.Compiler.Syntax;

/// <summary>Python 3.11's hard keywords (keyword.kwlist); soft keywords stay identifiers.</summary>
internal static class Keywords
{
    private static readonly HashSet<string> Hard = new()
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield",
    };

    public static bool IsHard(string name) => Hard.Contains(name);
}
