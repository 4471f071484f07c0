# str predicates and character tests over a table of samples.
samples = ["abc", "ABC", "Abc", "123", "12.5", "", " ", "\t\n", "abc123", "Hello World",
           "hello world", "_id", "2nd", "é", "Ω", "٣", "½", "x_y", "MiXeD"]
tests = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace",
         "isupper", "islower", "istitle", "isidentifier", "isascii", "isprintable"]
print(f"{'':14}" + " ".join([t[2:6] for t in tests]))
for s in samples:
    flags = [getattr(s, t)() for t in tests]
    print(f"{s!r:14}" + " ".join([f"{'T' if f else '.':>4}" for f in flags]))
print("hello".startswith("he", 0), "hello".startswith("l", 2), "hello".endswith(("x", "lo")))
print("A1".lower().isalnum(), "42".isdigit() and int("42") > 40)
