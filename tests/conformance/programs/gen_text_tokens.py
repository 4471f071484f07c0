# Generator benchmark-style program: tokenizing generated text lazily, then
# n-gram counting, run-length encoding and a lexer state machine driven by send().

WORDS = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"]

def text(n):
    state = 7
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2 ** 31
        yield WORDS[state % len(WORDS)]
        if state % 11 == 0:
            yield "."

def sentences(tokens):
    current = []
    for t in tokens:
        if t == ".":
            if current:
                yield current
            current = []
        else:
            current.append(t)
    if current:
        yield current

def ngrams(tokens, n):
    window = []
    for t in tokens:
        window.append(t)
        if len(window) > n:
            del window[0]
        if len(window) == n:
            yield tuple(window)

def rle(it):
    it = iter(it)
    try:
        cur = next(it)
    except StopIteration:
        return
    count = 1
    for x in it:
        if x == cur:
            count += 1
        else:
            yield cur, count
            cur, count = x, 1
    yield cur, count

N = 8000
lengths = [len(s) for s in sentences(text(N))]
print(len(lengths), max(lengths), sum(lengths) // len(lengths))

bigrams = {}
for g in ngrams((t for t in text(N) if t != "."), 2):
    bigrams[g] = bigrams.get(g, 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3])

runs = list(rle(len(t) for t in text(N)))
print(len(runs), max(c for _, c in runs))

def lexer():
    tokens = []
    buf = ""
    while True:
        ch = yield
        if ch is None:
            if buf:
                tokens.append(buf)
            return tokens
        if ch.isalnum():
            buf += ch
        else:
            if buf:
                tokens.append(buf)
                buf = ""
            if not ch.isspace():
                tokens.append(ch)

lx = lexer()
next(lx)
source = " ".join("x%d=(y%d+%d)*2;" % (i, i, i) for i in range(300))
for ch in source:
    lx.send(ch)
try:
    lx.send(None)
except StopIteration as stop:
    toks = stop.value
print(len(toks), toks[:8], toks[-3:])
