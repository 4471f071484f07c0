import json

samples = [
    0, 1, -1, 2**63, -(2**70), 0.5, -2.75, 1e-300, 1.7976931348623157e308, 5e-324,
    "", "ascii", "\u00e9\u00e8", "\U0001f680", "\x00\x1f", "mixed \"quotes\" and \\",
    [], {}, [None, True, False], {"a": {"b": {"c": []}}},
    [1, [2, [3, [4, [5]]]]], {"list": [1, 2.0, "3"], "n": None},
]
for s in samples:
    for kwargs in ({}, {"indent": 2}, {"sort_keys": True}, {"ensure_ascii": False}, {"separators": (",", ":")}):
        text = json.dumps(s, **kwargs)
        back = json.loads(text)
        if back != s:
            print("MISMATCH", repr(s), kwargs, text)
    print(json.dumps(s), "ok")
print(json.loads(json.dumps((1, 2))) == [1, 2])
print(json.loads(json.dumps({1: "a"})) == {"1": "a"})
print(json.dumps(json.loads('{"b": 1, "a": 2}')))
big = {"k%d" % i: list(range(i)) for i in range(6)}
print(json.loads(json.dumps(big, indent=1)) == big)
