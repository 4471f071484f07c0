class MyGroup(ExceptionGroup):
    def derive(self, excs):
        new = MyGroup(self.message, excs)
        new.code = self.code
        return new


g = MyGroup("mine", [ValueError("a"), KeyError("b")])
g.code = 7
print(type(g).__name__, g.code, str(g))
m, r = g.split(ValueError)
print(type(m).__name__, m.code, m.exceptions)
print(type(r).__name__, r.code, r.exceptions)
sub = g.subgroup(KeyError)
print(type(sub).__name__, sub.code, repr(sub.exceptions))

plain = ExceptionGroup("p", [ValueError(1), TypeError(2)])
d = plain.derive([KeyError(3)])
print(type(d).__name__, repr(d))
plain.add_note("a note")
m, r = plain.split(ValueError)
print(m.__notes__, r.__notes__)


class Unchanged(ExceptionGroup):
    pass


u = Unchanged("u", [ValueError(1), TypeError(2)])
m, r = u.split(ValueError)
print(type(u).__name__, type(m).__name__, type(r).__name__)
