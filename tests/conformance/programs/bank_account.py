# Bank account simulation with classes and custom exceptions.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance is {account.balance}")
        self.shortfall = amount - account.balance

class AccountFrozen(BankError):
    pass

class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        self.number = Account.next_number
        Account.next_number += 1

    def _check(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount}")

    def deposit(self, amount):
        self._check(amount)
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, balance={self.balance})"

class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except BankError as e:
        print("transfer failed:", e)
        return False
    else:
        dst.deposit(amount)
        print(f"transferred {amount} from {src.owner} to {dst.owner}")
        return True
    finally:
        print("  balances:", src.balance, dst.balance)

alice = Account("Alice", 100)
bob = SavingsAccount("Bob", 50, rate=0.05)
print(alice, bob)
transfer(alice, bob, 30)
transfer(alice, bob, 500)
print("interest:", bob.add_interest())
for amount in [-5, 0, 10]:
    try:
        alice.deposit(amount)
        print("deposited", amount)
    except ValueError as e:
        print("ValueError:", e)
alice.frozen = True
transfer(alice, bob, 1)
try:
    alice.withdraw(1000)
except InsufficientFunds as e:
    print("shortfall", e.shortfall)
except BankError as e:
    print(type(e).__name__, e)
print(alice.history)
print(bob.history)
print(sorted([alice, bob], key=lambda a: a.balance))
