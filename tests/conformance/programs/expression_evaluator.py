# Tokenizer for arithmetic expressions and a recursive-descent evaluator.
class ParseError(Exception):
    pass

def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            literal = text[start:i]
            tokens.append(("num", float(literal) if "." in literal else int(literal)))
        elif ch in "+-*/%^()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        tok = self.take()
        if tok != ("op", value):
            raise ParseError(f"expected {value!r}, got {tok[1]!r}")

    def parse(self):
        value = self.expr()
        if self.peek()[0] != "end":
            raise ParseError(f"trailing token {self.peek()[1]!r}")
        return value

    def expr(self):
        value = self.term()
        while self.peek() in [("op", "+"), ("op", "-")]:
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek() in [("op", "*"), ("op", "/"), ("op", "%")]:
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return value
        if (kind, value) == ("op", "("):
            inner = self.expr()
            self.expect(")")
            return inner
        raise ParseError(f"unexpected token {value!r}")

print(tokenize("12 + 3.5*(4 - 1)"))
tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 7 % -3",
         "2 ^ 100", "((((42))))", "1.5 * 4 - -2", "3 +", "4 $ 4", "(1 + 2", "1 2", "7 / 0"]
for text in tests:
    try:
        print(f"{text!r:>16} => {Parser(tokenize(text)).parse()}")
    except ParseError as e:
        print(f"{text!r:>16} => parse error: {e}")
    except ZeroDivisionError as e:
        print(f"{text!r:>16} => math error: {e}")
