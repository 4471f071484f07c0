# pass, empty bodies and ellipsis.
def todo():
    pass
class Empty:
    pass
def stub():
    ...
print(todo(), stub(), Empty.__name__)
print(...)
print(Ellipsis is ..., repr(...))
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    print("no")
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    print("finally after pass")
x = [..., None]
print(x)
