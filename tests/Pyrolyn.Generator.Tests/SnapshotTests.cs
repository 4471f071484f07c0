using Pyrolyn.Generator.Tests.Infrastructure;
using Xunit;
using static Pyrolyn.Generator.Tests.Infrastructure.GeneratorHarness;

namespace Pyrolyn.Generator.Tests;

/// <summary>
/// The C# emitted for representative scripts, checked in under Snapshots/. A change in the
/// emitter shows up as a reviewable diff of these files.
/// </summary>
public sealed class SnapshotTests
{
    private static void VerifyScripts(string testName, IReadOnlyDictionary<string, string>? properties, params (string Path, string Text)[] scripts)
    {
        var (_, result, output) = Run(scripts.Select(s => Script(s.Path, s.Text)), properties);
        Assert.Empty(result.Diagnostics);
        Snapshot.Verify(testName, result);

        // What is checked in must also compile against the runtime.
        var errors = output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "generated code does not compile:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Snapshot_HelloWorld() => VerifyScripts(nameof(Snapshot_HelloWorld), null, ("hello.py", """
        print("Hello, world!")
        """));

    [Fact]
    public void Snapshot_FunctionsWithDefaultsAndKeywords() => VerifyScripts(nameof(Snapshot_FunctionsWithDefaultsAndKeywords), null, ("functions.py", """
        def add(a, b=2, *args, scale=1, **kwargs):
            return (a + b + sum(args)) * scale

        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)

        print(add(1), add(1, 2, 3, scale=10), fib(20))
        """));

    [Fact]
    public void Snapshot_ClassesAndInheritance() => VerifyScripts(nameof(Snapshot_ClassesAndInheritance), null, ("shapes.py", """
        class Shape:
            def __init__(self, name):
                self.name = name

            def area(self):
                return 0

            def __repr__(self):
                return f"{self.name}({self.area()})"

        class Square(Shape):
            def __init__(self, side):
                super().__init__("Square")
                self.side = side

            def area(self):
                return self.side * self.side

        print(Square(3))
        """));

    [Fact]
    public void Snapshot_Generator() => VerifyScripts(nameof(Snapshot_Generator), null, ("gen.py", """
        def numbers(limit):
            total = 0
            try:
                for i in range(limit):
                    sent = yield i
                    if sent is not None:
                        total += sent
            except ValueError as e:
                yield str(e)
            finally:
                print("closing")
            return total

        def pairs(n):
            result = yield from numbers(n)
            yield result

        print(list(pairs(3)), sum(x * x for x in range(4)))
        """));

    [Fact]
    public void Snapshot_ControlFlow() => VerifyScripts(nameof(Snapshot_ControlFlow), null, ("loops.py", """
        total = 0
        for i in range(10):
            if i % 2 == 0:
                continue
            if i > 7:
                break
            total += i
        else:
            total = -1
        n = 5
        while n > 0:
            n -= 1
        print(total, n)
        """));

    /// <summary>Unboxed int locals (Emit/IntLocals.cs): fused stores into the long, long
    /// comparisons, subscripts by the long, boxing where an object is needed; the parameter and
    /// the cell stay ordinary.</summary>
    [Fact]
    public void Snapshot_UnboxedIntLocals() => VerifyScripts(nameof(Snapshot_UnboxedIntLocals), null, ("int_locals.py", """
        def digits(items, n):
            total = 0
            i = 0
            while i < n:
                total = (total * 31 + items[i % 3]) % 1000003
                i += 1
            s = total
            out = []
            while s > 0:
                out.append(items[s % 10 % 3])
                s //= 10
            for k in range(3):
                total -= k
            hits = 0
            def bump():
                return hits + 1
            return total, out, bump()
        print(digits([1, 2, 3], 50))
        """));

    /// <summary>Float locals (FloatLocals): fused float stores into the double, fused reads of
    /// it, boxing where an object is needed; an int-initialized local stays an object; a
    /// comprehension over range() counts in a long.</summary>
    [Fact]
    public void Snapshot_UnboxedFloatLocals() => VerifyScripts(nameof(Snapshot_UnboxedFloatLocals), null, ("float_locals.py", """
        import math
        def step(b, b2, dt):
            dx = b[0] - b2[0]
            dy = b[1] - b2[1]
            d2 = dx * dx + dy * dy
            mag = dt / (d2 * math.sqrt(d2))
            total = 0
            total += mag
            return [dx * mag, dy * mag], total, [i for i in range(4) if b[i % 2] > 0]
        print(step([1.0, 2.0], [0.5, 0.25], 0.01))
        """));

    [Fact]
    public void Snapshot_CollectionsAndComprehensions() => VerifyScripts(nameof(Snapshot_CollectionsAndComprehensions), null, ("collections_demo.py", """
        squares = [x * x for x in range(5)]
        evens = {x for x in squares if x % 2 == 0}
        table = {str(x): x for x in squares}
        pairs = list(zip(squares, sorted(evens)))
        first, *rest = squares
        print(squares, evens, table, pairs, first, rest, squares[1:3])
        """));

    [Fact]
    public void Snapshot_ExceptionsAndClosures() => VerifyScripts(nameof(Snapshot_ExceptionsAndClosures), null, ("errors.py", """
        def counter():
            count = 0
            def step():
                nonlocal count
                count += 1
                return count
            return step

        def safe_div(a, b):
            try:
                return a / b
            except ZeroDivisionError as e:
                print("error:", e)
                return None
            finally:
                print("done")

        c = counter()
        c()
        print(c(), safe_div(1, 0), (lambda x: x + 1)(41))
        """));

    [Fact]
    public void Snapshot_PackageImports() => VerifyScripts(nameof(Snapshot_PackageImports), null,
        ("utils.py", """
        def shout(text):
            return text.upper() + "!"
        """),
        ("shapes/__init__.py", """
        PI = 3.14159
        """),
        ("shapes/circle.py", """
        from shapes import PI

        def area(r):
            return PI * r * r
        """),
        ("greet.py", """
        import utils
        from shapes.circle import area

        def greet(name):
            return utils.shout("hello " + name)

        print(greet("world"), area(2.0))
        """));

    [Fact]
    public void Snapshot_EntryPoint() => VerifyScripts(nameof(Snapshot_EntryPoint),
        new Dictionary<string, string> { ["PyrolynMain"] = "main.py" },
        ("main.py", """
        import sys

        def main(argv):
            print("args:", len(argv))
            return 0

        if __name__ == "__main__":
            sys.exit(main(sys.argv))
        """));
}
