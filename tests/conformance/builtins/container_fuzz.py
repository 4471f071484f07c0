# Seeded random list/dict/set/Counter/deque operations against CPython, including set iteration order
# after discards (CPython's set_add_entry reuses the last dummy on the probe path).
import random
from collections import Counter, OrderedDict, deque, defaultdict
random.seed(21)
def s(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ':' + str(e)
def elem():
    return random.choice([random.randint(-5, 5), random.choice("abcde"), random.uniform(-2, 2), True, False, None, (1, 2), 2.0, -0.0, 1e16])
for i in range(600):
    L = [elem() for _ in range(random.randint(0, 8))]
    M = [random.randint(-9, 9) for _ in range(random.randint(0, 8))]
    a, b, c = random.randint(-10, 10), random.randint(-10, 10), random.choice([None, 1, 2, -1, -2, 3])
    def sa():
        x = list(M); x[a:b:c] = [0] * len(range(*slice(a, b, c).indices(len(x)))) if c not in (None, 1) else [7, 8]; return x
    def de():
        x = list(M); del x[a:b:c]; return x
    def ins():
        x = list(M); x.insert(a, 'i'); x.append(a); x.extend(M[:2]); x.remove(a) if a in x else None; return x, x.pop(b) if x and -len(x) <= b < len(x) else None
    print(s(lambda: L), s(lambda: M[a:b:c]), s(sa), s(de), s(ins), s(lambda: sorted(M, key=lambda v: v % 3, reverse=bool(a % 2))), s(lambda: sorted(L)), s(lambda: M.index(a)), s(lambda: M.count(b)), s(lambda: M * (a % 3)), s(lambda: min(M)), s(lambda: max(M, default='d')), s(lambda: sum(M, start=0.5)))
    d = {}
    for k in L + M:
        try: d[k] = d.get(k, 0) + 1
        except TypeError as e: pass
    st = set(M); st2 = set(random.sample(range(-9, 10), 5))
    print(s(lambda: d), s(lambda: list(d.items())[::2]), s(lambda: d.pop(a, 'none')), s(lambda: d.setdefault(b, [])), s(lambda: {**d, 'z': 1}), s(lambda: d | {a: b}), s(lambda: sorted(st)), s(lambda: st - st2), s(lambda: st ^ st2), s(lambda: st <= st2), s(lambda: frozenset(M) == st), s(lambda: st.isdisjoint(st2)))
    print(s(lambda: Counter(M).most_common(3)), s(lambda: Counter(M) - Counter(st2)), s(lambda: deque(M, maxlen=3)), s(lambda: list(reversed(M))), s(lambda: list(zip(M, L))), s(lambda: list(enumerate(M, a))), s(lambda: [x for x in M if x % 2] or 'empty'), s(lambda: {x: x * x for x in M}), s(lambda: tuple(M) < tuple(sorted(M))), s(lambda: hash(tuple(M)) == hash(tuple(M))), s(lambda: list(map(lambda x, y: x * y, M, M[1:]))), s(lambda: str(L)), s(lambda: repr(set([2.0, 2, True, 1]))))
