# f-strings: nested specs, conversions and '=' (3.8+).
x = 3.14159
w = 10
p = 3
name = "Ada"
items = [1, 2, 3]
cafe = "caf\u00e9"
print(f"{x:{w}.{p}f}|{x:<{w}}|{x:{'^'}{w}.{p - 1}}|")
print(f"{name!r} {name!s} {name!a} {cafe!a}")
print(f"{x=}", f"{x = }", f"{x=:.2f}", f"{name=!r}", f"{name = !s:>6}", f"{1 + 2=}")
print(f"{items=}", f"{items[0]=}", f"{len(items)=}", f"{x*2=:.1f}")
print(f"{{}}", f"{{x}}", f"{{{x}}}", f"}}{{")
print(f"{'nested ' + f'{name:>5}'}")
print(f"{x:.{p}}", f"{12345:{','}}", f"{12345:{'_'}x}", f"{255:#{'x'}}")
print(f"{name:*^{w}}", f"{-42:{'+'}{w}}", f"{0.25:{'.1%'}}")
print(f"{3 if x > 3 else 4}", f"{(lambda v: v * 2)(4)}", f"{[i * i for i in range(4)]}")
d = {"k": "v"}
print(f"{d['k']}", f"{d!r}", f"{x!r:>20}")
print(f"{x:}", f"{name:}", f"{''}|", f"{None}", f"{True:>6}")
print(f"{'a' 'b'}", f"{'multi'}" f"{'part'}", F"upper", rf"raw\n{name}", fr"{name}\t")
width = 5
for i in [1, 22, 333]:
    print(f"|{i:>{width}}|{i:<{width}}|{i:^{width}}|{i:0{width}}|")
