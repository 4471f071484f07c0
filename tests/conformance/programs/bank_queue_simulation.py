# Deterministic queue simulation with a linear congruential generator.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 1664525 + 1013904223) % 2 ** 32
        return self.state % n

class Customer:
    def __init__(self, cid, arrival, service):
        self.cid = cid
        self.arrival = arrival
        self.service = service
        self.start = None
    def wait(self):
        return self.start - self.arrival

rng = LCG(2024)
customers = []
t = 0
for cid in range(12):
    t += rng.next(5)
    customers.append(Customer(cid, t, 1 + rng.next(6)))

tellers = [0, 0]
log = []
for c in customers:
    idx = min(range(len(tellers)), key=lambda i: (tellers[i], i))
    c.start = max(tellers[idx], c.arrival)
    tellers[idx] = c.start + c.service
    log.append((c.cid, idx, c.arrival, c.start, tellers[idx]))

print(f"{'cust':>4} {'teller':>6} {'arrive':>6} {'start':>5} {'end':>4} {'wait':>4}")
for (cid, idx, arr, start, end), c in zip(log, customers):
    print(f"{cid:>4} {idx:>6} {arr:>6} {start:>5} {end:>4} {c.wait():>4}")
waits = [c.wait() for c in customers]
print("average wait:", round(sum(waits) / len(waits), 3))
print("max wait:", max(waits), "customers who waited:", len([w for w in waits if w > 0]))
print("closing time:", max(tellers))
busy = {i: sum([c.service for c, entry in zip(customers, log) if entry[1] == i]) for i in range(2)}
print("busy time per teller:", busy)
