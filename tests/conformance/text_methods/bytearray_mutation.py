# bytearray mutation: append/extend/insert/pop/remove/reverse/clear/copy, item assignment, del, +=, *=.
ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" world")
ba.extend([65, 66])
ba.extend(bytearray(b"!"))
ba.extend(range(48, 51))
print(ba, len(ba))
ba.insert(0, 62)
ba.insert(-1, 60)
ba.insert(100, 43)
ba.insert(-100, 94)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("o"))
print(ba)
ba.reverse()
print(ba)
ba[0] = 88
ba[-1] = 89
print(ba, ba[0], ba[-1])
del ba[0]
del ba[-1]
del ba[1:4]
del ba[::2]
print(ba)
c = ba.copy()
c.clear()
print(ba, c, len(c))
ba += b"+="
ba += bytearray(b"ba")
print(ba)
ba *= 2
print(ba)
x = bytearray(b"ab") * 3
print(x, 2 * bytearray(b"xy"), bytearray(b"q") + b"r", b"r" + bytearray(b"q"), type(b"r" + bytearray(b"q")).__name__)
for bad in [lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.append("a"), lambda: ba.append(b"a"), lambda: bytearray().pop(),
            lambda: ba.pop(100), lambda: ba.remove(200), lambda: ba.insert(0, 300), lambda: ba.extend(5), lambda: ba.extend(["a"]),
            lambda: ba.extend("str"), lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(100, 1), lambda: ba.__delitem__(100),
            lambda: ba.__iadd__("s"), lambda: ba.__setitem__("a", 1), lambda: hash(ba), lambda: ba.remove(), lambda: ba.insert(1)]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(ba == bytes(ba), ba == b"x", bytearray(b"a") < b"b", bytearray() == bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
