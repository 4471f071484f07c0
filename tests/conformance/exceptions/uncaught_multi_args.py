raise OSError("one", "two", "three")
