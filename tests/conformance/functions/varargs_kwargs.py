# *args and **kwargs.
def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)
show()
show(1, 2, 3)
show(a=1, b=2)
show(1, "x", key="v", other=None)
show(*range(3), **{"z": 26})
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3, 4))
def tag(name, **attrs):
    parts = [name] + [f'{k}="{v}"' for k, v in attrs.items()]
    return "<" + " ".join(parts) + ">"
print(tag("a", href="/home", title="Home"))
print(tag("br"))
def forward(*args, **kwargs):
    return total(*args, **kwargs)
print(forward(10, 20))
def count_args(*a):
    return len(a)
print(count_args(), count_args(None), count_args(*"hello"))
def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=8, e=9))
print(mixed(a=0, c=0, d=0, z=0))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
