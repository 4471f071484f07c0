# A custom exception with __str__ escapes to the top level.
class ValidationFailed(Exception):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value
    def __str__(self):
        return f"field {self.field!r} rejected value {self.value!r}"
def validate(record):
    for field, value in record.items():
        if not isinstance(value, int):
            raise ValidationFailed(field, value)
        print("ok", field, value)
validate({"a": 1, "b": 2})
validate({"c": 3, "d": "four"})
