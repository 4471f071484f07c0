from enum import Flag

class Perm(Flag):
    R = 4
    W = 2
    X = 1

class Other(Flag):
    A = 1

def attempt(label, func):
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('int in flag', lambda: 1 in Perm.R)
attempt('other in flag', lambda: Other.A in Perm.R)
attempt('or int', lambda: Perm.R | 1)
attempt('and other', lambda: Perm.R & Other.A)
attempt('string value', lambda: Perm('r'))
attempt('plus', lambda: Perm.R + Perm.W)
attempt('ok', lambda: Perm.W in (Perm.R | Perm.W))
