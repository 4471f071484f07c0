using System.Threading;
using Pyrolyn.Compiler.Diagnostics;
using Pyrolyn.Compiler.Syntax;
using Pyrolyn.Compiler.Text;
using Xunit;

namespace Pyrolyn.Compiler.Tests.Syntax;

/// <summary>Parser output compared with CPython 3.11's <c>ast.dump(ast.parse(source))</c>; every
/// expected string below was printed by CPython 3.11.7.</summary>
public sealed class ParserTests
{
    internal static string ParseAndDump(string source)
    {
        var text = new SourceText(source, "test.py");
        var diagnostics = new DiagnosticBag(text);
        var module = Parser.ParseModule(text, diagnostics, CancellationToken.None);
        Assert.Empty(diagnostics);
        return AstDumper.Dump(module);
    }

    private static void AssertDump(string source, string expected) => Assert.Equal(expected, ParseAndDump(source));

    [Fact]
    public void Parser_EmptyFile_GivesEmptyModule() => AssertDump("", "Module(body=[], type_ignores=[])");

    [Fact]
    public void Parser_WindowsLineEndingsAndComments_AreIgnored() =>
        AssertDump("x = 1  # c\r\n\r\n# only a comment\r\nif x:\r\n    y = '''a\r\nb'''\r\n", ParseAndDump("x = 1\nif x:\n    y = '''a\nb'''\n"));

    [Fact]
    public void Parser_BinaryExpression_HonorsPrecedence()
    {
        AssertDump(
            @"a + b * c ** -d - e // f @ g",
            @"Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=BinOp(left=Name(id='b', ctx=Load()), op=Mult(), right=BinOp(left=Name(id='c', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='d', ctx=Load()))))), op=Sub(), right=BinOp(left=BinOp(left=Name(id='e', ctx=Load()), op=FloorDiv(), right=Name(id='f', ctx=Load())), op=MatMult(), right=Name(id='g', ctx=Load()))))], type_ignores=[])");
    }

    [Fact]
    public void Parser_PowerOperator_IsRightAssociative()
    {
        AssertDump(
            @"a ** b ** c",
            @"Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))], type_ignores=[])");
    }

    [Fact]
    public void Parser_Comparison_ChainsOperators()
    {
        AssertDump(
            @"a < b <= c is not d not in e == f",
            @"Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), IsNot(), NotIn(), Eq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load())]))], type_ignores=[])");
    }

    [Fact]
    public void Parser_BooleanOperators_NestAndInsideOr()
    {
        AssertDump(
            @"a or b and not c or d",
            @"Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), BoolOp(op=And(), values=[Name(id='b', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load()))]), Name(id='d', ctx=Load())]))], type_ignores=[])");
    }

    [Fact]
    public void Parser_BitwiseOperators_HonorPrecedence()
    {
        AssertDump(
            @"a | b ^ c & d << e >> f",
            @"Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=Name(id='f', ctx=Load()))))))], type_ignores=[])");
    }

    [Fact]
    public void Parser_ChainedAssignment_HasStoreTargets()
    {
        AssertDump(
            @"a = b.c = d[0] = 1",
            @"Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Store()), Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value=0), ctx=Store())], value=Constant(value=1))], type_ignores=[])");
    }

    [Fact]
    public void Parser_StarredAssignment_UnpacksIntoTuple()
    {
        AssertDump(
            @"*a, [b, c] = d",
            @"Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), List(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[])");
    }

    [Fact]
    public void Parser_AnnotatedAssignment_SetsSimpleFlag()
    {
        AssertDump(
            @"x: int = 1
(y): str
z.w: list",
            @"Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='str', ctx=Load()), simple=0), AnnAssign(target=Attribute(value=Name(id='z', ctx=Load()), attr='w', ctx=Store()), annotation=Name(id='list', ctx=Load()), simple=0)], type_ignores=[])");
    }

    [Fact]
    public void Parser_AugmentedAssignment_UsesOperator()
    {
        AssertDump(
            @"a.b **= 2
c[0] //= 3",
            @"Module(body=[AugAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), op=Pow(), value=Constant(value=2)), AugAssign(target=Subscript(value=Name(id='c', ctx=Load()), slice=Constant(value=0), ctx=Store()), op=FloorDiv(), value=Constant(value=3))], type_ignores=[])");
    }

    [Fact]
    public void Parser_Delete_UsesDelContext()
    {
        AssertDump(
            @"del a, b[0], (c, d.e)",
            @"Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Tuple(elts=[Name(id='c', ctx=Del()), Attribute(value=Name(id='d', ctx=Load()), attr='e', ctx=Del())], ctx=Del())])], type_ignores=[])");
    }

    [Fact]
    public void Parser_FunctionDef_ParsesAllParameterKinds()
    {
        AssertDump(
            @"@dec
@other.dec(1)
def f(a, /, b=1, *c, d, e=2, **f) -> int:
    return a",
            @"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='f'), defaults=[Constant(value=1)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Attribute(value=Name(id='other', ctx=Load()), attr='dec', ctx=Load()), args=[Constant(value=1)], keywords=[])], returns=Name(id='int', ctx=Load()))], type_ignores=[])");
    }

    [Fact]
    public void Parser_AsyncFunction_ParsesAwaitAsyncForAndWith()
    {
        AssertDump(
            @"async def f():
    await x
    async for a in b:
        pass
    async with c as d, e:
        pass
    return [i async for i in g()]",
            @"Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store())), withitem(context_expr=Name(id='e', ctx=Load()))], body=[Pass()]), Return(value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='g', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=1)]))], decorator_list=[])], type_ignores=[])");
    }

    [Fact]
    public void Parser_Lambda_ParsesParameters()
    {
        AssertDump(
            @"f = lambda x, *y, z=1, **k: x + z",
            @"Module(body=[Assign(targets=[Name(id='f', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], vararg=arg(arg='y'), kwonlyargs=[arg(arg='z')], kw_defaults=[Constant(value=1)], kwarg=arg(arg='k'), defaults=[]), body=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Name(id='z', ctx=Load()))))], type_ignores=[])");
    }

    [Fact]
    public void Parser_ClassDef_ParsesBasesKeywordsAndDocstring()
    {
        AssertDump(
            @"class C(B, *mixins, metaclass=M, **kw):
    '''Doc.'''
    x = 1",
            @"Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load()), Starred(value=Name(id='mixins', ctx=Load()), ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Expr(value=Constant(value='Doc.')), Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[])], type_ignores=[])");
    }

    [Fact]
    public void Parser_Comprehensions_ParseAllForms()
    {
        AssertDump(
            @"[x for x in y if x if not x for z in x]
{k: v for k, v in d.items()}
{x for x in y}
(x for x in y)",
            @"Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='x', ctx=Load()))], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)])), Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])");
    }

    [Fact]
    public void Parser_Call_ParsesStarArgumentsAndKeywords()
    {
        AssertDump(
            @"f(a, *b, c=1, *d, **e)
g(x for x in y)",
            @"Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Starred(value=Name(id='d', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='e', ctx=Load()))])), Expr(value=Call(func=Name(id='g', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])");
    }

    [Fact]
    public void Parser_Subscript_ParsesExtendedSlices()
    {
        AssertDump(
            @"a[1:2, ::3, ...]
b[:]
c[x:y:z]
d[*e]
f[g,]",
            @"Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3)), Constant(value=Ellipsis)], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='b', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='c', ctx=Load()), slice=Slice(lower=Name(id='x', ctx=Load()), upper=Name(id='y', ctx=Load()), step=Name(id='z', ctx=Load())), ctx=Load())), Expr(value=Subscript(value=Name(id='d', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='e', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='f', ctx=Load()), slice=Tuple(elts=[Name(id='g', ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])");
    }

    [Fact]
    public void Parser_Strings_ConcatenateAndDecodeEscapes()
    {
        AssertDump(
            @"s = 'a\tb' ""c\x41\u00e9\N{BULLET}\101""
t = b'\x00\xff' rb'\d'
u = u'k' 'v'
r = R'\n'",
            @"Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='a\tbcAé•A')), Assign(targets=[Name(id='t', ctx=Store())], value=Constant(value=b'\x00\xff\\d')), Assign(targets=[Name(id='u', ctx=Store())], value=Constant(value='kv', kind='u')), Assign(targets=[Name(id='r', ctx=Store())], value=Constant(value='\\n'))], type_ignores=[])");
    }

    [Fact]
    public void Parser_FString_ParsesConversionsSpecsAndDebugText()
    {
        AssertDump(
            @"f'{x!r:>{w}} {y=} {z = !s} {{lit}} {a:%H:%M}'",
            @"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value=' y='), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114), Constant(value=' z = '), FormattedValue(value=Name(id='z', ctx=Load()), conversion=115), Constant(value=' {lit} '), FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='%H:%M')]))]))], type_ignores=[])");
    }

    [Fact]
    public void Parser_Numbers_ParseAllLiteralForms()
    {
        AssertDump(
            @"n = [0x_ff, 0o17, 0b1, 1_000, 1.5e-3, 2j, 1e400, 0.1, 10.0, 1e16, 1.5E+20j, 00, 123456789012345678901234567890]",
            @"Module(body=[Assign(targets=[Name(id='n', ctx=Store())], value=List(elts=[Constant(value=255), Constant(value=15), Constant(value=1), Constant(value=1000), Constant(value=0.0015), Constant(value=2j), Constant(value=inf), Constant(value=0.1), Constant(value=10.0), Constant(value=1e+16), Constant(value=1.5e+20j), Constant(value=0), Constant(value=123456789012345678901234567890)], ctx=Load()))], type_ignores=[])");
    }

    [Fact]
    public void Parser_Try_ParsesHandlersElseAndFinally()
    {
        AssertDump(
            @"try:
    pass
except (A, B) as e:
    pass
except C:
    pass
except:
    raise
else:
    pass
finally:
    pass",
            @"Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Name(id='C', ctx=Load()), body=[Pass()]), ExceptHandler(body=[Raise()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])");
    }

    [Fact]
    public void Parser_TryStar_ParsesExceptStar()
    {
        AssertDump(
            @"try:
    pass
except* ValueError as eg:
    raise X from eg",
            @"Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='ValueError', ctx=Load()), name='eg', body=[Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='eg', ctx=Load()))])], orelse=[], finalbody=[])], type_ignores=[])");
    }

    [Fact]
    public void Parser_With_ParsesParenthesizedItems()
    {
        AssertDump(
            @"with (open(a) as f, open(b) as g,):
    pass
with (a, b) as c:
    pass",
            @"Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), optional_vars=Name(id='f', ctx=Store())), withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='b', ctx=Load())], keywords=[]), optional_vars=Name(id='g', ctx=Store()))], body=[Pass()]), With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])");
    }

    [Fact]
    public void Parser_Match_ParsesAllPatternKinds()
    {
        AssertDump(
            @"match command.split():
    case [action]:
        pass
    case ['go', direction] | ('move', direction):
        pass
    case [first, *rest] if first:
        pass
    case {'x': 1, **rest}:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case -1 | 1 + 2j | 'a' 'b' | None | True | Color.RED:
        pass
    case (1 as one, _) | [*_]:
        pass
    case _:
        pass",
            @"Module(body=[Match(subject=Call(func=Attribute(value=Name(id='command', ctx=Load()), attr='split', ctx=Load()), args=[], keywords=[]), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='action')]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value='go')), MatchAs(name='direction')]), MatchSequence(patterns=[MatchValue(value=Constant(value='move')), MatchAs(name='direction')])]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='first'), MatchStar(name='rest')]), guard=Name(id='first', ctx=Load()), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='x')], patterns=[MatchValue(value=Constant(value=1))], rest='rest'), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchValue(value=Constant(value=0))]), MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))], kwd_attrs=[], kwd_patterns=[])]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), MatchValue(value=Constant(value='ab')), MatchSingleton(value=None), MatchSingleton(value=True), MatchValue(value=Attribute(value=Name(id='Color', ctx=Load()), attr='RED', ctx=Load()))]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchAs(pattern=MatchValue(value=Constant(value=1)), name='one'), MatchAs()]), MatchSequence(patterns=[MatchStar()])]), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])");
    }

    [Fact]
    public void Parser_SoftKeywords_AreNamesOutsideMatch()
    {
        AssertDump(
            @"match = 1
match(x)
case = match[0]
_ = case",
            @"Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Assign(targets=[Name(id='case', ctx=Store())], value=Subscript(value=Name(id='match', ctx=Load()), slice=Constant(value=0), ctx=Load())), Assign(targets=[Name(id='_', ctx=Store())], value=Name(id='case', ctx=Load()))], type_ignores=[])");
    }

    [Fact]
    public void Parser_Imports_ParseRelativeLevels()
    {
        AssertDump(
            @"import a.b as c, d
from ..e import (f as g, h,)
from . import i
from ... import *
from .... j import k",
            @"Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d')]), ImportFrom(module='e', names=[alias(name='f', asname='g'), alias(name='h')], level=2), ImportFrom(names=[alias(name='i')], level=1), ImportFrom(names=[alias(name='*')], level=3), ImportFrom(module='j', names=[alias(name='k')], level=4)], type_ignores=[])");
    }

    [Fact]
    public void Parser_ControlFlow_ParsesIfElifElseWhileFor()
    {
        AssertDump(
            @"if a:
    pass
elif b:
    pass
else:
    pass
while c:
    break
else:
    continue
for x, *y in z:
    pass
else:
    pass",
            @"Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])]), While(test=Name(id='c', ctx=Load()), body=[Break()], orelse=[Continue()]), For(target=Tuple(elts=[Name(id='x', ctx=Store()), Starred(value=Name(id='y', ctx=Store()), ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])");
    }

    [Fact]
    public void Parser_Expressions_ParseWalrusTernaryYieldAndStar()
    {
        AssertDump(
            @"def g():
    global q
    nonlocal r
    x = yield
    y = yield from z
    return *a, b
if (n := len(a)) > 10: print(n if n else -n)
assert x, 'msg'",
            @"Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['q']), Nonlocal(names=['r']), Assign(targets=[Name(id='x', ctx=Store())], value=Yield()), Assign(targets=[Name(id='y', ctx=Store())], value=YieldFrom(value=Name(id='z', ctx=Load()))), Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], decorator_list=[]), If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[IfExp(test=Name(id='n', ctx=Load()), body=Name(id='n', ctx=Load()), orelse=UnaryOp(op=USub(), operand=Name(id='n', ctx=Load())))], keywords=[]))], orelse=[]), Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])");
    }

    [Fact]
    public void Parser_Displays_ParseDictAndSetUnpacking()
    {
        AssertDump(
            @"{**a, 'b': 1, **c}
{*a, b}
[*a, *b]
()
(1,)
{}",
            @"Module(body=[Expr(value=Dict(keys=[None, Constant(value='b'), None], values=[Name(id='a', ctx=Load()), Constant(value=1), Name(id='c', ctx=Load())])), Expr(value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())])), Expr(value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load())), Expr(value=Tuple(elts=[], ctx=Load())), Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load())), Expr(value=Dict(keys=[], values=[]))], type_ignores=[])");
    }

    [Fact]
    public void Parser_Docstring_IsExprConstant()
    {
        AssertDump(
            @"'''Module docstring.'''
x = ...",
            @"Module(body=[Expr(value=Constant(value='Module docstring.')), Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], type_ignores=[])");
    }

}
