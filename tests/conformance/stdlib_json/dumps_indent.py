import json

data = {"name": "Widget", "tags": ["a", "b"], "dims": {"w": 1, "h": 2.5}, "empty_list": [], "empty_dict": {}, "none": None}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps([1, [2, [3, []]]], indent=1))
print(json.dumps([1, 2], indent=0))
print(json.dumps({"a": 1}, indent="\t"))
print(json.dumps({"a": [1, 2]}, indent="--"))
print(json.dumps({"a": 1, "b": 2}, indent=-1))
print(json.dumps([1, 2], indent=2, separators=(", ", ": ")))
print(json.dumps({"a": {"b": 1}}, indent=2, separators=(",", "=")))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps("str", indent=2), json.dumps(5, indent=2))
print(json.dumps([{"a": []}, {}], indent=3))
print(json.dumps({"x": [{"y": {"z": [1]}}]}, indent=2, sort_keys=True))
