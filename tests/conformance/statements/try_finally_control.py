# return/break/continue interacting with finally; exceptions in else.
def return_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(return_in_finally())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(swallow())

def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())

def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(value_captured())

for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

def else_raises():
    try:
        print("try ok")
    except ValueError:
        print("not reached")
    else:
        raise KeyError("from else")
    finally:
        print("finally after else")
try:
    else_raises()
except KeyError as e:
    print("caught", repr(e))

def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
        return "done"
    finally:
        print("outer finally")
print(nested())

def exc_in_except():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("converted")
    except ValueError as e:
        print("got", e, "context:", type(e.__context__).__name__)
exc_in_except()

count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("while finally", count)
print("count", count)
