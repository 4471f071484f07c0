from array import array

def attempt(code, value):
    try:
        print(code, value, array(code, [value]))
    except Exception as e:
        print(code, value, type(e).__name__, e)

for code in 'bBhHiIlLqQ':
    for value in [-1, 200, -200, 70000, 2**32, 2**63, -2**63, 2**70]:
        attempt(code, value)
a = array('b', [1])
try:
    a.append(128)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    a[0] = -129
except OverflowError as e:
    print(type(e).__name__, e)
print(a)
