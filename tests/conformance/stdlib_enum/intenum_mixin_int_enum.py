from enum import Enum

class Code(int, Enum):
    OK = 200
    NOT_FOUND = 404

print(Code.OK, repr(Code.OK), str(Code.NOT_FOUND))
print(format(Code.OK), f"{Code.OK}")
print(Code.OK + 1, Code.OK == 200, Code(404))
print(isinstance(Code.OK, int), Code.NOT_FOUND.value, Code.NOT_FOUND.name)
print(sorted([Code.NOT_FOUND, Code.OK]))
print(Code.OK < Code.NOT_FOUND)
