print(__name__)


def main():
    print("running main")
    return 0


if __name__ == "__main__":
    result = main()
    print("result", result)
else:
    print("imported")


class C:
    pass


print(C.__module__)
print(main.__module__)
print(__name__ == "__main__")
