# Class-level counters and shared state.
class Ticket:
    next_id = 1
    issued = []
    def __init__(self, owner):
        self.id = Ticket.next_id
        Ticket.next_id += 1
        self.owner = owner
        Ticket.issued.append(self.id)
    def __repr__(self):
        return f"Ticket#{self.id}({self.owner})"
tickets = [Ticket(name) for name in ["ann", "bob", "cid"]]
print(tickets)
print(Ticket.next_id, Ticket.issued)
class Special(Ticket):
    pass
s = Special("vip")
print(s, Ticket.next_id, Special.next_id)
class Counter:
    total = 0
    def __init__(self):
        self.count = 0
    def hit(self):
        self.count += 1
        Counter.total += 1
a, b = Counter(), Counter()
a.hit(); a.hit(); b.hit()
print(a.count, b.count, Counter.total, a.total)
class Shadow:
    n = 0
    def bump(self):
        self.n += 1
x = Shadow()
x.bump(); x.bump()
print(x.n, Shadow.n)
