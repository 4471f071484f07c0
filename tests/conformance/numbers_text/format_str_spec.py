# format() of strings: fill, alignment, width, precision.
for s in ["", "a", "abc", "hello world", "\u00e9t\u00e9", "tab\t", "\U0001F600x"]:
    print(repr(s), [format(s, spec) for spec in ["", "5", "<5", ">5", "^5", "*^6", ".2", "8.3", ">8.1",
                                                 "-^7", ".0", "s", "10s", "^10.4s", "_<3"]])
print(format("x", "^4"), "|" + format("xy", "^5") + "|", "|" + format("xyz", "^6") + "|")
print("{:>10}|{:<10}|{:^10}|".format("right", "left", "mid"))
print(f"{'abc':=^9}", f"{'abc':.1}", f"{'abc':{'*'}>{7}}")
print(format(None, ""), format(None, "10") if False else "skip", format([1, 2], ""), format((1,), ""))
