# An int index that does not fit in Py_ssize_t is its own IndexError, for every sequence.
import array

big = 2 ** 64
for seq in ([1, 2], (1, 2), "ab", b"ab", bytearray(b"ab"), array.array("i", [1, 2])):
    for index in (big, -big, 2 ** 63, -(2 ** 63) - 1, 5):
        try:
            seq[index]
        except IndexError as e:
            print(type(seq).__name__, index, e)
lst = [1, 2]
try:
    lst[big] = 0
except IndexError as e:
    print("assign", e)
try:
    del lst[-big]
except IndexError as e:
    print("del", e)
