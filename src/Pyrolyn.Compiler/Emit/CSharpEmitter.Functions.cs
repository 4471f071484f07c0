using System.Collections.Generic;
using System.Linq;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Emit;

public sealed partial class CSharpEmitter
{
    private const int MaxArity = 6;

    private string EmitCall(FunctionContext ctx, CallSyntax call)
    {
        bool complex = call.Args.Any(a => a is StarredSyntax) || call.Keywords.Any(k => k.Arg is null);
        // Zero-argument super() inside a method.
        if (call.Args.Count == 0 && call.Keywords.Count == 0 && IsBuiltinRef(ctx, call.Func, "super")
            && ctx.Scope.UsesClassCell && ctx.ClassCell is not null)
            return $"{R}ObjectProtocol.Super({ctx.ClassCell}, {ctx.FirstParameter ?? "null"})";
        if (complex)
        {
            string f = ctx.Temp();
            string fexpr = $"({f} = {Expr(ctx, call.Func)})";
            string pos = $"{R}Build.CallArgs({f}, {StarItems(ctx, call.Args)})";
            string kw = call.Keywords.Count == 0 ? "null"
                : $"{R}Build.Keywords({f}, new string?[] {{ {string.Join(", ", call.Keywords.Select(k => k.Arg is null ? "null" : CSharpNames.String(k.Arg)))} }}, new {Obj}[] {{ {string.Join(", ", call.Keywords.Select(k => Expr(ctx, k.Value)))} }})";
            return $"{R}Calls.CallEx({fexpr}, {pos}, {kw})";
        }
        var args = call.Args.Select(a => Expr(ctx, a)).ToList();
        if (call.Keywords.Count == 0 && call.Func is NameSyntax bn && StaticBuiltinCall(ctx, bn, args) is { } builtinCall)
            return builtinCall;
        if (call.Func is AttributeSyntax at)
        {
            string o = Expr(ctx, at.Value);
            string name = CSharpNames.String(at.Attr);
            // list.append is the commonest method call: no argument array, no name dispatch.
            if (at.Attr == "append" && args.Count == 1 && call.Keywords.Count == 0)
                return $"{R}Calls.Append({o}, {args[0]})";
            if (call.Keywords.Count > 0)
            {
                var all = args.Concat(call.Keywords.Select(k => Expr(ctx, k.Value)));
                return $"{R}Calls.MethodKw({o}, {name}, new {Obj}[] {{ {string.Join(", ", all)} }}, new string[] {{ {string.Join(", ", call.Keywords.Select(k => CSharpNames.String(k.Arg!)))} }})";
            }
            string site = AttrSite(at.Attr);
            return args.Count switch
            {
                0 => $"{R}Calls.Method0({o}, {site})",
                1 => $"{R}Calls.Method1({o}, {site}, {args[0]})",
                2 => $"{R}Calls.Method2({o}, {site}, {args[0]}, {args[1]})",
                3 => $"{R}Calls.Method3({o}, {site}, {args[0]}, {args[1]}, {args[2]})",
                4 => $"{R}Calls.Method4({o}, {site}, {args[0]}, {args[1]}, {args[2]}, {args[3]})",
                _ => $"{R}Calls.MethodN({o}, {site}, new {Obj}[] {{ {string.Join(", ", args)} }})",
            };
        }
        if (call.Keywords.Count == 0 && call.Func is NameSyntax fn && _direct.TryGetValue(fn.Id, out var def)
            && (ctx.Scope.Lookup(fn.Id) is null || ctx.Scope.Lookup(fn.Id)!.IsGlobal || ctx.Scope.Kind == ScopeKind.Module)
            && !(ctx.Scope.Kind == ScopeKind.Class && ctx.Scope.Lookup(fn.Id) is { IsBound: true })
            && DirectCall(def, args) is { } direct)
            return direct;
        string func = Expr(ctx, call.Func);
        if (call.Keywords.Count > 0)
        {
            var all = args.Concat(call.Keywords.Select(k => Expr(ctx, k.Value)));
            return $"{R}Calls.CallKw({func}, new {Obj}[] {{ {string.Join(", ", all)} }}, new string[] {{ {string.Join(", ", call.Keywords.Select(k => CSharpNames.String(k.Arg!)))} }})";
        }
        return args.Count switch
        {
            0 => $"{R}Calls.Call0({func})",
            1 => $"{R}Calls.Call1({func}, {args[0]})",
            2 => $"{R}Calls.Call2({func}, {args[0]}, {args[1]})",
            3 => $"{R}Calls.Call3({func}, {args[0]}, {args[1]}, {args[2]})",
            4 => $"{R}Calls.Call4({func}, {args[0]}, {args[1]}, {args[2]}, {args[3]})",
            5 => $"{R}Calls.Call5({func}, {args[0]}, {args[1]}, {args[2]}, {args[3]}, {args[4]})",
            _ => $"{R}Calls.CallN({func}, new {Obj}[] {{ {string.Join(", ", args)} }})",
        };
    }

    /// <summary>A builtin that no global shadows, called with its usual positional arity: bound
    /// statically to the runtime's C# implementation (no lookup, no argument array).</summary>
    private string? StaticBuiltinCall(FunctionContext ctx, NameSyntax fn, List<string> args)
    {
        if (!IsBuiltinRef(ctx, fn, fn.Id))
            return null;
        return (fn.Id, args.Count) switch
        {
            ("len", 1) => $"{R}Builtins.Len({args[0]})",
            ("ord", 1) => $"{R}Builtins.Ord({args[0]})",
            ("chr", 1) => $"{R}Builtins.Chr({args[0]})",
            ("abs", 1) => $"{R}Builtins.Abs({args[0]})",
            ("tuple", 1) => $"{R}PyTuple.Of({args[0]})",
            ("isinstance", 2) => $"{R}PyBool.From({R}Builtins.IsInstance({args[0]}, {args[1]}))",
            _ => null,
        };
    }

    /// <summary>A static call of a module-level function, with defaults filled in.</summary>
    private string? DirectCall(FunctionDefSyntax def, List<string> args)
    {
        var a = def.Args;
        if (a.VarArg is not null || a.KwArg is not null || a.KwOnlyArgs.Count > 0)
            return null;
        int posCount = a.PosOnlyArgs.Count + a.Args.Count;
        if (posCount > MaxArity || args.Count > posCount || args.Count < posCount - a.Defaults.Count)
            return null;
        if (!_methodNames.TryGetValue(def, out var method))
            _methodNames[def] = method = MemberName(def.Name);
        var all = new List<string>(args);
        int firstDefault = posCount - a.Defaults.Count;
        for (int i = args.Count; i < posCount; i++)
            all.Add($"F_{method.TrimStart('@')}!.Defaults[{i - firstDefault}]");
        return $"{method}({string.Join(", ", all)})";
    }

    private void EmitFunctionDef(FunctionContext ctx, FunctionDefSyntax fd)
    {
        var w = ctx.Body;
        var decorators = fd.DecoratorList.Select(d =>
        {
            string t = ctx.Temp();
            w.Line($"{t} = {Expr(ctx, d)};");
            return t;
        }).ToList();
        string value = WithFunctionAnnotations(ctx, fd, EmitFunctionObject(ctx, fd, fd.Name, fd.Args, fd.Body, null));
        for (int i = decorators.Count - 1; i >= 0; i--)
            value = $"{R}Calls.Call1({decorators[i]}, {value})";
        EmitStoreName(ctx, fd.Name, value);
    }

    /// <summary>Creates the function object; module-level defs become static methods.</summary>
    private string EmitFunctionObject(FunctionContext ctx, SyntaxNode node, string name, ArgumentsSyntax args,
        IReadOnlyList<StatementSyntax>? body, ExpressionSyntax? lambdaBody)
    {
        var scope = _module.ScopeOf(node);
        var parameters = Binder.AllArgs(args).Select(p => p.Arg).ToList();
        int slots = parameters.Count;
        string code = NewCodeName();
        int posOnly = args.PosOnlyArgs.Count, positional = posOnly + args.Args.Count;
        _constants.Add($"private static readonly {R}FunctionCode {code} = new {R}FunctionCode({CSharpNames.String(name)}, {CSharpNames.String(scope.QualName)}, new string[] {{ {string.Join(", ", parameters.Select(CSharpNames.String))} }}, {posOnly}, {positional}, {args.KwOnlyArgs.Count}, {(args.VarArg is not null ? "true" : "false")}, {(args.KwArg is not null ? "true" : "false")}, __File, {LineOf(node)});");

        // Defaults are evaluated now, in the defining scope.
        string defaults = args.Defaults.Count == 0 ? "null" : $"new {Obj}[] {{ {string.Join(", ", args.Defaults.Select(d => Expr(ctx, d)))} }}";
        string kwDefaults = args.KwOnlyArgs.Count == 0 ? "null"
            : $"new {Obj}?[] {{ {string.Join(", ", args.KwDefaults.Select(d => d is null ? "null" : Expr(ctx, d)))} }}";

        if (scope.IsGenerator && lambdaBody is not null)
        {
            // A lambda containing yield is a generator function returning its body's value.
            body = new StatementSyntax[] { new ReturnSyntax(lambdaBody.Span, lambdaBody) };
            lambdaBody = null;
        }
        var fctx = new FunctionContext(scope, name, ctx) { ClassCell = ctx.ClassCell };
        if (scope.UsesClassCell && parameters.Count > 0)
            fctx.FirstParameter = slots > MaxArity ? CSharpNames.Local(parameters[0]) : CSharpNames.Local(parameters[0]);
        if (scope.IsGenerator && body is not null)
            fctx.Generator = NewGeneratorState();
        else if (body is not null)
        {
            fctx.IntLocals = IntLocals.Find(scope, node, body);
            fctx.FloatLocals = FloatLocals.Find(scope, node, body, fctx.IntLocals);
        }
        if (body is not null)
            EmitStatements(fctx, body);
        else
        {
            if (_options.EmitLineDirectives)
                fctx.Body.Directive($"#line {LineOf(lambdaBody!)} {CSharpNames.String(File)}");
            fctx.Body.Line($"return {Expr(fctx, lambdaBody!)};");
        }
        var bodyWriter = new CodeWriter();
        bodyWriter.Indent = 1;
        if (slots > MaxArity)
            for (int i = 0; i < slots; i++)
                bodyWriter.Line($"{Obj}? {CSharpNames.Local(parameters[i])} = __args[{i}];");
        if (fctx.Generator is not null)
            WriteGeneratorFunction(bodyWriter, fctx, name, scope.QualName, LineOf(node));
        else
            WriteFunctionBody(bodyWriter, fctx, name, isModule: false, firstLine: LineOf(node));

        string paramList = slots > MaxArity ? $"{Obj}[] __args" : string.Join(", ", parameters.Select(p => $"{Obj} {CSharpNames.Local(p)}"));
        string funcType = slots > MaxArity ? "PyFunctionN" : "PyFunction" + slots;
        bool moduleLevel = ctx.Scope.Kind == ScopeKind.Module && ctx.Parent is null && node is FunctionDefSyntax;
        if (moduleLevel)
        {
            var def = (FunctionDefSyntax)node;
            if (!_methodNames.TryGetValue(def, out var method))
                _methodNames[def] = method = MemberName(def.Name);
            _members.Line($"/// <summary>Python function <c>{Xml(scope.QualName)}</c> (line {LineOf(node)}).</summary>");
            _members.Line(FullyOptimized);
            _members.Line($"public static {Obj} {method}({paramList})");
            _members.Line("{");
            _members.Append(bodyWriter);
            _members.Line("}");
            _members.Line();
            _members.Line($"private static {R}PyFunction? F_{method.TrimStart('@')};");
            _members.Line();
            return $"(F_{method.TrimStart('@')} = new {R}{funcType}({code}, {method}, {defaults}, {kwDefaults}, __RunName) {{ Doc = {DocString(def.Body)} }})";
        }
        var lambda = new CodeWriter();
        lambda.Line($"new {R}{funcType}({code}, {FullyOptimized} ({paramList}) =>");
        lambda.Line("{");
        lambda.Append(bodyWriter);
        lambda.Write($"}}, {defaults}, {kwDefaults}, __RunName)");
        if (body is not null)
            lambda.Write($" {{ Doc = {DocString(body)} }}");
        return lambda.ToString();
    }

    /// <summary>Script functions skip the JIT's quick first tier: compiled Python is hot code
    /// whose calls go through runtime helpers, and a program typically runs for less time than
    /// tiering needs to pay off. (NativeAOT ignores it: everything is optimized there.)</summary>
    private const string FullyOptimized =
        "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]";

    private void EmitClass(FunctionContext ctx, ClassDefSyntax cd)
    {
        var w = ctx.Body;
        var scope = _module.ScopeOf(cd);
        var decorators = cd.DecoratorList.Select(d =>
        {
            string t = ctx.Temp();
            w.Line($"{t} = {Expr(ctx, d)};");
            return t;
        }).ToList();
        string bases = ctx.Fresh("bases"), ns = ctx.Fresh("ns"), cell = ctx.Fresh("classcell"), type = ctx.Fresh("type");
        w.Open("");
        w.Line($"var {bases} = new {Obj}[] {{ {string.Join(", ", cd.Bases.Select(b => Expr(ctx, b)))} }};");
        // Class keywords (metaclass=..., and those for __init_subclass__) are evaluated before the body.
        var keywordValues = cd.Keywords.Select(k =>
        {
            string t = ctx.Temp();
            w.Line($"{t} = {Expr(ctx, k.Value)};");
            return t;
        }).ToList();
        w.Line($"var {ns} = new global::System.Collections.Generic.Dictionary<string, {Obj}>(global::System.StringComparer.Ordinal);");
        int metaIndex = cd.Keywords.ToList().FindIndex(k => k.Arg == "metaclass");
        if (metaIndex >= 0)
            w.Line($"{R}ClassBuilder.Prepare({CSharpNames.String(cd.Name)}, {bases}, {keywordValues[metaIndex]}, new string[] {{ {string.Join(", ", cd.Keywords.Select(k => CSharpNames.String(k.Arg!)))} }}, new {Obj}[] {{ {string.Join(", ", keywordValues)} }}, {ns});");
        w.Line($"{ns}[\"__module__\"] = {CSharpNames.Global("__name__")} ?? new {R}PyStr(__RunName);");
        w.Line($"{ns}[\"__qualname__\"] = new {R}PyStr({CSharpNames.String(scope.QualName)});");
        if (DocString(cd.Body) is var doc && !doc.EndsWith("PyNone.Instance"))
            w.Line($"{ns}[\"__doc__\"] = {doc};");
        if (HasSimpleAnnotations(cd.Body))
            w.Line($"{ns}[\"__annotations__\"] = new {R}PyDict();");
        w.Line($"{Obj}? {cell} = null;");
        var savedScope = ctx.Scope;
        var savedNs = ctx.ClassNs;
        var savedCell = ctx.ClassCell;
        var savedLoops = ctx.Loops.ToList();
        ctx.Loops.Clear();
        ctx.Scope = scope;
        ctx.ClassNs = ns;
        ctx.ClassCell = cell;
        EmitStatements(ctx, cd.Body);
        ctx.Scope = savedScope;
        ctx.ClassNs = savedNs;
        ctx.ClassCell = savedCell;
        ctx.Loops.AddRange(savedLoops);
        if (cd.Keywords.Count == 0)
            w.Line($"{Obj} {type} = {R}ObjectProtocol.BuildClass({CSharpNames.String(cd.Name)}, {CSharpNames.String(scope.QualName)}, __RunName, {bases}, {ns});");
        else
            w.Line($"{Obj} {type} = {R}ClassBuilder.ClassStatement({CSharpNames.String(cd.Name)}, {CSharpNames.String(scope.QualName)}, __RunName, {bases}, {ns}, "
                + $"new string[] {{ {string.Join(", ", cd.Keywords.Select(k => CSharpNames.String(k.Arg!)))} }}, new {Obj}[] {{ {string.Join(", ", keywordValues)} }});");
        w.Line($"{cell} = {type};");
        string value = type;
        for (int i = decorators.Count - 1; i >= 0; i--)
            value = $"{R}Calls.Call1({decorators[i]}, {value})";
        EmitStoreName(ctx, cd.Name, value);
        w.Close();
    }

    /// <summary>A comprehension becomes a local function called with the first iterable.</summary>
    private string EmitComprehension(FunctionContext ctx, ExpressionSyntax node)
    {
        var scope = _module.ScopeOf(node);
        IReadOnlyList<ComprehensionSyntax> generators = node switch
        {
            ListCompSyntax l => l.Generators,
            SetCompSyntax s => s.Generators,
            DictCompSyntax d => d.Generators,
            _ => System.Array.Empty<ComprehensionSyntax>(),
        };
        string firstIter = IterExpr(ctx, generators[0].Iter);
        string fname = "comp" + (++_compCounter);
        var cctx = new FunctionContext(scope, scope.Name, ctx) { ClassCell = ctx.ClassCell, TracksLines = false };
        var w = cctx.Body;
        string result = cctx.Fresh("result");
        w.Line(node switch
        {
            ListCompSyntax => $"var {result} = new {R}PyList();",
            SetCompSyntax => $"var {result} = {R}Build.Set(new {Obj}[0], new bool[0]);",
            _ => $"var {result} = new {R}PyDict();",
        });
        // [f(i) for i in range(n) if ...]: a long counter while the range's bounds are longs.
        if (generators.Count == 1 && IsRangeCall(ctx, generators[0].Iter)
            && ComprehensionRangeVariable.Applies(scope, generators[0], ComprehensionBody(node)))
        {
            string start = cctx.Fresh("start"), step = cctx.Fresh("step"), count = cctx.Fresh("count");
            string i = cctx.Fresh("i"), k = cctx.Fresh("k");
            w.Open($"if ({R}RangeLoop.TryBounds(iter0, out long {start}, out long {step}, out long {count}))");
            w.Line($"long {i} = {start};");
            w.Open($"for (long {k} = 0; {k} < {count}; {k}++, {i} += {step})");
            Safepoint(w);
            string name = ((NameSyntax)generators[0].Target).Id;
            (cctx.UnboxedLoopVariables ??= new Dictionary<string, string>())[name] = i;
            EmitComprehensionConditions(cctx, generators[0]);
            EmitComprehensionElement(cctx, node, result);
            cctx.UnboxedLoopVariables.Remove(name);
            w.Close();
            w.Close();
            w.Open("else");
            EmitComprehensionLoops(cctx, node, generators, result);
            w.Close();
        }
        else
            EmitComprehensionLoops(cctx, node, generators, result);
        w.Line($"return {result};");

        var fw = new CodeWriter();
        fw.Open($"{Obj} {fname}({Obj} iter0)");
        foreach (var sym in scope.Symbols)
            if (sym.IsLocalOrCell)
                fw.Line($"{Obj}? {CSharpNames.Local(sym.Name)} = null;");
        foreach (var t in cctx.TempDeclarations)
            fw.Line(t);
        fw.Append(w);
        foreach (var lf in cctx.LocalFunctions)
            fw.Append(lf);
        fw.Close();
        ctx.LocalFunctions.Add(fw);
        return $"{fname}({firstIter})";
    }

    /// <summary>The nested loops of a comprehension, the innermost adding the element.</summary>
    private void EmitComprehensionLoops(FunctionContext cctx, ExpressionSyntax node, IReadOnlyList<ComprehensionSyntax> generators, string result)
    {
        var w = cctx.Body;
        for (int i = 0; i < generators.Count; i++)
        {
            var g = generators[i];
            string it = cctx.Fresh("it"), item = cctx.Fresh("item");
            w.Line($"var {it} = new {R}ForIterator({(i == 0 ? "iter0" : IterExpr(cctx, g.Iter))});");
            w.Open($"while ({it}.MoveNext(out var {item}))");
            Safepoint(w);
            EmitStoreFromExpr(cctx, g.Target, item);
            EmitComprehensionConditions(cctx, g);
        }
        EmitComprehensionElement(cctx, node, result);
        for (int i = 0; i < generators.Count; i++)
            w.Close();
    }

    private void EmitComprehensionConditions(FunctionContext cctx, ComprehensionSyntax g)
    {
        foreach (var cond in g.Ifs)
        {
            cctx.Body.Line($"if (!({Cond(cctx, cond)}))");
            cctx.Body.Line("    continue;");
        }
    }

    private void EmitComprehensionElement(FunctionContext cctx, ExpressionSyntax node, string result)
    {
        var w = cctx.Body;
        switch (node)
        {
            case ListCompSyntax l:
                w.Line($"{result}.Append({Expr(cctx, l.Elt)});");
                break;
            case SetCompSyntax s:
                w.Line($"{R}Calls.Method1({result}, \"add\", {Expr(cctx, s.Elt)});");
                break;
            case DictCompSyntax d:
            {
                string k = cctx.Temp();
                w.Line($"{k} = {Expr(cctx, d.Key)};");
                w.Line($"{result}.SetItem({k}, {Expr(cctx, d.Value)});");
                break;
            }
        }
    }

    private bool IsRangeCall(FunctionContext ctx, ExpressionSyntax iter) =>
        iter is CallSyntax call && IsBuiltinRef(ctx, call.Func, "range");

    /// <summary>The element expressions of a list, set or dict comprehension.</summary>
    private static IEnumerable<ExpressionSyntax> ComprehensionBody(ExpressionSyntax node) => node switch
    {
        ListCompSyntax l => new[] { l.Elt },
        SetCompSyntax s => new[] { s.Elt },
        DictCompSyntax d => new[] { d.Key, d.Value },
        _ => System.Array.Empty<ExpressionSyntax>(),
    };
}
