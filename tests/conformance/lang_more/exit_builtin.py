try:
    exit()
except SystemExit as e:
    print("exit()", e.code)

try:
    exit(7)
except SystemExit as e:
    print("exit(7)", e.code)

try:
    quit("bye")
except SystemExit as e:
    print("quit", repr(e.code))

for value in (0, 1, "text", None):
    try:
        exit(value)
    except SystemExit as e:
        print(repr(value), repr(e.code))
