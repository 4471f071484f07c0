# Word frequency count with deterministic (sorted) output.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def normalize(word):
    return "".join([c for c in word.lower() if c.isalpha()])

counts = {}
for raw in text.split():
    word = normalize(raw)
    if word:
        counts[word] = counts.get(word, 0) + 1

print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(f"{word:<12}{n:>3} {'*' * n}")
print("alphabetical:", sorted(counts))
singles = sorted([w for w, n in counts.items() if n == 1])
print("hapax legomena:", singles)
by_length = {}
for word in counts:
    by_length.setdefault(len(word), []).append(word)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top letters:", top)
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(i, len(line.split()), line.split()[-1])
