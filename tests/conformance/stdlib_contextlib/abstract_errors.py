# AbstractContextManager is abstract in __exit__; ExitStack callback bookkeeping.
from contextlib import AbstractContextManager, ExitStack, suppress, closing, nullcontext, redirect_stdout, contextmanager
import io

try:
    AbstractContextManager()
except TypeError as e:
    print(type(e).__name__, e)

class NoExit(AbstractContextManager):
    def helper(self):
        return 1

try:
    NoExit()
except TypeError as e:
    print(type(e).__name__, e)

class WithExit(NoExit):
    def __exit__(self, *exc):
        print("WithExit exit")

with WithExit() as w:
    print(type(w).__name__, w.helper())

print(AbstractContextManager.__abstractmethods__)
print(sorted(ExitStack.__abstractmethods__), sorted(suppress.__abstractmethods__))
for obj in (ExitStack(), suppress(), closing(None), nullcontext(), redirect_stdout(io.StringIO())):
    print(type(obj).__name__, isinstance(obj, AbstractContextManager))

@contextmanager
def gen():
    yield

print(isinstance(gen(), AbstractContextManager))

def f():
    print("f called")

stack = ExitStack()
print(stack.callback(f) is f)
entry = stack._exit_callbacks[0]
print(len(entry), entry[0], entry[1].__wrapped__ is f)
print(len(stack._exit_callbacks))
stack.close()
print(len(stack._exit_callbacks))
