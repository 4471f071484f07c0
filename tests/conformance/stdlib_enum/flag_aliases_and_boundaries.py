from enum import Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
    NONE = 0

print(list(Perm), len(Perm))
print(Perm.RWX, repr(Perm.RWX), list(Perm.RWX))
print(Perm(7) is Perm.RWX, Perm.NONE, repr(Perm(0)))
print(Perm.__members__)
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)

class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(Conform(7), repr(Conform(4)))

class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2
print(Eject(3), Eject(7), type(Eject(7)).__name__)

class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(Keep(7)), Keep(7).value)
print(STRICT, CONFORM, EJECT, KEEP, repr(STRICT))
