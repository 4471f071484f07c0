import sys


class Quit(SystemExit):
    def __init__(self, code, reason):
        super().__init__(code)
        self.reason = reason


try:
    raise Quit(4, "user asked")
except SystemExit as e:
    print(type(e).__name__, e.code, e.reason, e.args)

try:
    sys.exit(Quit(1, "nested"))
except SystemExit as e:
    print(type(e).__name__, e.code, e.reason)
