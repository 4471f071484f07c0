# Composition: objects holding other objects.
class Engine:
    def __init__(self, hp):
        self.hp = hp
        self.running = False
    def start(self):
        self.running = True
        return f"engine {self.hp}hp started"
class Wheel:
    def __init__(self, pos):
        self.pos = pos
        self.pressure = 2.2
    def __repr__(self):
        return f"Wheel({self.pos!r}, {self.pressure})"
class Car:
    def __init__(self, name, hp):
        self.name = name
        self.engine = Engine(hp)
        self.wheels = [Wheel(p) for p in ["FL", "FR", "RL", "RR"]]
    def start(self):
        return f"{self.name}: {self.engine.start()}"
    def inflate(self, amount):
        for w in self.wheels:
            w.pressure = round(w.pressure + amount, 2)
car = Car("Roadster", 300)
print(car.start(), car.engine.running)
car.inflate(0.15)
print(car.wheels)
car.wheels[0].pressure = 1.0
low = [w.pos for w in car.wheels if w.pressure < 2]
print("low:", low)
class Team:
    def __init__(self):
        self.members = []
    def add(self, person):
        self.members.append(person)
        return self
    def __len__(self):
        return len(self.members)
    def __iter__(self):
        return iter(self.members)
t = Team().add("ann").add("bob")
print(len(t), [m.title() for m in t])
