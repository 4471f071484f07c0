# A stack-based RPN (reverse Polish notation) calculator.
class RPNError(Exception):
    pass

class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
    def pop(self):
        if not self.items:
            raise RPNError("stack underflow")
        return self.items.pop()
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f"Stack({self.items})"

BINARY = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "^": lambda a, b: a ** b,
    "max": max,
}

def evaluate(expr, trace=False):
    stack = Stack()
    for token in expr.split():
        if token in BINARY:
            b = stack.pop()
            a = stack.pop()
            stack.push(BINARY[token](a, b))
        elif token == "neg":
            stack.push(-stack.pop())
        elif token == "dup":
            v = stack.pop()
            stack.push(v)
            stack.push(v)
        elif token == "swap":
            b, a = stack.pop(), stack.pop()
            stack.push(b)
            stack.push(a)
        else:
            try:
                stack.push(float(token) if "." in token else int(token))
            except ValueError:
                raise RPNError(f"unknown token {token!r}")
        if trace:
            print(f"  {token:>5} -> {stack}")
    if len(stack) != 1:
        raise RPNError(f"expected one result, stack has {len(stack)}")
    return stack.pop()

print(evaluate("3 4 + 2 *", trace=True))
programs = ["5 1 2 + 4 * + 3 -", "2 10 ^", "7 2 /", "7 2 //", "-7 2 //", "-7 2 %",
            "1.5 2 *", "3 neg dup *", "1 2 swap -", "2 3 max 10 *", "1 +", "1 2 3",
            "4 0 /", "2 x +", "2 200 ^"]
for p in programs:
    try:
        print(f"{p:<20} = {evaluate(p)}")
    except RPNError as e:
        print(f"{p:<20} ! {e}")
    except ZeroDivisionError as e:
        print(f"{p:<20} ! ZeroDivisionError: {e}")
