from array import array

u = array('u', 'hello')
print(u)
print(u[0], u[-1], len(u))
print(u.tounicode())
u.append('!')
u.fromunicode(' ok')
print(u)
print(u[1:4], u[::-1])
print(array('u', ['a', 'b']))
print(array('u'))
print(u.itemsize, array('u', 'ab').tobytes())
print(u == array('u', 'hello! ok'))
for label, func in [('int item', lambda: array('u', [1])), ('two chars', lambda: array('u', ['ab'])),
                    ('from other', lambda: array('u', array('i', [1]))),
                    ('fromunicode', lambda: array('i').fromunicode('x'))]:
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)
