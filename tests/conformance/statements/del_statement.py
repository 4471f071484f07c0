# del of names, items, slices and attributes.
x = 10
print(x)
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class Obj:
    pass
o = Obj()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, "a"), hasattr(o, "b"))
try:
    del o.a
except AttributeError as e:
    print("AttributeError:", e)
a, b = 1, 2
del a, b
print("deleted a and b")
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
nums = list(range(10))
del nums[::2]
print(nums)
