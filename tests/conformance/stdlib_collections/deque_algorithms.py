from collections import deque


def sliding_max(nums, k):
    q = deque()
    out = []
    for i, n in enumerate(nums):
        while q and nums[q[-1]] <= n:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(nums[q[0]])
    return out


print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))


def bfs(graph, start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order


g = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
print(bfs(g, "a"))


def josephus(n, k):
    people = deque(range(1, n + 1))
    out = []
    while people:
        people.rotate(-(k - 1))
        out.append(people.popleft())
    return out


print(josephus(7, 3))


def is_palindrome(s):
    d = deque([c for c in s.lower() if c.isalnum()])
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True


print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
history = deque(maxlen=4)
for cmd in ["ls", "cd /", "pwd", "echo hi", "exit", "ls"]:
    history.append(cmd)
print(list(history), history.count("ls"), history.index("pwd") if "pwd" in history else -1)
d = deque(range(10))
d.rotate(3)
print(d, d[0], d[-1], d[5])
d.extendleft(reversed([100, 200]))
print(d)
moving = deque(maxlen=3)
avgs = []
for v in [10, 20, 30, 40, 50]:
    moving.append(v)
    avgs.append(sum(moving) / len(moving))
print(avgs)
tasks = deque([("a", 3), ("b", 1), ("c", 2)])
done = []
while tasks:
    name, left = tasks.popleft()
    left -= 1
    if left:
        tasks.append((name, left))
    else:
        done.append(name)
print(done)
