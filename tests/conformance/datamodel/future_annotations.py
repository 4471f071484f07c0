from __future__ import annotations


class Node:
    value: int
    next: Node | None = None
    children: list[Node] = []

    def link(self, other: Node) -> Node:
        self.next = other
        return other


print(Node.__annotations__)
print(Node.link.__annotations__)
n = Node()
print(n.link(Node()) is n.next)

x: Undefined = 3
print(__annotations__)


def f(a: dict[str, int], b: Optional[int] = None) -> tuple[int, ...]:
    return (1,)


print(f.__annotations__)
print(f({}))
