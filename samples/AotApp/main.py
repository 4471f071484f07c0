"""The AotApp entry point: run as __main__ by the generated Program.Main."""
import stats


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    print("Hello from Python compiled to NativeAOT!")
    print("fib(10) =", fib(10))
    print("fib(100) =", fib(100))
    print("2 ** 100 =", 2 ** 100)

    squares = [n * n for n in range(1, 8)]
    print("squares:", squares)
    print("mean:", stats.mean(squares))
    print("evens:", [n for n in squares if n % 2 == 0])

    counts = stats.histogram("the quick brown fox jumps over the lazy dog the end".split())
    for word, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:3]:
        print(f"{word:>5}: {count}")

    account = Account("ada")
    account.deposit(100)
    try:
        account.deposit(-5)
    except ValueError as e:
        print("error:", e)
    print(account)

    total = 0
    i = 0
    while i < 10:
        i += 1
        if i % 3 == 0:
            continue
        total += i
    print("total:", total, "name:", __name__)


if __name__ == "__main__":
    main()
