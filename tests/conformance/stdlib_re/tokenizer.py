import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/()]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
master = re.compile("|".join(["(?P<%s>%s)" % pair for pair in TOKEN_SPEC]))
code = """total := price * 3.5 + tax;
count := count + 1;
bad := 7 $ 2;"""
line = 1
line_start = 0
for mo in master.finditer(code):
    kind = mo.lastgroup
    value = mo.group()
    column = mo.start() - line_start
    if kind == "NEWLINE":
        line_start = mo.end()
        line += 1
        continue
    if kind == "SKIP":
        continue
    print(kind, repr(value), line, column, mo.lastindex)

log = """2024-01-02 10:00:01 INFO  user=alice action=login
2024-01-02 10:05:17 WARN  user=bob action=retry count=3
2024-01-02 10:07:00 ERROR user=alice action=crash code=E42"""
line_re = re.compile(r"^(?P<date>\S+) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<rest>.*)$", re.M)
for m in line_re.finditer(log):
    fields = dict(re.findall(r"(\w+)=(\w+)", m.group("rest")))
    print(m.group("level"), m.group("time"), sorted(fields.items()))
print(len(line_re.findall(log)), line_re.search(log).span("level"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>:\g<k>", "a=1 b=2"))
print(re.sub(r"\s+", " ", "  collapse   these\n\nspaces  ").strip())
words = re.findall(r"[a-z']+", "It's a truth universally acknowledged, that a single man".lower())
print(words, len(words))
template = "Hello {name}, you owe {amount}"
print(re.sub(r"\{(\w+)\}", lambda m: {"name": "Ann", "amount": "$5"}[m.group(1)], template))
print(re.split(r"[;,]\s*", "a; b,c ,d"), re.split(r"(\d)", "a1b2c"))
camel = "parseHTTPResponseCode"
print(re.sub(r"(?<!^)(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])", "_", camel).lower())
date = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
print(date.sub(r"\3-\2-\1", "born 7/4/1990 and 12/25/2000"))
print([m.groups() for m in date.finditer("1/2/2003 x 10/11/2012")])
ip = re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$")
for candidate in ["192.168.0.1", "256.1.1.1", "10.0.0", "0.0.0.0"]:
    print(candidate, bool(ip.match(candidate)))
