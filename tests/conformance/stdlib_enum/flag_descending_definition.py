from enum import Flag

class Perm(Flag):
    X = 1
    W = 2
    R = 4

class Desc(Flag):
    R = 4
    W = 2
    X = 1

print(Perm(7), Desc(7))
print(list(Perm(7)), list(Desc(7)))
print(Perm.R | Perm.X, Desc.R | Desc.X)
print(repr(Perm(5)), repr(Desc(5)))
print(~Perm.W, ~Desc.W)
print(Perm(3).name, Desc(3).name)
