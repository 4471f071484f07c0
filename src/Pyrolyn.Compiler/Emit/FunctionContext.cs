using System.Collections.Generic;
using Pyrolyn.Compiler.Binding;

namespace Pyrolyn.Compiler.Emit;

/// <summary>The C# method (or lambda, or local function) being written for one Python scope.</summary>
internal sealed class FunctionContext
{
    public FunctionContext(Scope scope, string pythonName, FunctionContext? parent)
    {
        Scope = scope;
        PythonName = pythonName;
        Parent = parent;
    }

    /// <summary>The scope names resolve in (a class body temporarily switches it).</summary>
    public Scope Scope { get; set; }
    public string PythonName { get; }
    public FunctionContext? Parent { get; }
    public CodeWriter Body { get; } = new();
    public List<string> TempDeclarations { get; } = new();
    public List<CodeWriter> LocalFunctions { get; } = new();
    /// <summary>Exception variables of the enclosing except blocks (for bare raise).</summary>
    public List<(string Exception, string Line)> Handlers { get; } = new();
    /// <summary>Break labels of enclosing loops that have an else clause (null otherwise).</summary>
    public List<string?> Loops { get; } = new();
    /// <summary>Enclosing try statements whose finally body is written after the try.</summary>
    public List<FinallyRedirect> Redirects { get; } = new();
    /// <summary>The class namespace variable while emitting a class body.</summary>
    public string? ClassNs { get; set; }
    /// <summary>The C# variable holding the implicit __class__ cell of the enclosing class.</summary>
    public string? ClassCell { get; set; }
    /// <summary>The first parameter's C# name (zero-argument super()).</summary>
    public string? FirstParameter { get; set; }
    public bool TracksLines { get; set; } = true;
    /// <summary>Set while writing a generator's resumable body.</summary>
    public GeneratorState? Generator { get; set; }
    /// <summary>Expressions already evaluated into temporaries before a yield (generators).</summary>
    public Dictionary<Syntax.ExpressionSyntax, string>? Spilled { get; set; }
    /// <summary>Range loop variables kept as C# longs (see IndexOnlyLoopVariable), by Python name.</summary>
    public Dictionary<string, string>? UnboxedLoopVariables { get; set; }
    /// <summary>Locals kept unboxed while they hold ints (see IntLocals), by Python name.</summary>
    public HashSet<string>? IntLocals { get; set; }
    /// <summary>Locals kept unboxed while they hold floats (see FloatLocals), by Python name.</summary>
    public HashSet<string>? FloatLocals { get; set; }
    /// <summary>Continue targets of loops written with labels, by their break label.</summary>
    public Dictionary<string, string>? ContinueLabels { get; set; }
    private int _temps;

    public string Temp(string type = "global::Pyrolyn.Runtime.PyObject?")
    {
        string name = "t" + (++_temps);
        TempDeclarations.Add($"{type} {name} = default;");
        return name;
    }

    /// <summary>A name unique in this method for block-scoped variables.</summary>
    public string Fresh(string prefix) => prefix + (++_temps);
}
