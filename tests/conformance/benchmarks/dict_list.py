# benchmark-args: 5
# List and dict heavy code: word counting, sorting, grouping and a sieve.
import sys


def make_words(n):
    syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "so", "vi", "de", "pu"]
    words = []
    seed = 12345
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        k = 1 + seed % 3
        w = ""
        s = seed
        for _ in range(k):
            w += syllables[s % 10]
            s //= 10
        words.append(w)
    return words


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_length(words):
    groups = {}
    for w in words:
        key = len(w)
        if key not in groups:
            groups[key] = []
        groups[key].append(w)
    return groups


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return [i for i in range(limit + 1) if flags[i]]


SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
words = make_words(200000 * SCALE)
counts = count(words)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("distinct words:", len(counts))
print("top 5:", top)
groups = group_by_length(words)
for length in sorted(groups):
    print(length, len(groups[length]), len(set(groups[length])))
primes = sieve(600000 * SCALE)
print("primes:", len(primes), primes[-3:])
pairs = {}
for p in primes:
    pairs[p % 10] = pairs.get(p % 10, 0) + 1
print(sorted(pairs.items()))
