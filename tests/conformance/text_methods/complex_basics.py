# complex: repr/str, arithmetic, abs, conjugate, real/imag.
values = [1j, 1 + 2j, -1 - 2j, complex(0, 0), complex(-0.0, -0.0), complex(0.0, -0.0), complex(1.5, 0), 3 + 0j, 1e20j, 1e-20 + 1j,
          complex(float("inf"), 1), complex(1, float("nan")), complex(-float("inf"), -float("inf")), 0.1 + 0.2j, 1e16 + 1e17j]
for z in values:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z) if z == z else "nan", -z, +z, z == z, bool(z))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, a ** b, 2 ** a, a * 2, 2.5 + a, a - 1, 1 / a, a ** -1, a ** 0)
print(abs(3 + 4j), abs(-5j), abs(1e300 + 1e300j), (1 + 1j) ** 10, (2j) ** 3, 1j ** 2, (0j) ** 0)
print(a == 3 + 4j, a != b, (1 + 0j) == 1, (1 + 0j) == 1.0, 1j == 1, complex(2) == 2, a.real + a.imag)
print(complex(1, 2), complex(1.5), complex(), complex(real=2, imag=3), complex(1 + 1j, 1j), complex(2j, 3), complex(True, False))
print(type(1j).__name__, isinstance(1j, complex), 5 + 0j, -0j, 0j * -1, (-1) ** 0.5, (-8) ** (1 / 3))
print(format(1 + 2j), format(1.5 - 2.25j, ".2f"), format(3j, ">12"), format(1 + 1j, "^20.3e"), "{:g}".format(1e10 + 2j), f"{0.5j:+.1f}")
