# try/except/else/finally combinations.
def attempt(v):
    try:
        print("  trying", v)
        r = 10 // v
    except ZeroDivisionError:
        print("  zero division")
        r = None
    else:
        print("  no exception, result", r)
    finally:
        print("  finally")
    return r
for v in [2, 0]:
    print(attempt(v))
try:
    int("abc")
except (TypeError, ValueError) as e:
    print("tuple catch:", type(e).__name__, e)
try:
    [][1]
except LookupError as e:
    print("base class catch:", type(e).__name__)
try:
    {}["k"]
except IndexError:
    print("wrong")
except KeyError as e:
    print("second clause:", repr(e))
try:
    print("try only with finally")
finally:
    print("finally runs")
try:
    pass
except Exception:
    print("not printed")
else:
    print("else after try with no exception")
try:
    1 / 0
except Exception as e:
    print("caught", e)
try:
    1 / 0
except ArithmeticError as err:
    print(type(err).__name__, isinstance(err, ArithmeticError))
try:
    try:
        1 / 0
    except ValueError:
        print("inner wrong")
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer caught")
def g():
    try:
        return "from try"
    finally:
        print("finally before return")
print(g())
