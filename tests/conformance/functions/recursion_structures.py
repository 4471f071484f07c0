# Recursion over nested data structures.
data = {"name": "root", "children": [
    {"name": "a", "children": [{"name": "a1", "children": []}, {"name": "a2", "children": []}]},
    {"name": "b", "children": [{"name": "b1", "children": [{"name": "b1x", "children": []}]}]},
]}
def count_nodes(node):
    return 1 + sum([count_nodes(c) for c in node["children"]])
def depth(node):
    return 1 + max([depth(c) for c in node["children"]] + [0])
def render(node, indent=0):
    print("  " * indent + node["name"])
    for c in node["children"]:
        render(c, indent + 1)
def paths(node, prefix=""):
    here = prefix + "/" + node["name"]
    if not node["children"]:
        return [here]
    out = []
    for c in node["children"]:
        out += paths(c, here)
    return out
print(count_nodes(data), depth(data))
render(data)
print(paths(data))
def deep_sum(x):
    if isinstance(x, (int, float)):
        return x
    if isinstance(x, dict):
        return deep_sum(list(x.values()))
    return sum([deep_sum(v) for v in x])
print(deep_sum([1, [2, 3.5], {"a": 4, "b": [5, {"c": 6}]}, (7,)]))
def to_str(x):
    if isinstance(x, list):
        return "[" + ", ".join([to_str(v) for v in x]) + "]"
    if isinstance(x, dict):
        return "{" + ", ".join([f"{k}: {to_str(v)}" for k, v in x.items()]) + "}"
    return str(x)
print(to_str([1, {"k": [2, 3]}, "s"]))
def binary_search(a, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == target:
        return mid
    if a[mid] < target:
        return binary_search(a, target, mid + 1, hi)
    return binary_search(a, target, lo, mid - 1)
arr = list(range(0, 100, 3))
print([binary_search(arr, t, 0, len(arr) - 1) for t in [0, 3, 99, 50, 51, -3]])
