# Bare raise re-raises the exception being handled, also from nested handlers.
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        raise

try:
    reraise()
except ValueError as e:
    print("outer got", e)

def nested_handlers():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise

try:
    nested_handlers()
except KeyError as e:
    print("re-raised", repr(e))

def inner_reraise():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            raise

try:
    inner_reraise()
except TypeError as e:
    print("inner re-raised", repr(e), "context", repr(e.__context__))

try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)

def helper_raise():
    raise

try:
    try:
        raise IndexError("from helper")
    except IndexError:
        helper_raise()
except IndexError as e:
    print("helper re-raised", e)

def after_handler():
    try:
        raise ValueError(1)
    except ValueError:
        pass
    raise

try:
    after_handler()
except RuntimeError as e:
    print("RuntimeError", e)

def reraise_modified():
    try:
        raise ValueError("base")
    except ValueError as e:
        e.args = ("modified",)
        raise

try:
    reraise_modified()
except ValueError as e:
    print(e)

def raise_e():
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e

try:
    raise_e()
except ValueError as e:
    print("raise e", e, e.__context__)

count = 0
for i in range(3):
    try:
        try:
            raise ArithmeticError(i)
        except ArithmeticError:
            count += 1
            raise
    except ArithmeticError as e:
        print("loop", e)
print(count)
