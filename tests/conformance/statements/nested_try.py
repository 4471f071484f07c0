# Nested try blocks and exception propagation through several levels.
def level3(x):
    print("  level3 start", x)
    try:
        if x == "value":
            raise ValueError("bad value at level3")
        if x == "key":
            raise KeyError("missing at level3")
        return "level3 ok"
    finally:
        print("  level3 finally")

def level2(x):
    try:
        return level3(x)
    except ValueError as e:
        print("  level2 handled:", e)
        return "recovered in level2"
    finally:
        print("  level2 finally")

def level1(x):
    try:
        result = level2(x)
    except LookupError as e:
        print("  level1 handled:", type(e).__name__, e)
        result = "recovered in level1"
    else:
        print("  level1 else")
    return result

for x in ["ok", "value", "key"]:
    print(x, "->", level1(x))

def retry(attempts):
    for i in range(attempts):
        try:
            try:
                if i < 2:
                    raise ConnectionError(f"attempt {i} failed")
                return f"success on attempt {i}"
            finally:
                print("cleanup attempt", i)
        except ConnectionError as e:
            print("retrying after:", e)
    return "gave up"
print(retry(5))
print(retry(2))

try:
    try:
        raise TypeError("first")
    except TypeError:
        try:
            raise ValueError("second")
        except ValueError as inner:
            print("inner handled", inner)
        print("back in outer handler")
        raise
except TypeError as outer:
    print("re-raised original:", outer)
