# A tiny event system with callbacks.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []

    def on(self, event, handler):
        self.handlers.setdefault(event, []).append(handler)
        return handler

    def off(self, event, handler):
        if handler in self.handlers.get(event, []):
            self.handlers[event].remove(handler)

    def emit(self, event, *args, **kwargs):
        self.log.append(event)
        results = []
        for handler in list(self.handlers.get(event, [])):
            try:
                results.append(handler(*args, **kwargs))
            except Exception as e:
                results.append(f"error in {handler.__name__}: {type(e).__name__}: {e}")
        return results

bus = EventBus()
totals = {"orders": 0, "revenue": 0}

def count_order(order_id, amount):
    totals["orders"] += 1
    return f"counted order {order_id}"

def add_revenue(order_id, amount):
    totals["revenue"] += amount
    return f"revenue +{amount}"

def audit(order_id, amount, note="none"):
    if amount < 0:
        raise ValueError(f"negative amount {amount}")
    return f"audit {order_id} note={note}"

bus.on("order", count_order)
bus.on("order", add_revenue)
bus.on("order", audit)
print(bus.emit("order", 1, 100))
print(bus.emit("order", 2, 250, note="rush"))
print(bus.emit("order", 3, -5))
print(totals)
bus.off("order", audit)
print(bus.emit("order", 4, 1))
print(bus.emit("unknown"))

def make_once(bus, event, func):
    def wrapper(*args):
        bus.off(event, wrapper)
        return "once: " + func(*args)
    return bus.on(event, wrapper)
make_once(bus, "greet", lambda name: "hello " + name)
print(bus.emit("greet", "ann"))
print(bus.emit("greet", "bob"))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
for _ in range(3):
    bus.on("tick", tick)
print(bus.emit("tick"), counter)
print(bus.log)
print(sorted(bus.handlers), {k: len(v) for k, v in bus.handlers.items()})
