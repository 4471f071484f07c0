# Graph algorithms: BFS shortest path, DFS, topological sort, Dijkstra.
edges = [("A", "B"), ("A", "C"), ("B", "D"), ("C", "D"), ("D", "E"), ("E", "F"), ("C", "F"), ("G", "H")]
graph = {}
for a, b in edges:
    graph.setdefault(a, []).append(b)
    graph.setdefault(b, []).append(a)
for node in sorted(graph):
    print(node, sorted(graph[node]))

def bfs_path(start, goal):
    queue = [[start]]
    seen = {start}
    while queue:
        path = queue.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nxt in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None

def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

def components():
    seen = set()
    result = []
    for node in sorted(graph):
        if node not in seen:
            comp = dfs(node)
            seen.update(comp)
            result.append(sorted(comp))
    return result

print(bfs_path("A", "F"), bfs_path("B", "F"), bfs_path("A", "H"))
print(dfs("A"))
print(components())

deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}
def topo(deps):
    order = []
    state = {}
    def visit(n):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle at " + n)
        state[n] = "active"
        for d in deps[n]:
            visit(d)
        state[n] = "done"
        order.append(n)
    for n in sorted(deps):
        visit(n)
    return order
print(topo(deps))
try:
    topo({"a": ["b"], "b": ["a"]})
except ValueError as e:
    print("ValueError:", e)

weighted = {"S": {"A": 7, "B": 2}, "A": {"C": 1}, "B": {"A": 3, "C": 8}, "C": {"T": 2}, "T": {}}
def dijkstra(src):
    dist = {src: 0}
    done = set()
    while len(done) < len(dist):
        node = min([n for n in dist if n not in done], key=lambda n: (dist[n], n))
        done.add(node)
        for nxt, w in weighted[node].items():
            if nxt not in dist or dist[node] + w < dist[nxt]:
                dist[nxt] = dist[node] + w
    return dist
print(sorted(dijkstra("S").items()))
