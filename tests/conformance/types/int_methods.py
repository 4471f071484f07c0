# Integer methods and properties.
for n in [0, 1, 7, 255, 256, -1, -256, 2 ** 100]:
    print(n, n.bit_length(), bin(n))
print((10).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((42).real, (42).imag, (42).numerator, (42).denominator)
print(int("1" * 50) % 97)
print(abs(-10 ** 40), (-10 ** 40).bit_length())
print((12).bit_count(), (255).bit_count())
print(divmod(10 ** 30, 7 ** 20))
print(max(2 ** 100, 3 ** 63), min(-(2 ** 100), -(3 ** 63)))
print([n for n in range(-3, 4) if n])
print(round(123456, -3), round(-123456, -3), round(5, -1), round(15, -1), round(25, -1))
print((3.75).as_integer_ratio(), (0.1).as_integer_ratio())
