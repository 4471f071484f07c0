# benchmark-args: 5
# Method calls on objects: a small particle system with classes, attributes and inheritance.
import sys


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.x < 0 or self.pos.x > 100:
            self.vel = Vec(-self.vel.x, self.vel.y)
        if self.pos.y < 0 or self.pos.y > 100:
            self.vel = Vec(self.vel.x, -self.vel.y)

    def energy(self):
        return 0.5 * self.vel.dot(self.vel)


class HeavyParticle(Particle):
    def __init__(self, pos, vel, mass):
        super().__init__(pos, vel)
        self.mass = mass

    def energy(self):
        return self.mass * super().energy()


class Counter:
    def __init__(self):
        self.n = 0

    def tick(self):
        self.n += 1
        return self.n


particles = []
for i in range(200):
    pos = Vec(i % 100 * 1.0, (i * 37) % 100 * 1.0)
    vel = Vec((i % 7) - 3.0, (i % 5) - 2.0)
    if i % 3 == 0:
        particles.append(HeavyParticle(pos, vel, 2.5))
    else:
        particles.append(Particle(pos, vel))

counter = Counter()
for _ in range(2000 * (int(sys.argv[1]) if len(sys.argv) > 1 else 1)):
    for p in particles:
        p.step(0.1)
        counter.tick()

total = 0.0
for p in particles:
    total += p.energy()
print("steps:", counter.n)
print(f"energy: {total:.6f}")
print(f"first: {particles[0].pos.x:.6f} {particles[0].pos.y:.6f}")
