# Sieve of Eratosthenes and a few prime statistics.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [n for n in range(limit + 1) if is_prime[n]]

primes = sieve(200)
print(primes)
print(len(primes), "primes below 200")
big = sieve(100000)
print(len(big), big[-5:])
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print("twin primes:", twins)
gaps = {}
for a, b in zip(big, big[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for gap in sorted(gaps)[:10]:
    print(f"gap {gap:>2}: {gaps[gap]}")
print("largest gap:", max(gaps))

def factorize(n):
    factors = []
    for p in big:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors

for n in [360, 97, 1001, 2 ** 32 + 1, 600851475143, 999999000001]:
    print(n, factorize(n))
goldbach = {}
prime_set = set(primes)
for even in range(4, 60, 2):
    for p in primes:
        if even - p in prime_set:
            goldbach[even] = (p, even - p)
            break
print(goldbach)
