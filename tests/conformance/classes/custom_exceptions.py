# Custom exception classes: attributes, hierarchy, str().
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f"not found: {self.key!r}"
class Plain(Exception):
    pass

def validate(user):
    if "name" not in user:
        raise ValidationError("name", "required")
    if len(user["name"]) < 3:
        raise ValidationError("name", "too short")
    return "valid"

for u in [{"name": "alice"}, {"name": "al"}, {}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("ValidationError:", e, "| field =", e.field, "| args =", e.args)

try:
    raise NotFound("user42")
except AppError as e:
    print(type(e).__name__, str(e), e.key, e.args, repr(e))

for exc in [ValidationError("f", "m"), NotFound("k"), AppError("base"), Plain()]:
    try:
        raise exc
    except NotFound:
        print("handler NotFound")
    except ValidationError:
        print("handler ValidationError")
    except AppError as e:
        print("handler AppError:", e)
    except Exception as e:
        print("handler Exception:", type(e).__name__, repr(str(e)), repr(e))

print(issubclass(ValidationError, AppError), issubclass(AppError, Exception))
print(issubclass(AppError, BaseException), isinstance(NotFound("x"), Exception))
print([k.__name__ for k in ValidationError.__mro__])
class CodeError(Exception):
    def __init__(self, code):
        self.code = code
e = CodeError(404)
print(e.code, e.args, repr(str(e)))
class TwoArgs(Exception):
    pass
print(str(TwoArgs("a", 1)), repr(TwoArgs("a", 1)))
def deep(n):
    if n == 0:
        raise AppError("bottom reached")
    deep(n - 1)
try:
    deep(5)
except AppError as e:
    print("caught from deep:", e)
