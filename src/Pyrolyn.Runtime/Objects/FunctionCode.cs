using System;

namespace Pyrolyn.Runtime;

/// <summary>
/// The static part of a compiled function (CPython's code object): names and the parameter
/// layout. Slots are ordered positional parameters, then <c>*args</c>, then keyword-only
/// parameters, then <c>**kwargs</c>; the compiled method takes one argument per slot.
/// </summary>
public sealed class FunctionCode
{
    public FunctionCode(string name, string qualName, string[] parameterNames, int posOnlyCount, int positionalCount,
        int kwOnlyCount, bool hasVarArgs, bool hasKwArgs, string fileName = "", int firstLine = 0)
    {
        Name = name;
        QualName = qualName;
        ParameterNames = parameterNames;
        PosOnlyCount = posOnlyCount;
        PositionalCount = positionalCount;
        KwOnlyCount = kwOnlyCount;
        HasVarArgs = hasVarArgs;
        HasKwArgs = hasKwArgs;
        FileName = fileName;
        FirstLine = firstLine;
        SlotCount = positionalCount + (hasVarArgs ? 1 : 0) + kwOnlyCount + (hasKwArgs ? 1 : 0);
        IsSimple = !hasVarArgs && !hasKwArgs && kwOnlyCount == 0;
    }

    public string Name { get; }
    public string QualName { get; }
    /// <summary>One name per slot.</summary>
    public string[] ParameterNames { get; }
    public int PosOnlyCount { get; }
    /// <summary>Positional-only plus ordinary parameters.</summary>
    public int PositionalCount { get; }
    public int KwOnlyCount { get; }
    public bool HasVarArgs { get; }
    public bool HasKwArgs { get; }
    public string FileName { get; }
    public int FirstLine { get; }
    public int SlotCount { get; }
    /// <summary>Only positional parameters: calls with positional arguments need no binding.</summary>
    public bool IsSimple { get; }

    public int VarArgsSlot => PositionalCount;
    public int KwOnlyStart => PositionalCount + (HasVarArgs ? 1 : 0);
    public int KwArgsSlot => SlotCount - 1;
}
