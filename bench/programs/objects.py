"""objects: a class-heavy predator-prey simulation on a wrapping grid.
Plants grow, rabbits graze and breed, foxes hunt. An inheritance
hierarchy with super() calls, overridden methods, properties, class
attributes and classmethods, isinstance tests, and many small objects
created and dropped. A hand-written linear congruential generator makes
it deterministic; all arithmetic is on ints.

Usage: objects.py [STEPS]
DEFAULT = 600, SMALL = 10 (the runner reads the two lines below).
The check: the populations and a checksum of their history, committed
from python3.
"""

import sys

DEFAULT = 600
SMALL = 10

EXPECTED = {
    10: (210, 15, 3679, 615, 4932, 2285900681, 15),
    600: (218, 809, 47016, 1600, 14239, 4027818932, 36498),
}

WIDTH = 40
HEIGHT = 40
CELLS = WIDTH * HEIGHT


class Rng:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Entity:
    created = 0
    kind = "entity"

    def __init__(self, world, cell, energy):
        self.world = world
        self.cell = cell
        self.energy = energy
        self.age = 0
        self.alive = True
        Entity.created += 1

    @property
    def x(self):
        return self.cell % WIDTH

    @property
    def y(self):
        return self.cell // WIDTH

    def die(self):
        self.alive = False

    def tick(self):
        self.age += 1

    def score(self):
        return self.energy + self.age


class Plant(Entity):
    kind = "plant"
    MAX_ENERGY = 12

    def tick(self):
        super().tick()
        if self.energy < Plant.MAX_ENERGY:
            self.energy += 1


class Animal(Entity):
    kind = "animal"
    max_age = 50
    birth_energy = 20
    step = 1

    @classmethod
    def spawn(cls, world, cell, energy):
        child = cls(world, cell, energy)
        world.add(child)
        return child

    def move(self):
        rng = self.world.rng
        dx = rng.below(2 * self.step + 1) - self.step
        dy = rng.below(2 * self.step + 1) - self.step
        x = (self.x + dx) % WIDTH
        y = (self.y + dy) % HEIGHT
        self.cell = y * WIDTH + x

    def eat(self):
        return 0

    def tick(self):
        super().tick()
        self.energy -= 1
        self.move()
        self.energy += self.eat()
        if self.energy <= 0 or self.age > self.max_age:
            self.die()
        elif self.energy >= self.birth_energy:
            half = self.energy // 2
            self.energy -= half
            type(self).spawn(self.world, self.cell, half)


class Rabbit(Animal):
    kind = "rabbit"
    max_age = 40
    birth_energy = 16

    def eat(self):
        plant = self.world.plants.get(self.cell)
        if plant is not None and plant.alive and plant.energy >= 3:
            bite = plant.energy - 2
            plant.energy = 2
            return bite
        return 0


class Fox(Animal):
    kind = "fox"
    max_age = 90
    birth_energy = 40
    step = 2

    def eat(self):
        prey = self.world.rabbits_at(self.cell)
        for r in prey:
            if r.alive:
                r.die()
                self.world.eaten += 1
                return 12
        return 0


class World:
    def __init__(self, seed):
        self.rng = Rng(seed)
        self.plants = {}
        self.animals = []
        self.newborn = []
        self.index = {}
        self.eaten = 0
        for _ in range(CELLS // 3):
            self.add_plant(self.rng.below(CELLS))
        for _ in range(120):
            Rabbit.spawn(self, self.rng.below(CELLS), 10)
        for _ in range(12):
            Fox.spawn(self, self.rng.below(CELLS), 30)
        self.animals.extend(self.newborn)
        self.newborn = []

    def add_plant(self, cell):
        if cell not in self.plants:
            self.plants[cell] = Plant(self, cell, 4)

    def add(self, animal):
        self.newborn.append(animal)

    def rabbits_at(self, cell):
        return self.index.get(cell, ())

    def step(self):
        index = {}
        for a in self.animals:
            if isinstance(a, Rabbit):
                if a.cell in index:
                    index[a.cell].append(a)
                else:
                    index[a.cell] = [a]
        self.index = index
        for plant in self.plants.values():
            plant.tick()
        for a in self.animals:
            if a.alive:
                a.tick()
        self.animals = [a for a in self.animals if a.alive] + self.newborn
        self.newborn = []
        for _ in range(25):
            self.add_plant(self.rng.below(CELLS))

    def census(self):
        rabbits = foxes = energy = 0
        for a in self.animals:
            if a.kind == "rabbit":
                rabbits += 1
            else:
                foxes += 1
            energy += a.score()
        plant_energy = 0
        for p in self.plants.values():
            plant_energy += p.energy
        return rabbits, foxes, energy, len(self.plants), plant_energy


def run(steps):
    world = World(99)
    history = 0
    for _ in range(steps):
        world.step()
        r, f, e, p, pe = world.census()
        history = (history * 1000003 + r * 7919 + f * 104729 + e + pe) % 4294967291
    return world.census() + (history, world.eaten)


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = run(steps)
    want = EXPECTED.get(steps)
    if want is None:
        sys.stderr.write("objects: no committed answer for %d: %r\n" % (steps, result))
        print("objects", steps, "unchecked")
        return
    if result != want:
        raise AssertionError("objects(%d): got %r, expected %r" % (steps, result, want))
    print("objects", steps, result[0], result[1], "ok")


main()
