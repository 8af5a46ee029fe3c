# Benchmark: objects with methods, attributes and dunders.
# Measures: instance creation (__init__), attribute loads and stores on instances, method
# calls through the type (the attribute cache), a property, operator dunders (__add__,
# __eq__) dispatched through class slots, and isinstance.

N = 1000000


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.steps = 0

    def step(self):
        self.pos = self.pos + self.vel
        self.steps += 1


def main():
    p = Particle(Vec(0, 0), Vec(1, 2))
    total = 0
    same = 0
    for i in range(N):
        p.step()
        total += p.pos.dot(p.vel) % 1000
        if p.vel == Vec(1, 2) and isinstance(p.pos, Vec):
            same += 1
        total += p.pos.norm1 % 7
    print("steps", p.steps, "total", total, "same", same, "pos", p.pos.x, p.pos.y)


main()
