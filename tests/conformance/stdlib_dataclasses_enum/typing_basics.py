from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, NamedTuple, Protocol, Set, Iterable


T = TypeVar("T")
print(T, List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...])
print(Callable[[int, str], bool], Any, Set[str], Iterable[int])
print(Union[int], Union[int, None])


def total(xs: List[int], scale: Optional[float] = None) -> float:
    return sum(xs) * (scale or 1)


print(total([1, 2, 3]), total([1], 2.5))
print(total.__annotations__["xs"], total.__annotations__["return"])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack[int], type(s).__name__)


class Point(NamedTuple):
    x: int
    y: int = 0


p = Point(3, -4)
print(p, p.x, p[1], Point(1), p._asdict(), Point._fields)
x, y = p
print(x, y, p == (3, -4))


class Greeter(Protocol):
    def greet(self) -> str:
        ...


class English:
    def greet(self) -> str:
        return "hello"


def welcome(g: Greeter) -> str:
    return g.greet()


print(welcome(English()))
Vector = List[float]


def scale(v: Vector, k: float) -> Vector:
    return [k * e for e in v]


print(scale([1.0, 2.0], 2))
