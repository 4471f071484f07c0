# str.format with positional, keyword, index and attribute fields.
template = "{0} loves {1}; {1} loves {0}"
print(template.format("Ann", "Bob"))
print("{greeting}, {name}!".format(greeting="Hi", name="Cid"))
print("{} + {} = {}".format(2, 3, 2 + 3))
print("{0:>5}|{1:<5}|{2:^5}|".format("a", "b", "c"))
print("{:08.3f}".format(3.14159), "{:,}".format(10 ** 9))
print("{x[0]}-{x[1]}".format(x=("p", "q")))
print("{d[key]}".format(d={"key": "value"}))
print("{0!r:>10}".format("r"))
print("{:{fill}{align}{width}}".format("mid", fill=".", align="^", width=11))
rows = [("alpha", 1.5), ("beta", 22.25), ("gamma", 333.125)]
for name, val in rows:
    print("{:<8}{:>10.2f}".format(name, val))
print("{{escaped}} {}".format("ok"))
print("{:b} {:o} {:x} {:X} {:#x}".format(10, 10, 255, 255, 255))
print("{:e} {:g} {:%}".format(12345.678, 0.00001234, 0.5))
