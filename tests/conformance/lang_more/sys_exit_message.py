import sys


def main(argv):
    if len(argv) < 5:
        sys.exit("usage: prog A B C D")
    return 0


try:
    main(["prog"])
except SystemExit as e:
    print("exit code:", repr(e.code))
    print("str:", e)
    print("args:", e.args)

try:
    sys.exit(["list", "code"])
except SystemExit as e:
    print(e.code)

try:
    raise SystemExit("a", "b")
except SystemExit as e:
    print(e.code, str(e))
print("still running")
