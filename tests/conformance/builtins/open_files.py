# open() for text files: write, append, read back.
name = "_tmp_builtins_open.txt"
f = open(name, "w")
f.write("first line\n")
f.write("second line ✓\n")
f.close()
with open(name, "a") as f:
    f.write("third line\n")
    print("written", file=f)
with open(name) as f:
    content = f.read()
print(repr(content))
with open(name, "r") as f:
    for line in f:
        print("line:", line.rstrip("\n"))
with open(name) as f:
    lines = f.readlines()
print(lines, len(lines))
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()))
with open(name, "w") as f:
    n = f.write("overwritten")
print(n)
with open(name) as f:
    print(f.read())
with open(name, "w", encoding="utf-8") as f:
    f.write("\n".join([str(i * i) for i in range(5)]))
with open(name, encoding="utf-8") as f:
    numbers = [int(x) for x in f.read().split("\n")]
print(numbers, sum(numbers))
try:
    open("_definitely_missing_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
