# __bool__ and __len__ determine truthiness.
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("__bool__ called")
        return self.on
class Plain:
    pass
print(bool(Empty()), bool(Full()), bool(Plain()))
print(bool(Flag(True)), bool(Flag(False)))
if Flag(True):
    print("flag is on")
print(Flag(False) or "fallback")
print(not Empty(), len(Full()))
print([bool(x) for x in [Empty(), Full(), Plain()]])
f = Flag(True)
while f:
    print("looping once")
    f.on = False
