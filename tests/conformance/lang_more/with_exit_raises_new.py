class Translate:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is not None:
            raise RuntimeError("translated") from v
        return False


class Replace:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is not None:
            raise LookupError("replaced")


try:
    with Translate():
        raise KeyError("orig")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    with Replace():
        raise ValueError("inner")
except LookupError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)


class FailsOnClean:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise OSError("cleanup failed")


try:
    with FailsOnClean():
        print("clean body")
except OSError as e:
    print(repr(e), e.__context__)
