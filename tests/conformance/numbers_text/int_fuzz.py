# Seeded random int corners against CPython: bit operations and shifts across the 64-bit boundary,
# floor division/modulo signs, pow with modulus and inverse, to_bytes/from_bytes, base conversions, mixed int/float.
import random
random.seed(11)
def s(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ':' + str(e)
def rint():
    k = random.choice([3, 20, 63, 64, 65, 100, 300])
    return random.randint(-2**k, 2**k)
for i in range(800):
    a, b = rint(), rint()
    sh = random.randint(-3, 130)
    print(s(lambda: a & b), s(lambda: a | b), s(lambda: a ^ b), s(lambda: ~a), s(lambda: a << sh), s(lambda: a >> sh), s(lambda: a * b), s(lambda: a - b), s(lambda: a // b), s(lambda: a % b), s(lambda: divmod(a, b)))
    print(s(lambda: a ** random.randint(-2, 5)), s(lambda: pow(a, random.randint(0, 50), b)), s(lambda: pow(a, -1, b)), s(lambda: a / b), s(lambda: a.bit_count()), s(lambda: a.to_bytes(40, 'little', signed=True).hex()), s(lambda: int.from_bytes(a.to_bytes(40, 'big', signed=True), 'big', signed=True)))
    print(s(lambda: hex(a)), s(lambda: oct(a)), s(lambda: bin(a)), s(lambda: format(a, '#_x')), s(lambda: format(a, '+,d')), s(lambda: format(a, '^30_b')), s(lambda: int(str(a), 10)), s(lambda: int(hex(a), 16)), s(lambda: int(format(abs(a), 'o'), 8)), s(lambda: int(format(abs(a), 'x'), 36)), s(lambda: float(a)), s(lambda: round(a, random.randint(-30, 2))), s(lambda: hash(a)), s(lambda: a == float(a)), s(lambda: a < float(b)), s(lambda: float(a) // 3.5))
    print(s(lambda: (a, b) < (b, a)), s(lambda: max(a, b, key=abs)), s(lambda: sorted([a, b, a % 7, -b], key=lambda x: (x % 3, -x))), s(lambda: a.__index__()), s(lambda: complex(a, b) * complex(b, 1)), s(lambda: abs(complex(a % 1000, b % 1000))), s(lambda: (a % 1000) ** 0.5), s(lambda: (-abs(a % 1000) - 1) ** 0.5), s(lambda: 2 ** (a % 70) - 1))
