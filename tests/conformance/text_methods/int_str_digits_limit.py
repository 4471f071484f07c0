# The 4300-digit limit for int<->str conversions and sys.set_int_max_str_digits.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 4299
print(len(str(big)), len(repr(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10 ** 5000)), len(bin(2 ** 20000)), int("1" * 4300) % 1000, int("f" * 5000, 16) % 1000)
try:
    print(f"{10 ** 4400}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("%d" % (10 ** 4400))
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4400)))
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 6000)), len(str(int("7" * 6000))))
for bad in [100, -1, 639]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), len(str(10 ** 639)))
try:
    int("9" * 641)
except ValueError as e:
    print(type(e).__name__, e)
try:
    str(-(10 ** 700))
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
