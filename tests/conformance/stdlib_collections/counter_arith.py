from collections import Counter

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4, d=1)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+a)
print(-a)
print(+Counter(), -Counter())
x = Counter(a=3, b=1)
x += Counter(a=-5, c=2)
print(x)
x = Counter(a=3, b=1)
x -= Counter(a=1, b=5)
print(x)
x = Counter(a=3, b=1, z=-1)
x |= Counter(a=1, b=5)
print(x)
x = Counter(a=3, b=1, c=7)
x &= Counter(a=1, b=5)
print(x)
print(type(a + b).__name__, type(a & b).__name__)
try:
    a + {"a": 1}
except TypeError as e:
    print("TypeError:", e)
try:
    a - 1
except TypeError as e:
    print("TypeError:", e)
inventory = Counter(apples=5, pears=2)
sold = Counter(apples=3, pears=2, plums=1)
print(inventory - sold, sold - inventory)
print((inventory + sold).most_common())
words = Counter("one two two three three three".split())
print(words.most_common(), (words & Counter(two=1, three=5)))
print(Counter("abc") + Counter("bcd") + Counter("cde"))
print(sum([Counter("ab"), Counter("bc")], Counter()))
