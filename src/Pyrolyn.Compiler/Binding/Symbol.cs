using System;

namespace Pyrolyn.Compiler.Binding;

/// <summary>How a name is used inside one scope (CPython's symtable DEF_* flags).</summary>
[Flags]
public enum SymbolFlags
{
    None = 0,
    Assigned = 1,
    Parameter = 2,
    Used = 4,
    DeclaredGlobal = 8,
    DeclaredNonlocal = 16,
    Imported = 32,
    /// <summary>Bound by a walrus inside a comprehension: lives in the enclosing function.</summary>
    ComprehensionTarget = 64,
    /// <summary>A comprehension iteration variable.</summary>
    IterationVariable = 128,
}

/// <summary>Where a name lives at run time (CPython's LOCAL/GLOBAL_*/FREE/CELL).</summary>
public enum SymbolKind
{
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// <summary>One name in one scope.</summary>
public sealed class Symbol
{
    public Symbol(string name) => Name = name;

    public string Name { get; }
    public SymbolFlags Flags { get; set; }
    public SymbolKind Kind { get; set; }

    public bool IsBound => (Flags & (SymbolFlags.Assigned | SymbolFlags.Parameter | SymbolFlags.Imported)) != 0;
    public bool IsGlobal => Kind is SymbolKind.GlobalExplicit or SymbolKind.GlobalImplicit;
    public bool IsLocalOrCell => Kind is SymbolKind.Local or SymbolKind.Cell;
    public override string ToString() => $"{Name}: {Kind} ({Flags})";
}
