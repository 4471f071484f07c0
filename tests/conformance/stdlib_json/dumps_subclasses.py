import json
from collections import OrderedDict, defaultdict, Counter, namedtuple

print(json.dumps(OrderedDict([("b", 1), ("a", 2)])))
print(json.dumps(defaultdict(list, {"x": [1]})))
print(json.dumps(Counter("aab")))
P = namedtuple("P", "x y")
print(json.dumps(P(1, 2)), json.dumps({"p": P(3, 4)}))
print(json.dumps([True, False, None, 0, 0.0, -1, "", []]))
print(json.dumps({"b": [3, 1], "a": {"z": 0, "y": None}}, sort_keys=True, indent=1))
print(json.dumps(["\u0000", "\u001f", "\u0020", "\u007e", "\u0080", "\uffff"]))
print(json.dumps(["\u0080", "\uffff"], ensure_ascii=False) == '["\u0080", "\uffff"]')
print(json.dumps(1 / 3), json.dumps(2 / 3), json.dumps(1e16), json.dumps(123e-20), json.dumps(float(2**53)))
print(json.dumps(10**20), json.dumps(-10**20), json.dumps(True + 1))
print(json.dumps({"a": 1}, separators=(",", ":"), sort_keys=True, indent=None))
print(json.dumps({"x": {"y": {"z": [1, 2, {"w": "deep"}]}}}, indent=2, separators=(", ", ": ")))
print(json.loads(json.dumps(OrderedDict([("b", 1), ("a", 2)]))))
