# Floor division and modulo: sign follows the divisor (floor semantics).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.5, 0.25), (-1.0, 3.0), (1.0, -3.0)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1 % 10, -11 % 10, 11 % -10)
print(-0.0 % 5, 0.0 % -5)
print(10 ** 20 // -3, 10 ** 20 % -3)
print(-(10 ** 20) // 7, -(10 ** 20) % 7)
print(-7 // 2 * 2 + -7 % 2)
print(7 % 1.5, -7 % 1.5)
print(5.0 // 0.1, 5.0 % 0.1)
print(-3 % 3, -3 // 3)
