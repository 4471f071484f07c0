# Class attributes, instance attributes, lookup order, and hasattr/getattr.
class Settings:
    theme = "light"
    sizes = {"small": 1}
    def __init__(self, **overrides):
        for key, value in overrides.items():
            setattr(self, key, value)
a = Settings()
b = Settings(theme="dark", extra=42)
print(a.theme, b.theme, Settings.theme)
print(hasattr(a, "extra"), b.extra)
a.sizes["large"] = 3
print(b.sizes, Settings.sizes)
Settings.theme = "blue"
print(a.theme, b.theme)
del b.theme
print(b.theme)
class Child(Settings):
    theme = "child"
c = Child()
print(c.theme, Child.theme, Settings.theme, c.sizes is a.sizes)
print(getattr(Child, "theme"), getattr(c, "missing", "none"))
print(type(c).__name__, type(c).__bases__[0].__name__)
class Constants:
    PI = 3.14159
    E = 2.71828
    ALL = [PI, E]
print(Constants.ALL, Constants.PI * 2)
