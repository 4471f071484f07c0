from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

def attempt(label, func):
    try:
        func()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)

def reassign():
    Color.RED = 5
def delete():
    del Color.GREEN
def set_name():
    Color.RED.name = 'BLUE'
def set_value():
    Color.RED.value = 10
def del_value():
    del Color.RED.value
def extend():
    class More(Color):
        BLUE = 3
def new_attr():
    Color.extra = 'fine'

attempt('reassign', reassign)
attempt('delete', delete)
attempt('set name', set_name)
attempt('set value', set_value)
attempt('del value', del_value)
attempt('extend', extend)
attempt('new attr', new_attr)
print(Color.extra, Color.RED, list(Color))
