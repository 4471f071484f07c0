using System.Collections.Generic;
using System.Linq;
using System.Text;
using Pyrolyn.Compiler.Binding;
using Pyrolyn.Compiler.Syntax;

namespace Pyrolyn.Compiler.Emit;

/// <summary>
/// Annotations as CPython records them: a module or class body holding a simple annotated name
/// (<c>x: int</c>) gets an <c>__annotations__</c> dict filled as each annotation runs; a def's
/// parameter and return annotations become the function's <c>__annotations__</c>. Under
/// <c>from __future__ import annotations</c> every annotation is kept as its source text.
/// </summary>
public sealed partial class CSharpEmitter
{
    private bool? _futureAnnotations;

    private bool FutureAnnotations => _futureAnnotations ??= _module.Syntax.Body.Any(s =>
        s is ImportFromSyntax { Module: "__future__" } imf && imf.Names.Any(a => a.Name == "annotations"));

    /// <summary>True when the body (not nested defs or classes) has an annotated simple name.</summary>
    private static bool HasSimpleAnnotations(IEnumerable<StatementSyntax> body)
    {
        bool found = false;
        void Walk(SyntaxNode node)
        {
            if (found || node is FunctionDefSyntax or AsyncFunctionDefSyntax or ClassDefSyntax or LambdaSyntax or ExpressionSyntax)
                return;
            if (node is AnnAssignSyntax { Simple: not 0, Target: NameSyntax })
            {
                found = true;
                return;
            }
            foreach (var field in node.GetFields())
            {
                if (field.Value is SyntaxNode child)
                    Walk(child);
                else if (field.Value is System.Collections.IEnumerable items && field.Value is not string)
                    foreach (var item in items)
                        if (item is SyntaxNode n)
                            Walk(n);
            }
        }
        foreach (var s in body)
            Walk(s);
        return found;
    }

    /// <summary>The value an annotation records: evaluated, or its source text under the future import.</summary>
    private string AnnotationValue(FunctionContext ctx, ExpressionSyntax annotation)
    {
        if (!FutureAnnotations)
            return Expr(ctx, annotation);
        string text = annotation is ConstantSyntax { Value: string s }
            ? ReprOfString(s)
            : _module.Text.Text.Substring(annotation.Span.Start, annotation.Span.Length);
        return $"new {R}PyStr({CSharpNames.String(text)})";
    }

    private static string ReprOfString(string s)
    {
        var sb = new StringBuilder();
        PythonRepr.WriteString(sb, s);
        return sb.ToString();
    }

    /// <summary><c>target: annotation [= value]</c> after the value is stored.</summary>
    private void EmitAnnotationRecord(FunctionContext ctx, AnnAssignSyntax an)
    {
        if (an.Simple == 0 || an.Target is not NameSyntax n)
            return;
        string key = $"new {R}PyStr({CSharpNames.String(n.Id)})";
        switch (ctx.Scope.Kind)
        {
            case ScopeKind.Class:
                ctx.Body.Line($"({R}Names.ClassLocal({ctx.ClassNs}, \"__annotations__\") ?? {LoadGlobal("__annotations__")}).SetItem({key}, {AnnotationValue(ctx, an.Annotation)});");
                break;
            case ScopeKind.Module:
                ctx.Body.Line($"{LoadGlobal("__annotations__")}.SetItem({key}, {AnnotationValue(ctx, an.Annotation)});");
                break;
        }
    }

    /// <summary>Wraps a new function object so it carries its parameter annotations.</summary>
    private string WithFunctionAnnotations(FunctionContext ctx, FunctionDefSyntax fd, string function)
    {
        var names = new List<string>();
        var values = new List<string>();
        void Add(ArgSyntax? a)
        {
            if (a?.Annotation is { } ann)
            {
                names.Add(CSharpNames.String(a.Arg));
                values.Add(AnnotationValue(ctx, ann));
            }
        }
        foreach (var a in fd.Args.PosOnlyArgs) Add(a);
        foreach (var a in fd.Args.Args) Add(a);
        Add(fd.Args.VarArg);
        foreach (var a in fd.Args.KwOnlyArgs) Add(a);
        Add(fd.Args.KwArg);
        if (fd.Returns is { } r)
        {
            names.Add("\"return\"");
            values.Add(AnnotationValue(ctx, r));
        }
        if (names.Count == 0)
            return function;
        return $"{R}FunctionAnnotations.Attach({function}, new string[] {{ {string.Join(", ", names)} }}, new {Obj}[] {{ {string.Join(", ", values)} }})";
    }
}
