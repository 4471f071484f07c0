# startswith/endswith with tuples and start/end.
s = "Hello, Wörld 😀"
for p in ["Hello", "hello", "😀", "", "Wörld 😀", "ö", ("x", "H"), ("x", "y"), (), ("",)]:
    print(repr(p), s.startswith(p), s.endswith(p), s.startswith(p, 7), s.endswith(p, 0, 5), s.startswith(p, -7),
          s.endswith(p, -100, -2), s.startswith(p, 100), s.endswith(p, 3, 2), s.startswith(p, None, None))
print("".startswith(""), "".endswith(""), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 4),
      "abc".endswith("", 1, 0))
for bad in [lambda: s.startswith(1), lambda: s.endswith(["H"]), lambda: s.startswith(("H", 1)), lambda: s.endswith((None,)),
            lambda: s.startswith(), lambda: s.startswith("H", "0"), lambda: s.endswith(b"x"), lambda: s.startswith(prefix="H")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
b = b"hello world"
print(b.startswith(b"hello"), b.endswith(b"world"), b.startswith((b"x", b"h")), b.endswith(bytearray(b"ld")), b.startswith(b"w", 6))
for bad in [lambda: b.startswith("h"), lambda: b.endswith(("d",)), lambda: b.startswith(104), lambda: b.endswith([b"d"])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
