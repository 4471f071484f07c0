class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", name, [b.__name__ for b in bases], kwargs)
        return {"injected": 42, "helper": lambda self: "helped"}

    def __new__(mcs, name, bases, ns, **kwargs):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class A(metaclass=Meta):
    own = 1


class B(A, metaclass=Meta, flag=True):
    pass


print(A.injected, A.own, A().helper())
print(B.injected, type(B).__name__)
