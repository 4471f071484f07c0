# A small state machine: a vending machine driven by a scripted list of commands.
class VendingError(Exception):
    pass

class Machine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}

    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = {"cola": 2, "chips": 1, "candy": 0}
        self.bank = 0

    def insert(self, cents):
        if cents not in (5, 10, 25, 100):
            raise VendingError(f"rejected coin {cents}")
        self.credit += cents
        self.state = "has_credit"

    def select(self, item):
        if self.state != "has_credit":
            raise VendingError("insert coins first")
        if item not in self.PRICES:
            raise VendingError(f"unknown item {item!r}")
        if self.stock[item] == 0:
            raise VendingError(f"{item} sold out")
        price = self.PRICES[item]
        if self.credit < price:
            raise VendingError(f"{item} costs {price}, credit is {self.credit}")
        self.stock[item] -= 1
        self.bank += price
        change = self.credit - price
        self.credit = 0
        self.state = "idle"
        return item, change

    def refund(self):
        amount, self.credit, self.state = self.credit, 0, "idle"
        return amount

m = Machine()
script = [("select", "cola"), ("insert", 100), ("insert", 3), ("select", "cola"), ("insert", 25),
          ("insert", 25), ("select", "cola"), ("insert", 100), ("select", "candy"),
          ("select", "gum"), ("select", "chips"), ("insert", 100), ("insert", 100),
          ("select", "chips"), ("refund", None), ("refund", None)]
for cmd, arg in script:
    try:
        if cmd == "insert":
            m.insert(arg)
            print(f"insert {arg:>3}: credit {m.credit}")
        elif cmd == "select":
            item, change = m.select(arg)
            print(f"select {arg}: got {item}, change {change}")
        else:
            print(f"refund: {m.refund()}")
    except VendingError as e:
        print(f"{cmd} {arg}: error: {e}")
print(m.state, m.credit, m.bank, m.stock)
