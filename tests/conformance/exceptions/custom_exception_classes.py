# User exception classes: __init__, __str__, extra attributes, hierarchies.
class AppError(Exception):
    """Base of the app's errors."""

class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f"config key {self.key!r}: {self.reason}"

class NetError(AppError):
    def __init__(self, code):
        self.code = code

class ReprError(ValueError):
    def __repr__(self):
        return "ReprError<" + str(len(self.args)) + ">"

e = ConfigError("port", "not a number")
print(str(e), repr(e), e.args, e.key)
n = NetError(404)
print(n.code, n.args, repr(n), repr(str(n)))
r = ReprError("a", "b")
print(repr(r), str(r))
for exc in [ConfigError("a", "b"), NetError(1), ReprError(), AppError("plain")]:
    try:
        raise exc
    except AppError as caught:
        print("AppError branch", type(caught).__name__)
    except ValueError as caught:
        print("ValueError branch", type(caught).__name__)

class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)

print(str(WithDefault()), str(WithDefault("given")))

class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b

x = NoSuper(1, 2)
print(x.args, x.total, str(x))

class Multi(KeyError, AttributeError):
    pass

print([c.__name__ for c in Multi.__mro__])
try:
    raise Multi("m")
except AttributeError as m:
    print("caught as AttributeError", str(m))

class ErrWithClassAttr(Exception):
    level = "high"

print(ErrWithClassAttr().level, ErrWithClassAttr("x").args)
print(issubclass(ConfigError, Exception), issubclass(ConfigError, ValueError))
try:
    raise ConfigError
except TypeError as t:
    print("TypeError", t)
try:
    raise 5
except TypeError as t:
    print("TypeError", t)
try:
    raise int
except TypeError as t:
    print("TypeError", t)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as t:
    print("TypeError", t)
try:
    try:
        pass
    except 5:
        pass
    print("no exception: except clause not evaluated")
except TypeError as t:
    print("TypeError", t)
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as t:
    print("TypeError", t)
