# Arbitrary-precision integers.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(factorial(20))
print(factorial(25))
print(factorial(50))
print(factorial(100))
print(2 ** 64)
print(2 ** 100)
print(2 ** 200)
print(-(2 ** 200))
print(3 ** 100)
print((2 ** 100) // (2 ** 50))
print((2 ** 100) % 1000007)
print(10 ** 30 + 1)
print(10 ** 30 - 1)
print(-10 ** 30)
big = 123456789012345678901234567890
print(big * big)
print(big // 7, big % 7)
print(-big // 7, -big % 7)
print(big - big)
print(len(str(factorial(100))))
print(sum([int(c) for c in str(2 ** 1000)]))
x = 1
for i in range(70):
    x = x * 3 + 1
print(x)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(18446744073709551615 * 18446744073709551615)
print(2 ** 63, 2 ** 63 - 1, -(2 ** 63))
print(big == 123456789012345678901234567890)
print(big > 2 ** 90, big < 2 ** 100)
print(abs(-big))
