from array import array

def attempt(label, func):
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)

a = array('i', [1, 2, 3])
attempt('pop empty', lambda: array('i').pop())
attempt('pop range', lambda: a.pop(7))
attempt('remove', lambda: a.remove(9))
attempt('index', lambda: a.index(9))
attempt('index start', lambda: a.index(1, 1))
attempt('extend kind', lambda: a.extend(array('d', [1.0])))
attempt('extend bad', lambda: a.extend(['x']))
attempt('fromlist tuple', lambda: a.fromlist((1,)))
attempt('fromlist bad', lambda: a.fromlist([1, 'x']))
print(a)
attempt('frombytes', lambda: a.frombytes(b'123'))
attempt('tounicode', lambda: a.tounicode())
attempt('append str', lambda: a.append('x'))
attempt('append float', lambda: a.append(1.5))
attempt('append none', lambda: a.append(None))
attempt('double str', lambda: array('d').append('x'))
attempt('hash', lambda: hash(a))
attempt('bad code', lambda: array('z'))
attempt('long code', lambda: array('ii'))
attempt('int code', lambda: array(5))
attempt('str init', lambda: array('i', 'abc'))
attempt('not iterable', lambda: array('i', 5))
attempt('bytes init', lambda: array('i', b'\x01\x00\x00'))
print(a)
