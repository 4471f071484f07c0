from array import array

for code in 'bBuhHiIlLqQfd':
    a = array(code)
    print(code, a.itemsize, a.typecode, repr(a))
for code in 'bBhHiIlLqQ':
    a = array(code, [1, 2, 3])
    print(code, a, a.tobytes())
print(array('f', [0.1])[0])
print(array('d', [0.1])[0])
print(array('f', [1.5, 2.25]).tobytes())
print(array('f', [1e300]))
