# islice against list slicing for many (start, stop, step) triples.
from itertools import islice

data = list(range(20))
bad = 0
for start in [None, 0, 1, 5, 19, 25]:
    for stop in [None, 0, 3, 10, 20, 30]:
        for step in [None, 1, 2, 3, 7]:
            got = list(islice(data, start, stop, step))
            want = data[start:stop:step]
            if got != want:
                bad += 1
                print("mismatch", start, stop, step, got, want)
print("mismatches", bad)
for stop in range(0, 25, 4):
    print(stop, list(islice(iter(data), stop)))
print(list(islice("abcdefgh", 1, None, 3)), list(islice(range(10**6), 999990, None)))
