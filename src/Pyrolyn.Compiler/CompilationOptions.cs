namespace Pyrolyn.Compiler;

/// <summary>How one script is compiled.</summary>
public sealed class CompilationOptions
{
    /// <summary>The Python module name, e.g. <c>utils</c> or <c>pkg.mod</c>.</summary>
    public string ModuleName { get; set; } = "__main__";

    /// <summary>Emit a C# <c>Main</c> that runs this module as <c>__main__</c>.</summary>
    public bool IsEntryPoint { get; set; }

    /// <summary>GIL safepoints at loop back-edges and function entry. Off only for the
    /// safepoint-cost benchmark.</summary>
    public bool EmitSafepoints { get; set; } = true;

    /// <summary>The build default for the GIL (MSBuild <c>PyrolynGil</c>): false builds a program
    /// that runs free-threaded unless <c>-X gil=1</c> or <c>PYTHON_GIL=1</c> says otherwise.
    /// Only affects the generated <c>Main</c> of an entry point.</summary>
    public bool GilByDefault { get; set; } = true;

    /// <summary><c>#line</c> directives that map generated code back to the .py file.</summary>
    public bool EmitLineDirectives { get; set; } = true;

    /// <summary>Whether a dotted module name is a module of the project (a .py file or package the
    /// host will compile). When set, importing a module that is neither a project module nor a
    /// runtime module (<see cref="Binding.RuntimeModules"/>) is a PY2003 error; null: the host does
    /// not know the project's modules and imports are not checked.</summary>
    public System.Func<string, bool>? ProjectModuleExists { get; set; }
}
