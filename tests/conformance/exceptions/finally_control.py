# finally with return/break/continue: return in finally swallows the exception.
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

print(swallow())

def override():
    try:
        return "try"
    finally:
        return "finally"

print(override())

def keep():
    try:
        return "try value"
    finally:
        print("cleanup")

print(keep())

def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
            out.append(i)
        finally:
            if i == 2:
                break
    return out

print(loop_break())

def loop_continue():
    out = []
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out

print(loop_continue())

def nested():
    log = []
    try:
        try:
            raise TypeError("inner")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append("caught " + str(e))
    finally:
        log.append("outer finally")
    return log

print(nested())

def return_in_except():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally after except return")

print(return_in_except())

def counter():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        finally:
            print("iteration", n)
    return n

print(counter())

def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2

print(value_captured())

def exc_in_finally_replaces():
    try:
        try:
            raise ValueError("first")
        finally:
            raise KeyError("second")
    except Exception as e:
        return type(e).__name__ + " " + str(e) + " ctx=" + type(e.__context__).__name__

print(exc_in_finally_replaces())

def while_else_finally():
    i = 0
    while i < 3:
        try:
            i += 1
        finally:
            pass
    else:
        return "else " + str(i)

print(while_else_finally())
