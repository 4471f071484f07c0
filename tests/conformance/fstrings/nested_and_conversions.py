# Nested replacement fields, !r/!s/!a conversions, = specifier.
width, prec = 10, 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]")
print(f"[{val:>{width}}]")
align = "^"
print(f"[{'mid':{align}{width}}]")
fill = "#"
print(f"[{'x':{fill}<{width}}]")
spec = ".2e"
print(f"{12345.678:{spec}}")
s = "it's"
print(f"{s!r} {s!s} {s}")
print(f"{'héllo'!r} {'héllo'!a}")
print(f"{[1, 'two']!s} {[1, 'two']!r}")
x = 10
y = 3
print(f"{x=}")
print(f"{x = }")
print(f"{x + y=}")
print(f"{s=}")
print(f"{val=:.2f}")
print(f"{x*y=!s}")
name = "Ann"
print(f"{name=!s:>6}")
items = ["a", "b"]
print(f"{items=} {len(items)=}")
print(f"{{literal braces}} {{{x}}}")
print(f"{'nested ' + f'{x:03}'}")
d = {"key": "value"}
print(f"{d['key']} {d}")
print(f"{x if x > 5 else y} {[i * 2 for i in range(3)]}")
print(f"multi {x} and {y} and {x * y:>5} end")
print(f'{"double quotes inside"}')
print(f"{'tab':_^9}|")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print(f"{p} {p!r} {p!s} {p=}")
