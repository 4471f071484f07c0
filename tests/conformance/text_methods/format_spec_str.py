# The format-spec mini-language applied to str.
for spec in ["", "10", "<10", ">10", "^10", "*^9", "😀>5", ".2", "10.3", "^7.1", "=<4", "s", ">5s", "0<5", "x^3", "\x00<3"]:
    for v in ["abc", "", "日本語", "😀😀"]:
        print(repr(spec), repr(v), repr(format(v, spec)))
for bad in ["d", "=10", "+5", " 5", "#5", ",", "_", "010", ".5d", "z", "10.x", "<<<", "1.", ".", "s5", "\x00"]:
    try:
        print(repr(bad), repr(format("abc", bad)))
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
