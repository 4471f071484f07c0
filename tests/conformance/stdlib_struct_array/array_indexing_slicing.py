from array import array

a = array('i', [10, 20, 30, 40, 50, 60])
print(a[0], a[3], a[-1], a[-6])
print(a[1:4])
print(a[::2])
print(a[::-1])
print(a[4:1:-1])
print(a[10:])
print(a[:])
print(a[:] is a)
a[0] = 11
a[-1] = 66
print(a)
a[1:3] = array('i', [0, 0, 0])
print(a)
a[::2] = array('i', [7, 7, 7, 7])
print(a)
del a[0]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)

def attempt(label, func):
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)

b = array('h', [1, 2, 3])
attempt('index', lambda: b[3])
attempt('neg index', lambda: b[-4])
attempt('str index', lambda: b['x'])
def set_far():
    b[5] = 1
attempt('assign', set_far)
def set_list():
    b[0:1] = [1]
attempt('slice list', set_list)
def set_kind():
    b[0:1] = array('i', [1])
attempt('slice kind', set_kind)
def set_extended():
    b[::2] = array('h', [1])
attempt('extended', set_extended)
def del_far():
    del b[10]
attempt('del', del_far)
print(b)
