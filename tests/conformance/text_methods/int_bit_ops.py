# bit_length, bit_count, and related int methods.
for v in [0, 1, -1, 2, 7, 8, -8, 255, 256, 2 ** 31 - 1, -(2 ** 31), 2 ** 63, -(2 ** 63) - 1, 2 ** 100 - 1, -(2 ** 100), 10 ** 50, True, False]:
    print(v, v.bit_length(), v.bit_count(), bin(v), oct(v), hex(v), v.as_integer_ratio(), v.conjugate(), v.numerator, v.denominator, v.real, v.imag)
print((255).bit_length(), (-255).bit_count(), (12).is_integer() if hasattr(12, "is_integer") else "n/a")
for bad in [lambda: (1).bit_length(1), lambda: (1).bit_count(2), lambda: int.bit_length("x"), lambda: int.bit_count(1.5)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
