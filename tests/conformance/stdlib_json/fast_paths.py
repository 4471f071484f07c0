# The encoder's and decoder's fast paths: buffer growth, escaping runs, repeated keys (memo),
# number spellings, sort_keys orders, dict snapshots and list re-reads during default().
import json
from collections import OrderedDict

big = [{"k%d" % (i % 7): "v" * (i % 50), "n": i * 1000003, "f": i / 7} for i in range(3000)]
text = json.dumps(big)
print(len(text), json.loads(text) == big)
print(len(json.dumps(big, indent=3, sort_keys=True)), len(json.dumps(big, ensure_ascii=False)))

# Escaping: runs of plain text between escapes, every control character, non-BMP text.
s = "plain" + "".join(chr(c) for c in range(0, 40)) + "tail\u00e9\u4e2d\U0001f600\x7f\"\\/"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.loads(json.dumps(s)) == s, json.loads(json.dumps(s, ensure_ascii=False)) == s)
print(json.dumps({"caf\u00e9\n": 1, "\U0001f600": 2}), json.dumps({"caf\u00e9\n": 1}, ensure_ascii=False))

# Repeated keys share one object (CPython's memo); escaped keys too; duplicates keep the last value.
docs = json.loads('[{"alpha": 1, "be\\u0074a": 2}, {"alpha": 3, "beta": 4}, {"alpha": 5, "alpha": 6}]')
print(docs)
k0, k1 = list(docs[0])[0], list(docs[1])[0]
print(k0 is k1, list(docs[0])[1] is list(docs[1])[1])
print(json.loads('{"a": 1, "b": 2, "a": 3}'), json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))

# Numbers: the int/float boundaries and spellings.
nums = "[0, -0, 1, -1, 1024, 1025, -6, 123456789012345678, 1234567890123456789, -9223372036854775808, 9223372036854775808, 99999999999999999999999, 1.5, -0.0, 1e5, 1E+2, 2e-3, 1.25e308, 5e-324, 1e400, 0.1, 10.0]"
vals = json.loads(nums)
print(vals)
print([type(v).__name__ for v in vals])
print(json.dumps(vals))
print(json.dumps([1 / 3, 1e16, 1e-5, 123456789.125, -2.5e-7, 1e22, 3.0] * 3))
print(json.loads("[1.0e2, 0e0, -0e-0, 2.50]"), json.loads("12"), json.loads("-3.25"))
for bad in ["01", "-", "1.", ".5", "1e", "+1", "[1,]", "[-]", "-a", "1.e3"]:
    try:
        print(repr(bad), json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "JSONDecodeError:", e)

# Strings: escapes inside long runs, strict control characters, unterminated strings.
print(json.loads('"' + "x" * 100 + '\\n' + "y" * 100 + '\\u00e9z"') == "x" * 100 + "\n" + "y" * 100 + "\u00e9z")
print(repr(json.loads('"a\tb\nc"', strict=False)))
print(json.loads('"\\ud83d\\ude00 \\ud83d x \\u0041"') == "\U0001f600 \ud83d x A")
for bad in ['"abc', '"a\tb"', '"bad \\x"', '"\\u12"', '{"a" 1}', '{"a": 1,}', '{1: 2}', '["a" "b"]', '[1 2]', '{"a": 1} x']:
    try:
        print(repr(bad), json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "JSONDecodeError:", e, e.pos, e.lineno, e.colno)

# sort_keys: str keys (with non-BMP/BMP order), non-str keys, mixed keys.
print(json.dumps({"b": 1, "a": 2, "\uffff": 3, "\U0001f600": 4, "": 5, "aa": 6}, sort_keys=True))
print(json.dumps({3: "c", 1: "a", 2.5: "x", 2: "b"}, sort_keys=True))
print(json.dumps({True: 1, None: 2, 1.5: 3, 10 ** 20: 4, "s": 5}))
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
many = {("k%03d" % ((i * 37) % 101)): i for i in range(101)}
print(json.dumps(many, sort_keys=True)[:120])

# Dict subclasses and ordering.
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps(OrderedDict([("z", 1), ("a", 2)]), sort_keys=True))


# default() that mutates the containers being written.
class Marker:
    pass


target = {"a": Marker(), "b": 2}


def grow_dict(o):
    target["c"] = 3
    return "m"


print(json.dumps(target, default=grow_dict), sorted(target))
items = [Marker(), 1]


def grow_list(o):
    if len(items) < 4:
        items.append(len(items))
    return "m"


print(json.dumps(items, default=grow_list), items[1:])

# Floats as keys and values, non-finite values.
print(json.dumps({1.5: 1, -0.0: 2, 1e16: 3}), json.dumps([float("nan"), float("inf"), -float("inf")]))
try:
    json.dumps({"x": [1.0, float("nan")]}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps([0.5] * 5, indent=0), json.dumps([[]] * 2, indent=""), json.dumps([{}, [[]]], indent="\t"))
print(json.dumps({"a": [1, {"b": None}]}, indent=2, separators=(";", "=")))

# Hooks see containers built from the stack.
print(json.loads('{"a": [1, {"b": 2}], "c": {}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2, {"x": 3.25}]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
