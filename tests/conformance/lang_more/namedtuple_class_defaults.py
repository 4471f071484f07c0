from typing import NamedTuple


class Config(NamedTuple):
    name: str
    retries: int = 3
    verbose: bool = False

    def summary(self):
        return f"{self.name}: retries={self.retries} verbose={self.verbose}"


c = Config("job")
print(c)
print(c.summary())
d = c._replace(verbose=True)
print(d.summary(), d is c)
print(c._asdict())
print(Config._make(["m", 1, True]).summary())
print(Config("k", verbose=True))
try:
    Config()
except TypeError as e:
    print("TypeError:", e)
try:
    c.name = "x"
except AttributeError as e:
    print("AttributeError")
print(hash(c) == hash(Config("job", 3, False)))
