using System.Collections.Generic;
using System.Threading;
using Pyrolyn.Compiler.Diagnostics;
using Pyrolyn.Compiler.Syntax;
using Pyrolyn.Compiler.Text;

namespace Pyrolyn.Compiler.Binding;

/// <summary>
/// Builds the scopes of a module exactly as CPython's symtable does, then resolves every name
/// to local, global, free or cell. Also reports the compiler's context errors ('return' outside
/// function, 'break' outside loop...) and pyflakes-style undefined names.
/// </summary>
public sealed class Binder
{
    private const int MaxDepth = 400;

    private readonly DiagnosticBag _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<SyntaxNode, Scope> _scopes = new();
    private readonly List<(string Name, TextSpan Span, Scope Scope)> _globalLoads = new();
    private readonly List<string> _imports = new();
    private readonly string _package;
    private readonly CompilationOptions _options;
    private Scope _scope;
    private int _importGuards; // enclosing try bodies whose handlers catch ImportError
    private int _loopDepth;
    private int _depth;
    private bool _tooDeep;

    private Binder(ModuleSyntax module, string package, CompilationOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        _package = package;
        _options = options;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
        _scope = new Scope(ScopeKind.Module, "<module>", "", module, null);
        _scopes[module] = _scope;
        foreach (var d in BuiltinNames.ModuleDunders)
            _scope.GetOrAdd(d).Flags |= SymbolFlags.Assigned;
    }

    public static BoundModule Bind(ModuleSyntax module, SourceText text, CompilationOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        string package = PackageOf(options.ModuleName, text.Path);
        var binder = new Binder(module, package, options, diagnostics, cancellationToken);
        var moduleScope = binder._scope;
        binder.BindStatements(module.Body);
        binder.Analyze(moduleScope, new HashSet<string>());
        binder.ReportUndefinedNames(moduleScope);
        return new BoundModule(module, text, options, moduleScope, binder._scopes, binder._imports, package);
    }

    /// <summary><c>__package__</c>: a package (<c>__init__.py</c>) is its own package.</summary>
    public static string PackageOf(string moduleName, string path)
    {
        string p = path.Replace('\\', '/');
        if (p.EndsWith("/__init__.py", System.StringComparison.Ordinal) || p == "__init__.py")
            return moduleName;
        int dot = moduleName.LastIndexOf('.');
        return dot < 0 ? "" : moduleName.Substring(0, dot);
    }

    // ---- scope building ------------------------------------------------------------------------

    private Symbol Add(string name, SymbolFlags flags, SyntaxNode at)
    {
        var sym = _scope.GetOrAdd(name);
        sym.Flags |= flags;
        return sym;
    }

    private void Use(string name, TextSpan span)
    {
        var sym = _scope.GetOrAdd(name);
        sym.Flags |= SymbolFlags.Used;
        _globalLoads.Add((name, span, _scope));
        if (name is "super" or "__class__" && _scope.Kind == ScopeKind.Function && _scope.Parent?.Kind == ScopeKind.Class)
        {
            _scope.UsesClassCell = true;
            _scope.Parent.NeedsClassCell = true;
        }
    }

    private void BindStatements(IReadOnlyList<StatementSyntax> statements)
    {
        foreach (var s in statements)
            BindStatement(s);
    }

    private bool Enter(SyntaxNode node)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (++_depth > MaxDepth)
        {
            if (!_tooDeep)
                _diagnostics.ReportNestingTooDeep(node.Span);
            _tooDeep = true;
            return false;
        }
        return true;
    }

    private void BindStatement(StatementSyntax statement)
    {
        if (!Enter(statement))
        {
            _depth--;
            return;
        }
        try
        {
            BindStatementCore(statement);
        }
        finally
        {
            _depth--;
        }
    }

    private void BindStatementCore(StatementSyntax statement)
    {
        switch (statement)
        {
            case FunctionDefSyntax f:
                BindFunction(f, f.Name, f.Args, f.DecoratorList, f.Returns, f.Body, null);
                break;
            case AsyncFunctionDefSyntax af:
                BindFunction(af, af.Name, af.Args, af.DecoratorList, af.Returns, af.Body, null);
                break;
            case ClassDefSyntax c:
                BindClass(c);
                break;
            case ReturnSyntax r:
                if (!InFunction())
                    _diagnostics.ReportOutside(r.Span, "'return' outside function");
                if (r.Value is not null)
                    BindExpression(r.Value);
                break;
            case DeleteSyntax d:
                foreach (var t in d.Targets)
                    BindExpression(t);
                break;
            case AssignSyntax a:
                BindExpression(a.Value);
                foreach (var t in a.Targets)
                    BindExpression(t);
                break;
            case AugAssignSyntax aa:
                BindExpression(aa.Value);
                BindTarget(aa.Target, alsoUse: true);
                break;
            case AnnAssignSyntax an:
                if (an.Value is not null)
                    BindExpression(an.Value);
                if (_scope.Kind != ScopeKind.Function)
                    BindExpression(an.Annotation);
                if (an.Target is NameSyntax n && an.Value is null)
                {
                    // A bare annotation makes the name local without binding it.
                    if (_scope.Kind != ScopeKind.Module)
                        Add(n.Id, SymbolFlags.Assigned, n);
                }
                else
                {
                    BindExpression(an.Target);
                }
                break;
            case ForSyntax fo:
                BindExpression(fo.Iter);
                BindExpression(fo.Target);
                BindLoopBody(fo.Body);
                BindStatements(fo.OrElse);
                break;
            case AsyncForSyntax afo:
                BindExpression(afo.Iter);
                BindExpression(afo.Target);
                BindLoopBody(afo.Body);
                BindStatements(afo.OrElse);
                break;
            case WhileSyntax w:
                BindExpression(w.Test);
                BindLoopBody(w.Body);
                BindStatements(w.OrElse);
                break;
            case IfSyntax i:
                BindExpression(i.Test);
                BindStatements(i.Body);
                BindStatements(i.OrElse);
                break;
            case WithSyntax wi:
                foreach (var item in wi.Items)
                {
                    BindExpression(item.ContextExpr);
                    if (item.OptionalVars is not null)
                        BindExpression(item.OptionalVars);
                }
                BindStatements(wi.Body);
                break;
            case AsyncWithSyntax awi:
                foreach (var item in awi.Items)
                {
                    BindExpression(item.ContextExpr);
                    if (item.OptionalVars is not null)
                        BindExpression(item.OptionalVars);
                }
                BindStatements(awi.Body);
                break;
            case MatchSyntax m:
                BindExpression(m.Subject);
                foreach (var c in m.Cases)
                {
                    BindGeneric(c.Pattern);
                    if (c.Guard is not null)
                        BindExpression(c.Guard);
                    BindStatements(c.Body);
                }
                break;
            case RaiseSyntax ra:
                if (ra.Exception is not null)
                    BindExpression(ra.Exception);
                if (ra.Cause is not null)
                    BindExpression(ra.Cause);
                break;
            case TrySyntax t:
                BindTry(t.Body, t.Handlers, t.OrElse, t.FinalBody);
                break;
            case TryStarSyntax ts:
                BindTry(ts.Body, ts.Handlers, ts.OrElse, ts.FinalBody);
                break;
            case AssertSyntax asr:
                BindExpression(asr.Test);
                if (asr.Message is not null)
                    BindExpression(asr.Message);
                break;
            case ImportSyntax im:
                foreach (var alias in im.Names)
                {
                    AddImport(alias.Name);
                    ImportCheck.CheckModule(_options, _diagnostics, alias.Span, alias.Name, _importGuards > 0);
                    string bound = alias.AsName ?? FirstComponent(alias.Name);
                    Add(bound, SymbolFlags.Imported | SymbolFlags.Assigned, alias);
                }
                break;
            case ImportFromSyntax imf:
                BindImportFrom(imf);
                break;
            case GlobalSyntax g:
                foreach (var name in g.Names)
                    DeclareGlobal(g, name);
                break;
            case NonlocalSyntax nl:
                foreach (var name in nl.Names)
                    DeclareNonlocal(nl, name);
                break;
            case ExprStatementSyntax e:
                BindExpression(e.Value);
                break;
            default:
                switch (statement.PythonName)
                {
                    case "Break":
                        if (_loopDepth == 0)
                            _diagnostics.ReportOutside(statement.Span, "'break' outside loop");
                        break;
                    case "Continue":
                        if (_loopDepth == 0)
                            _diagnostics.ReportOutside(statement.Span, "'continue' not properly in loop");
                        break;
                    case "Pass":
                        break;
                    default:
                        BindGeneric(statement);
                        break;
                }
                break;
        }
    }

    private static string FirstComponent(string dotted)
    {
        int dot = dotted.IndexOf('.');
        return dot < 0 ? dotted : dotted.Substring(0, dot);
    }

    private void AddImport(string name)
    {
        if (!_imports.Contains(name))
            _imports.Add(name);
    }

    private void BindImportFrom(ImportFromSyntax imf)
    {
        int level = imf.Level ?? 0;
        string? resolved = null;
        if (level == 0)
        {
            resolved = imf.Module;
        }
        else
        {
            string basePkg = _package;
            bool ok = true;
            for (int i = 1; i < level && ok; i++)
            {
                int dot = basePkg.LastIndexOf('.');
                if (dot < 0)
                    ok = false;
                else
                    basePkg = basePkg.Substring(0, dot);
            }
            if (ok && basePkg.Length > 0)
                resolved = string.IsNullOrEmpty(imf.Module) ? basePkg : basePkg + "." + imf.Module;
        }
        if (resolved is not null)
        {
            AddImport(resolved);
            ImportCheck.CheckModule(_options, _diagnostics, imf.Span, resolved, _importGuards > 0);
            // "from pkg import mod" may name a submodule; the CLI checks which exist.
            foreach (var alias in imf.Names)
                if (alias.Name != "*")
                    AddImport(resolved + "." + alias.Name);
        }
        foreach (var alias in imf.Names)
        {
            if (alias.Name == "*")
            {
                if (_scope.Kind != ScopeKind.Module)
                    _diagnostics.ReportBindingError(imf.Span, "import * only allowed at module level");
                continue;
            }
            Add(alias.AsName ?? alias.Name, SymbolFlags.Imported | SymbolFlags.Assigned, alias);
        }
    }

    private void DeclareGlobal(SyntaxNode at, string name)
    {
        var existing = _scope.Lookup(name);
        if (existing is not null)
        {
            if ((existing.Flags & SymbolFlags.Parameter) != 0)
                _diagnostics.ReportBindingError(at.Span, $"name '{name}' is parameter and global");
            else if ((existing.Flags & SymbolFlags.DeclaredNonlocal) != 0)
                _diagnostics.ReportBindingError(at.Span, $"name '{name}' is nonlocal and global");
            else if ((existing.Flags & SymbolFlags.Used) != 0)
                _diagnostics.ReportBindingError(at.Span, $"name '{name}' is used prior to global declaration");
            else if ((existing.Flags & SymbolFlags.Assigned) != 0)
                _diagnostics.ReportBindingError(at.Span, $"name '{name}' is assigned to before global declaration");
        }
        _scope.GetOrAdd(name).Flags |= SymbolFlags.DeclaredGlobal;
    }

    private void DeclareNonlocal(SyntaxNode at, string name)
    {
        if (_scope.Kind == ScopeKind.Module)
        {
            _diagnostics.ReportBindingError(at.Span, "nonlocal declaration not allowed at module level");
            return;
        }
        var existing = _scope.Lookup(name);
        if (existing is not null)
        {
            if ((existing.Flags & SymbolFlags.Parameter) != 0)
                _diagnostics.ReportBindingError(at.Span, $"name '{name}' is parameter and nonlocal");
            else if ((existing.Flags & SymbolFlags.DeclaredGlobal) != 0)
                _diagnostics.ReportBindingError(at.Span, $"name '{name}' is nonlocal and global");
            else if ((existing.Flags & SymbolFlags.Used) != 0)
                _diagnostics.ReportBindingError(at.Span, $"name '{name}' is used prior to nonlocal declaration");
            else if ((existing.Flags & SymbolFlags.Assigned) != 0)
                _diagnostics.ReportBindingError(at.Span, $"name '{name}' is assigned to before nonlocal declaration");
        }
        var sym = _scope.GetOrAdd(name);
        sym.Flags |= SymbolFlags.DeclaredNonlocal;
        _nonlocalSpans[(_scope, name)] = at.Span;
    }

    private readonly Dictionary<(Scope, string), TextSpan> _nonlocalSpans = new();

    private bool InFunction() => _scope.Kind is ScopeKind.Function or ScopeKind.Lambda;

    private void BindLoopBody(IReadOnlyList<StatementSyntax> body)
    {
        _loopDepth++;
        BindStatements(body);
        _loopDepth--;
    }

    private void BindTry(IReadOnlyList<StatementSyntax> body, IReadOnlyList<ExceptHandlerBaseSyntax> handlers,
        IReadOnlyList<StatementSyntax> orElse, IReadOnlyList<StatementSyntax> finalBody)
    {
        bool guards = ImportCheck.CatchesImportError(handlers);
        if (guards)
            _importGuards++;
        BindStatements(body);
        if (guards)
            _importGuards--;
        foreach (var h in handlers)
        {
            if (h is ExceptHandlerSyntax eh)
            {
                if (eh.Type is not null)
                    BindExpression(eh.Type);
                if (eh.Name is not null)
                    Add(eh.Name, SymbolFlags.Assigned, eh);
                BindStatements(eh.Body);
            }
        }
        BindStatements(orElse);
        BindStatements(finalBody);
    }

    private void BindArgumentsOuter(ArgumentsSyntax args)
    {
        foreach (var d in args.Defaults)
            BindExpression(d);
        foreach (var d in args.KwDefaults)
            if (d is not null)
                BindExpression(d);
    }

    private void BindAnnotations(ArgumentsSyntax args, ExpressionSyntax? returns)
    {
        foreach (var a in AllArgs(args))
            if (a.Annotation is not null)
                BindExpression(a.Annotation);
        if (returns is not null)
            BindExpression(returns);
    }

    public static IEnumerable<ArgSyntax> AllArgs(ArgumentsSyntax args)
    {
        foreach (var a in args.PosOnlyArgs)
            yield return a;
        foreach (var a in args.Args)
            yield return a;
        if (args.VarArg is not null)
            yield return args.VarArg;
        foreach (var a in args.KwOnlyArgs)
            yield return a;
        if (args.KwArg is not null)
            yield return args.KwArg;
    }

    private string ChildQualName(string name)
    {
        // Functions nested in functions get "<locals>" in their qualified name.
        var s = _scope;
        if (s.Kind == ScopeKind.Module)
            return name;
        if (s.Kind == ScopeKind.Class)
            return s.QualName + "." + name;
        return s.QualName + ".<locals>." + name;
    }

    private void BindFunction(SyntaxNode node, string name, ArgumentsSyntax args, IReadOnlyList<ExpressionSyntax> decorators,
        ExpressionSyntax? returns, IReadOnlyList<StatementSyntax>? body, ExpressionSyntax? lambdaBody)
    {
        foreach (var d in decorators)
            BindExpression(d);
        BindArgumentsOuter(args);
        BindAnnotations(args, returns);
        if (lambdaBody is null)
            Add(name, SymbolFlags.Assigned, node);

        var outer = _scope;
        int outerLoop = _loopDepth;
        var kind = lambdaBody is null ? ScopeKind.Function : ScopeKind.Lambda;
        var scope = new Scope(kind, name, ChildQualName(name), node, outer);
        _scopes[node] = scope;
        _scope = scope;
        _loopDepth = 0;
        foreach (var a in AllArgs(args))
        {
            if (scope.Lookup(a.Arg) is not null)
                _diagnostics.ReportSyntaxError(a.Span, $"duplicate argument '{a.Arg}' in function definition");
            Add(a.Arg, SymbolFlags.Parameter, a);
            scope.Parameters.Add(a.Arg);
        }
        if (body is not null)
            BindStatements(body);
        if (lambdaBody is not null)
            BindExpression(lambdaBody);
        _scope = outer;
        _loopDepth = outerLoop;
    }

    private void BindClass(ClassDefSyntax c)
    {
        foreach (var d in c.DecoratorList)
            BindExpression(d);
        foreach (var b in c.Bases)
            BindExpression(b);
        foreach (var k in c.Keywords)
            BindExpression(k.Value);
        Add(c.Name, SymbolFlags.Assigned, c);
        var outer = _scope;
        int outerLoop = _loopDepth;
        var scope = new Scope(ScopeKind.Class, c.Name, ChildQualName(c.Name), c, outer);
        _scopes[c] = scope;
        _scope = scope;
        _loopDepth = 0;
        BindStatements(c.Body);
        _scope = outer;
        _loopDepth = outerLoop;
    }

    // ---- expressions ---------------------------------------------------------------------------

    private void BindTarget(ExpressionSyntax target, bool alsoUse)
    {
        if (target is NameSyntax n)
        {
            if (alsoUse)
                Use(n.Id, n.Span);
            Add(n.Id, SymbolFlags.Assigned, n);
            return;
        }
        BindExpression(target);
    }

    private void BindExpression(ExpressionSyntax expression)
    {
        if (!Enter(expression))
        {
            _depth--;
            return;
        }
        try
        {
            BindExpressionCore(expression);
        }
        finally
        {
            _depth--;
        }
    }

    private void BindExpressionCore(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case NameSyntax n:
                if (n.Context == ExpressionContext.Load)
                    Use(n.Id, n.Span);
                else
                    Add(n.Id, SymbolFlags.Assigned, n);
                break;
            case LambdaSyntax l:
                BindFunction(l, "<lambda>", l.Args, System.Array.Empty<ExpressionSyntax>(), null, null, l.Body);
                break;
            case ListCompSyntax lc:
                BindComprehension(lc, "<listcomp>", lc.Generators, lc.Elt, null);
                break;
            case SetCompSyntax sc:
                BindComprehension(sc, "<setcomp>", sc.Generators, sc.Elt, null);
                break;
            case DictCompSyntax dc:
                BindComprehension(dc, "<dictcomp>", dc.Generators, dc.Key, dc.Value);
                break;
            case GeneratorExpSyntax ge:
                BindComprehension(ge, "<genexpr>", ge.Generators, ge.Elt, null);
                break;
            case NamedExprSyntax ne:
                BindExpression(ne.Value);
                BindWalrusTarget(ne);
                break;
            case YieldSyntax y:
                CheckYield(y);
                if (y.Value is not null)
                    BindExpression(y.Value);
                break;
            case YieldFromSyntax yf:
                CheckYield(yf);
                BindExpression(yf.Value);
                break;
            case AwaitSyntax aw:
                if (!InFunction() && _scope.Kind != ScopeKind.Comprehension)
                    _diagnostics.ReportOutside(aw.Span, "'await' outside function");
                BindExpression(aw.Value);
                break;
            default:
                BindGeneric(expression);
                break;
        }
    }

    private void CheckYield(ExpressionSyntax y)
    {
        if (_scope.Kind == ScopeKind.Comprehension)
        {
            string what = _scope.Name switch
            {
                "<listcomp>" => "list comprehension",
                "<setcomp>" => "set comprehension",
                "<dictcomp>" => "dict comprehension",
                _ => "generator expression",
            };
            _diagnostics.ReportSyntaxError(y.Span, $"'yield' inside {what}");
        }
        else if (!InFunction())
        {
            _diagnostics.ReportOutside(y.Span, "'yield' outside function");
        }
        else
        {
            _scope.IsGenerator = true;
        }
    }

    private void BindWalrusTarget(NamedExprSyntax ne)
    {
        if (ne.Target is not NameSyntax n)
        {
            BindExpression(ne.Target);
            return;
        }
        if (_scope.Kind != ScopeKind.Comprehension)
        {
            Add(n.Id, SymbolFlags.Assigned, n);
            return;
        }
        // PEP 572: the target binds in the nearest enclosing non-comprehension scope.
        var sym = _scope.Lookup(n.Id);
        if (sym is not null && (sym.Flags & SymbolFlags.IterationVariable) != 0)
        {
            _diagnostics.ReportSyntaxError(n.Span, $"assignment expression cannot rebind comprehension iteration variable '{n.Id}'");
            return;
        }
        var target = _scope.NonComprehension();
        if (target.Kind == ScopeKind.Class)
        {
            _diagnostics.ReportSyntaxError(ne.Span, "assignment expression within a comprehension cannot be used in a class body");
            return;
        }
        for (var s = _scope; s.Kind == ScopeKind.Comprehension; s = s.Parent!)
        {
            var cs = s.GetOrAdd(n.Id);
            cs.Flags |= target.Kind == ScopeKind.Module ? SymbolFlags.DeclaredGlobal : SymbolFlags.ComprehensionTarget;
        }
        var ts = target.GetOrAdd(n.Id);
        if ((ts.Flags & SymbolFlags.DeclaredGlobal) != 0 && target.Kind != ScopeKind.Module)
        {
            for (var s = _scope; s.Kind == ScopeKind.Comprehension; s = s.Parent!)
                s.GetOrAdd(n.Id).Flags = (s.GetOrAdd(n.Id).Flags & ~SymbolFlags.ComprehensionTarget) | SymbolFlags.DeclaredGlobal;
        }
        ts.Flags |= SymbolFlags.Assigned;
    }

    private void BindComprehension(ExpressionSyntax node, string name, IReadOnlyList<ComprehensionSyntax> generators,
        ExpressionSyntax elt, ExpressionSyntax? value)
    {
        // The first iterable is evaluated in the enclosing scope.
        if (generators.Count > 0)
            BindExpression(generators[0].Iter);
        var outer = _scope;
        var scope = new Scope(ScopeKind.Comprehension, name, outer.Kind == ScopeKind.Module ? name : outer.QualName + ".<locals>." + name, node, outer);
        _scopes[node] = scope;
        _scope = scope;
        int outerLoop = _loopDepth;
        _loopDepth = 0;
        for (int i = 0; i < generators.Count; i++)
        {
            var g = generators[i];
            if (i > 0)
                BindExpression(g.Iter);
            MarkIterationTargets(g.Target);
            BindExpression(g.Target);
            foreach (var cond in g.Ifs)
                BindExpression(cond);
        }
        BindExpression(elt);
        if (value is not null)
            BindExpression(value);
        _scope = outer;
        _loopDepth = outerLoop;
    }

    private void MarkIterationTargets(ExpressionSyntax target)
    {
        switch (target)
        {
            case NameSyntax n:
                _scope.GetOrAdd(n.Id).Flags |= SymbolFlags.IterationVariable;
                break;
            case TupleSyntax t:
                foreach (var e in t.Elements)
                    MarkIterationTargets(e);
                break;
            case ListSyntax l:
                foreach (var e in l.Elements)
                    MarkIterationTargets(e);
                break;
            case StarredSyntax s:
                MarkIterationTargets(s.Value);
                break;
        }
    }

    /// <summary>Visits every child node through the ASDL fields (for nodes without special rules).</summary>
    private void BindGeneric(SyntaxNode node)
    {
        foreach (var field in node.GetFields())
        {
            switch (field.Value)
            {
                case ExpressionSyntax e:
                    BindExpression(e);
                    break;
                case StatementSyntax s:
                    BindStatement(s);
                    break;
                case SyntaxNode other:
                    BindGeneric(other);
                    break;
                case System.Collections.IEnumerable list when field.Value is not string:
                    foreach (var item in list)
                    {
                        if (item is ExpressionSyntax ie)
                            BindExpression(ie);
                        else if (item is StatementSyntax ist)
                            BindStatement(ist);
                        else if (item is SyntaxNode sn)
                            BindGeneric(sn);
                    }
                    break;
            }
        }
        // Capture patterns bind names.
        switch (node)
        {
            case MatchAsSyntax ma when ma.Name is not null:
                Add(ma.Name, SymbolFlags.Assigned, ma);
                break;
            case MatchStarSyntax ms when ms.Name is not null:
                Add(ms.Name, SymbolFlags.Assigned, ms);
                break;
            case MatchMappingSyntax mm when mm.Rest is not null:
                Add(mm.Rest, SymbolFlags.Assigned, mm);
                break;
        }
    }

    // ---- resolution (CPython's analyze_block) ---------------------------------------------------

    private void Analyze(Scope scope, HashSet<string> enclosingBound)
    {
        foreach (var sym in scope.Symbols)
        {
            if (scope.Kind == ScopeKind.Module)
            {
                sym.Kind = (sym.Flags & SymbolFlags.DeclaredGlobal) != 0 ? SymbolKind.GlobalExplicit : SymbolKind.GlobalImplicit;
                continue;
            }
            if ((sym.Flags & SymbolFlags.DeclaredGlobal) != 0)
                sym.Kind = SymbolKind.GlobalExplicit;
            else if ((sym.Flags & SymbolFlags.DeclaredNonlocal) != 0)
            {
                if (!enclosingBound.Contains(sym.Name))
                    _diagnostics.ReportNonlocalNotFound(_nonlocalSpans.TryGetValue((scope, sym.Name), out var sp) ? sp : scope.Node.Span, sym.Name);
                sym.Kind = SymbolKind.Free;
            }
            else if ((sym.Flags & SymbolFlags.ComprehensionTarget) != 0)
                sym.Kind = SymbolKind.Free;
            else if (sym.IsBound)
                sym.Kind = SymbolKind.Local;
            else if (enclosingBound.Contains(sym.Name))
                sym.Kind = SymbolKind.Free;
            else
                sym.Kind = SymbolKind.GlobalImplicit;
        }

        HashSet<string> childBound;
        if (scope.IsFunctionLike)
        {
            childBound = new HashSet<string>(enclosingBound);
            foreach (var sym in scope.Symbols)
            {
                if (sym.Kind == SymbolKind.Local)
                    childBound.Add(sym.Name);
                else if (sym.Kind == SymbolKind.GlobalExplicit)
                    childBound.Remove(sym.Name);
            }
        }
        else if (scope.Kind == ScopeKind.Class)
        {
            childBound = new HashSet<string>(enclosingBound);
            foreach (var sym in scope.Symbols)
                if (sym.Kind == SymbolKind.GlobalExplicit)
                    childBound.Remove(sym.Name);
        }
        else
        {
            childBound = new HashSet<string>();
        }

        foreach (var child in scope.Children)
        {
            Analyze(child, childBound);
            // Names free in a child are cells here if bound here, else free here too.
            foreach (var free in FreeNames(child))
            {
                var mine = scope.Lookup(free);
                if (scope.IsFunctionLike)
                {
                    if (mine is null)
                    {
                        mine = scope.GetOrAdd(free);
                        mine.Kind = SymbolKind.Free;
                    }
                    else if (mine.Kind == SymbolKind.Local)
                    {
                        mine.Kind = SymbolKind.Cell;
                    }
                }
            }
        }
    }

    private static IEnumerable<string> FreeNames(Scope scope)
    {
        foreach (var sym in scope.Symbols)
            if (sym.Kind == SymbolKind.Free)
                yield return sym.Name;
    }

    private void ReportUndefinedNames(Scope module)
    {
        var defined = new HashSet<string>();
        foreach (var sym in module.Symbols)
            if (sym.IsBound)
                defined.Add(sym.Name);
        CollectGlobalAssignments(module, defined);
        bool starImport = false;
        foreach (var stmt in ((ModuleSyntax)module.Node).Body)
            if (stmt is ImportFromSyntax imf)
                foreach (var a in imf.Names)
                    if (a.Name == "*")
                        starImport = true;
        if (starImport)
            return;
        var reported = new HashSet<string>();
        foreach (var (name, span, scope) in _globalLoads)
        {
            var sym = scope.Lookup(name);
            if (sym is null || (!sym.IsGlobal && !(scope.Kind == ScopeKind.Class && !sym.IsBound && sym.Kind != SymbolKind.Free)))
                continue;
            if (scope.Kind == ScopeKind.Class && sym.IsBound)
                continue;
            if (defined.Contains(name))
                continue;
            if (ImportCheck.IsDynamicCodeBuiltin(name))
            {
                ImportCheck.ReportDynamicCode(_diagnostics, span, name);
                continue;
            }
            if (BuiltinNames.All.Contains(name))
                continue;
            if (name == "__class__" && scope.UsesClassCell)
                continue;
            if (reported.Add(name + "@" + span.Start))
                _diagnostics.ReportUndefinedName(span, name);
        }
    }

    private static void CollectGlobalAssignments(Scope scope, HashSet<string> defined)
    {
        foreach (var sym in scope.Symbols)
            if (sym.Kind == SymbolKind.GlobalExplicit && (sym.Flags & (SymbolFlags.Assigned | SymbolFlags.Imported)) != 0)
                defined.Add(sym.Name);
        foreach (var child in scope.Children)
            CollectGlobalAssignments(child, defined);
    }
}
