from enum import Enum, IntEnum

def attempt(label, func):
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)

class Empty(Enum):
    pass

class Color(Enum):
    RED = 1

attempt('empty len', lambda: len(Empty))
attempt('empty list', lambda: list(Empty))
attempt('empty call', lambda: Empty(1))
attempt('no args', lambda: Color())
attempt('bad key', lambda: Color[1])
attempt('value attr', lambda: Color.RED.missing)
attempt('class attr', lambda: Color.missing)
attempt('int enum bad', lambda: IntEnum('Bad', [('A', 'x')]))
attempt('compare', lambda: Color.RED < Color.RED)
attempt('add', lambda: Color.RED + 1)
attempt('call member', lambda: Color.RED())
attempt('iterate member', lambda: list(Color.RED))
