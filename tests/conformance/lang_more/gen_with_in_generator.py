class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("close", self.name, t.__name__ if t else None)
        return False


def read(name):
    with Resource(name):
        for i in range(3):
            yield f"{name}:{i}"


for line in read("file1"):
    print(line)
    if line.endswith("1"):
        break
print("next")
for line in read("file2"):
    print(line)
print("end")
