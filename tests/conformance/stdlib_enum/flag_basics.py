from enum import Flag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(rw, repr(rw))
print(rw.value, rw.name)
print(Perm.R in rw, Perm.X in rw)
print(bool(rw), bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(rw & Perm.R, rw & Perm.X)
print(rw ^ Perm.R, repr(rw ^ rw))
print(~Perm.R, repr(~rw))
print(list(Perm))
print(list(rw), len(rw), len(Perm(0)))
print(Perm(6), Perm(7), Perm(7) is (Perm.R | Perm.W | Perm.X))
print(Perm.R | Perm.R is Perm.R)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print([c.value for c in Color])
print(Color.RED | Color.BLUE)
print(list(Color.RED | Color.GREEN | Color.BLUE))
