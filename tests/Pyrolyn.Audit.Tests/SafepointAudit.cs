using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Pyrolyn.Audit.Tests;

/// <summary>
/// The audit itself, over one compiled assembly. Script methods are the methods of the types in
/// namespace <c>Pyrolyn.Scripts</c> and of every type nested in them (closure classes, the
/// <c>&lt;&gt;c</c> lambda holders, iterator/async state machines); local functions are methods
/// of those types too.
/// </summary>
public static class SafepointAudit
{
    public const string ScriptNamespace = "Pyrolyn.Scripts";
    private const string GilType = "Pyrolyn.Runtime.Threading.Gil";

    /// <summary>Blocking .NET APIs a script method must not call directly (the runtime's wrappers
    /// release the GIL around them): declaring type → method names (a trailing '*' is a prefix).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> BlockingApis = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["System.Threading.Thread"] = new[] { "Sleep", "Join" },
        ["System.Threading.Monitor"] = new[] { "Wait", "Enter", "TryEnter" },
        ["System.Threading.WaitHandle"] = new[] { "WaitOne", "WaitAll", "WaitAny", "SignalAndWait" },
        ["System.Threading.EventWaitHandle"] = new[] { "WaitOne" },
        ["System.Threading.ManualResetEvent"] = new[] { "WaitOne" },
        ["System.Threading.AutoResetEvent"] = new[] { "WaitOne" },
        ["System.Threading.Mutex"] = new[] { "WaitOne" },
        ["System.Threading.Semaphore"] = new[] { "WaitOne" },
        ["System.Threading.SemaphoreSlim"] = new[] { "Wait" },
        ["System.Threading.ManualResetEventSlim"] = new[] { "Wait" },
        ["System.Threading.CountdownEvent"] = new[] { "Wait" },
        ["System.Threading.Barrier"] = new[] { "SignalAndWait" },
        ["System.Threading.SpinWait"] = new[] { "SpinUntil" },
        ["System.Threading.Tasks.Task"] = new[] { "Wait", "WaitAll", "WaitAny", "RunSynchronously" },
        ["System.Threading.Tasks.Task`1"] = new[] { "Wait", "get_Result" },
        ["System.Threading.Tasks.ValueTask`1"] = new[] { "get_Result" },
        ["System.Runtime.CompilerServices.TaskAwaiter"] = new[] { "GetResult" },
        ["System.Runtime.CompilerServices.TaskAwaiter`1"] = new[] { "GetResult" },
        ["System.Collections.Concurrent.BlockingCollection`1"] = new[] { "Take", "Add", "TryTake", "TryAdd" },
        ["System.Console"] = new[] { "ReadLine", "Read", "ReadKey" },
        ["System.IO.TextReader"] = new[] { "Read*" },
        ["System.IO.StreamReader"] = new[] { "Read*" },
        ["System.IO.Stream"] = new[] { "Read*", "CopyTo", "Flush" },
        ["System.IO.FileStream"] = new[] { "Read*", "Flush" },
        ["System.IO.File"] = new[] { "Read*", "Open*", "Write*", "Append*", "Copy", "Move", "Replace" },
        ["System.Diagnostics.Process"] = new[] { "WaitForExit" },
        ["System.Net.Sockets.Socket"] = new[] { "Receive*", "Accept", "Connect", "Send*" },
        ["System.Net.Http.HttpClient"] = new[] { "Send" },
    };

    /// <summary>Namespaces nothing may reference: runtime code generation and the C# dynamic binder.</summary>
    public static readonly string[] ForbiddenNamespaces = { "System.Reflection.Emit", "Microsoft.CSharp.RuntimeBinder" };

    public static ModuleDefinition Load(string assemblyPath)
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!);
        return ModuleDefinition.ReadModule(assemblyPath, new ReaderParameters { AssemblyResolver = resolver, ReadSymbols = false });
    }

    /// <summary>Every method with a body in the script types (nested types included).</summary>
    public static IEnumerable<MethodDefinition> ScriptMethods(ModuleDefinition module)
    {
        static IEnumerable<TypeDefinition> WithNested(TypeDefinition t) =>
            new[] { t }.Concat(t.NestedTypes.SelectMany(WithNested));

        return module.Types
            .Where(t => t.Namespace == ScriptNamespace || t.Namespace.StartsWith(ScriptNamespace + ".", StringComparison.Ordinal))
            .SelectMany(WithNested)
            .SelectMany(t => t.Methods)
            .Where(m => m.HasBody);
    }

    /// <summary>A call that polls the eval breaker: <c>Gil.Safepoint()</c>, its slow path, or an
    /// inlined poll (a load of the eval-breaker field).</summary>
    public static bool IsPoll(Instruction instruction)
    {
        if (instruction.Operand is MethodReference m && (instruction.OpCode == OpCodes.Call || instruction.OpCode == OpCodes.Callvirt))
            return m.DeclaringType.FullName == GilType && m.Name is "Safepoint" or "HandleEvalBreaker" or "get_EvalBreaker";
        if (instruction.Operand is FieldReference f && (instruction.OpCode == OpCodes.Ldsfld || instruction.OpCode == OpCodes.Volatile))
            return f.DeclaringType.FullName == GilType && f.Name == "_evalBreaker";
        return false;
    }

    /// <summary>(i) Backward branches whose loop body (target .. branch) contains no poll.</summary>
    public static List<string> UnpolledBackEdges(ModuleDefinition module)
    {
        var violations = new List<string>();
        foreach (var method in ScriptMethods(module))
        {
            var body = method.Body.Instructions;
            for (int i = 0; i < body.Count; i++)
            {
                var branch = body[i];
                if (branch.OpCode.FlowControl is not (FlowControl.Branch or FlowControl.Cond_Branch))
                    continue;
                IEnumerable<Instruction> targets = branch.Operand switch
                {
                    Instruction t => new[] { t },
                    Instruction[] ts => ts,
                    _ => Array.Empty<Instruction>(),
                };
                foreach (var target in targets.Where(t => t.Offset <= branch.Offset))
                {
                    int start = body.IndexOf(target);
                    bool polled = false;
                    for (int k = start; k <= i && !polled; k++)
                        polled = IsPoll(body[k]);
                    if (!polled)
                        violations.Add($"{method.FullName}: IL_{branch.Offset:x4} {branch.OpCode.Name} back to IL_{target.Offset:x4} without a safepoint poll");
                }
            }
        }
        return violations;
    }

    /// <summary>(ii) Direct calls from script methods to known blocking APIs.</summary>
    public static List<string> BlockingCalls(ModuleDefinition module)
    {
        var violations = new List<string>();
        foreach (var method in ScriptMethods(module))
        {
            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.Operand is not MethodReference callee ||
                    instruction.OpCode.FlowControl != FlowControl.Call && instruction.OpCode != OpCodes.Ldftn && instruction.OpCode != OpCodes.Ldvirtftn)
                    continue;
                string type = callee.DeclaringType.GetElementType().FullName;
                if (BlockingApis.TryGetValue(type, out var names) && names.Any(n => n.EndsWith('*')
                        ? callee.Name.StartsWith(n.TrimEnd('*'), StringComparison.Ordinal)
                        : callee.Name == n))
                    violations.Add($"{method.FullName}: IL_{instruction.Offset:x4} calls blocking {type}::{callee.Name} directly");
            }
        }
        return violations;
    }

    /// <summary>(iii) References to <see cref="ForbiddenNamespaces"/> (types, members, assemblies).</summary>
    public static List<string> ForbiddenReferences(ModuleDefinition module)
    {
        static bool Bad(string? ns) => ns is not null && ForbiddenNamespaces.Any(f => ns == f || ns.StartsWith(f + ".", StringComparison.Ordinal));
        var violations = new List<string>();
        foreach (var type in module.GetTypeReferences())
        {
            if (Bad(type.Namespace) || type.DeclaringType is { } outer && Bad(outer.Namespace))
                violations.Add($"{module.Name}: references type {type.FullName}");
        }
        foreach (var member in module.GetMemberReferences())
        {
            if (Bad(member.DeclaringType?.GetElementType().Namespace))
                violations.Add($"{module.Name}: references member {member.FullName}");
        }
        foreach (var asm in module.AssemblyReferences)
        {
            if (asm.Name is "Microsoft.CSharp" or "System.Reflection.Emit" or "System.Reflection.Emit.Lightweight" or "System.Reflection.Emit.ILGeneration")
                violations.Add($"{module.Name}: references assembly {asm.Name}");
        }
        foreach (var type in module.Types)
        {
            if (Bad(type.Namespace))
                violations.Add($"{module.Name}: defines type {type.FullName}");
        }
        return violations.Distinct().ToList();
    }
}
