# Every augmented assignment operator.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 3; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x = 3
x **= 5; print(x)
x <<= 2; print(x)
x >>= 3; print(x)
x &= 0b1010; print(x)
x |= 0b0101; print(x)
x ^= 0b1111; print(x)
f = 1.5
f += 1; print(f)
f *= 2; print(f)
f //= 2; print(f)
f %= 1.5; print(f)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias)
d = {"a": 1}
d["a"] += 10
d["a"] *= 2
print(d)
m = [[1, 2], [3, 4]]
m[1][0] -= 10
print(m)
class Box:
    pass
b = Box()
b.v = 1
b.v += 41
print(b.v)
n = 2 ** 100
n -= 1
print(n)
