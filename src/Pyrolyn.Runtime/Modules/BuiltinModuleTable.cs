namespace Pyrolyn.Runtime.Modules;

/// <summary>The runtime's builtin modules other than sys, by name.</summary>
public static class BuiltinModuleTable
{
    public static PyModule? Create(string name) => name switch
    {
        "math" => MathModule.Create(),
        "random" => RandomModule.Create(),
        "itertools" => ItertoolsModule.Create(),
        "functools" => FunctoolsModule.Create(),
        "operator" => OperatorModule.Create(),
        "heapq" => HeapqModule.Create(),
        "bisect" => BisectModule.Create(),
        "copy" => CopyModule.Create(),
        "string" => StringModule.Create(),
        "abc" => AbcModule.Create(),
        "typing" => TypingModule.Create(),
        "dataclasses" => DataclassesModule.Create(),
        "__future__" => FutureModule.Create(),
        "time" => TimeModule.Create(),
        "threading" => ThreadingModule.Create(),
        "queue" => QueueModule.Create(),
        "concurrent" => new PyModule("concurrent"),
        "concurrent.futures" => ConcurrentFuturesModule.Create(),
        "collections" => CollectionsModule.Create(),
        "json" => JsonModule.Create(),
        "json.decoder" => JsonModule.CreateDecoder(),
        "re" => ReModule.Create(),
        "io" => IoModule.Create(),
        "textwrap" => TextwrapModule.Create(),
        "contextlib" => ContextlibModule.Create(),
        "traceback" => TracebackModule.Create(),
        "os" => OsModule.Create(),
        "os.path" => OsModule.Create().GetAttr("path") as PyModule,
        "struct" => StructModule.Create(),
        "array" => ArrayModule.Create(),
        "fractions" => FractionsModule.Create(),
        "decimal" => DecimalModule.Create(),
        "statistics" => StatisticsModule.Create(),
        "enum" => EnumModule.Create(),
        _ => null,
    };
}

/// <summary>Hooks the table into the host's module lookup.</summary>
public static partial class BuiltinModules
{
    static partial void CreateFromTable(string name, ref PyModule? module) => module = BuiltinModuleTable.Create(name);
}
