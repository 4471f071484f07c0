import sys


def work():
    try:
        print("working")
        sys.exit(5)
    finally:
        print("finally runs")


try:
    work()
except SystemExit as e:
    print("exit", e.code)

try:
    try:
        sys.exit(1)
    except (ValueError, TypeError):
        print("no")
except SystemExit:
    print("SystemExit passes other handlers")

try:
    raise SystemExit(3)
except BaseException as e:
    print(isinstance(e, SystemExit), e.code)
