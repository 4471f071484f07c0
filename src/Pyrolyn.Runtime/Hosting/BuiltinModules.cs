namespace Pyrolyn.Runtime.Modules;

/// <summary>Modules implemented in C#: sys here; the rest come from the builtin module table.</summary>
public static partial class BuiltinModules
{
    public static PyModule? Create(string name) => name switch
    {
        "sys" => SysModule.Instance,
        _ => CreateOther(name),
    };

    // Filled in by BuiltinModuleTable once the runtime's other modules exist.
    static partial void CreateFromTable(string name, ref PyModule? module);

    private static PyModule? CreateOther(string name)
    {
        PyModule? module = null;
        CreateFromTable(name, ref module);
        return module;
    }
}
