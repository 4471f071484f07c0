# Build a nested inventory, serialise it several ways, parse it back and compare.
import json
from collections import OrderedDict, Counter, defaultdict


def build_inventory():
    warehouses = []
    for w in range(3):
        items = []
        for i in range(4):
            items.append({
                "sku": "W%d-%03d" % (w, i * 7),
                "qty": (w + 1) * (i + 2),
                "price": round(1.25 * (i + 1) + w / 4, 2),
                "tags": ["fragile"] if i % 2 else [],
                "meta": {"color": ["red", "green", "blue"][i % 3], "discontinued": i == 3, "notes": None},
            })
        warehouses.append({"id": w, "name": "Depot \u00e9 %d" % w, "items": items})
    return {"version": 2, "warehouses": warehouses, "ratio": 0.1 + 0.2, "unicode": "\u2603 snow \U0001f4e6"}


inv = build_inventory()
variants = [
    ("compact", {"separators": (",", ":")}),
    ("pretty", {"indent": 2, "sort_keys": True}),
    ("utf8", {"ensure_ascii": False}),
    ("tabbed", {"indent": "\t"}),
]
for name, options in variants:
    text = json.dumps(inv, **options)
    back = json.loads(text)
    print(name, len(text), back == inv, text.count("\n"))
print(json.dumps(inv["warehouses"][0]["items"][1], indent=2, sort_keys=True))
print(json.dumps(inv["unicode"]), json.dumps(inv["unicode"], ensure_ascii=False))

totals = defaultdict(int)
colors = Counter()
for wh in json.loads(json.dumps(inv))["warehouses"]:
    for item in wh["items"]:
        totals[wh["name"]] += item["qty"]
        colors[item["meta"]["color"]] += item["qty"]
print(json.dumps(totals, sort_keys=True))
print(json.dumps(colors.most_common()))

ordered = json.loads('{"z": 1, "a": 2, "m": 3}', object_pairs_hook=OrderedDict)
print(ordered, json.dumps(ordered))
ordered.move_to_end("z")
print(json.dumps(ordered))


def encode_extra(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return {"re": o.real, "im": o.imag}
    raise TypeError("cannot encode %s" % type(o).__name__)


extra = {"set": {3, 1, 2}, "complex": 1 + 2j, "tuple": (1, 2)}
text = json.dumps(extra, default=encode_extra, sort_keys=True)
print(text)
print(json.loads(text))
try:
    json.dumps({"bad": object()}, default=encode_extra)
except TypeError as e:
    print("TypeError:", e)
for broken in ['{"a": [1, 2', '{"a" 1}', "[1, 2,]", "{\n  \"k\": tru\n}"]:
    try:
        json.loads(broken)
    except json.JSONDecodeError as e:
        print("line", e.lineno, "col", e.colno, "->", e.msg)
