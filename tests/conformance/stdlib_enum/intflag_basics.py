from enum import IntFlag

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(rw, repr(rw), str(rw), format(rw))
print(rw == 6, rw + 1, type(rw + 1).__name__, isinstance(rw, int))
print(repr(Perm.R | 8), Perm.R | 8)
print(repr(~Perm.R), repr(~rw))
print(repr(Perm(0)), Perm(0))
print(Perm.R & 4, repr(Perm.R & 4), repr(Perm.X ^ 3))
print(4 | Perm.W, repr(4 | Perm.W))
print(list(rw), len(rw), Perm.W in rw)
print(list(Perm), len(Perm))
print(repr(Perm(13)))
print(sorted([Perm.R, Perm.X, Perm.W]))
print(f"{Perm.R:03b}", '%d' % Perm.W)
