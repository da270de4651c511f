"""A text-adventure command parser and world model, played by a scripted walkthrough."""
from dataclasses import dataclass, field

DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}
SYNONYMS = {"get": "take", "grab": "take", "l": "look", "i": "inventory", "inv": "inventory",
            "go": "walk", "move": "walk", "x": "examine"}
STOPWORDS = {"the", "a", "an", "at", "to", "with", "on"}


@dataclass
class Thing:
    name: str
    description: str
    portable: bool = True
    hidden_in: str | None = None


@dataclass
class Room:
    name: str
    description: str
    exits: dict = field(default_factory=dict)
    things: list = field(default_factory=list)
    dark: bool = False


class Game:
    def __init__(self):
        self.rooms = {
            "hall": Room("hall", "A dusty hall.", {"north": "library", "east": "kitchen"},
                         [Thing("lamp", "An old brass lamp.")]),
            "library": Room("library", "Shelves of rotting books.", {"south": "hall", "up": "attic"},
                            [Thing("desk", "A heavy oak desk.", portable=False),
                             Thing("key", "A small iron key.", hidden_in="desk")]),
            "kitchen": Room("kitchen", "Smells of old soup.", {"west": "hall"},
                            [Thing("knife", "Blunt.")]),
            "attic": Room("attic", "Cobwebs everywhere.", {"down": "library"},
                          [Thing("chest", "A locked chest.", portable=False)], dark=True),
        }
        self.here = "hall"
        self.inventory = []
        self.lamp_on = False
        self.won = False
        self.moves = 0

    def room(self):
        return self.rooms[self.here]

    def visible(self):
        r = self.room()
        if r.dark and not self.lamp_on:
            return []
        return [t for t in r.things if t.hidden_in is None]

    def parse(self, line):
        words = [w for w in line.lower().replace(",", " ").split() if w not in STOPWORDS]
        if not words:
            return None, []
        verb, *rest = words
        verb = SYNONYMS.get(verb, verb)
        if verb in DIRECTIONS or verb in DIRECTIONS.values():
            return "walk", [DIRECTIONS.get(verb, verb)]
        if verb == "walk" and rest:
            rest = [DIRECTIONS.get(rest[0], rest[0])]
        return verb, rest

    def do(self, line):
        verb, args = self.parse(line)
        if verb is None:
            return "Say something."
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        try:
            return handler(*args)
        except TypeError:
            return f"{verb.capitalize()} what?"

    def cmd_look(self):
        r = self.room()
        if r.dark and not self.lamp_on:
            return "It is pitch dark."
        things = ", ".join(t.name for t in self.visible()) or "nothing"
        exits = ", ".join(sorted(r.exits))
        return f"{r.name.title()}: {r.description} You see {things}. Exits: {exits}."

    def cmd_walk(self, direction):
        target = self.room().exits.get(direction)
        if target is None:
            return f"You can't go {direction}."
        self.here = target
        return self.cmd_look()

    def find(self, name, where):
        return next((t for t in where if t.name == name), None)

    def cmd_take(self, name):
        t = self.find(name, self.visible())
        if t is None:
            return f"No {name} here."
        if not t.portable:
            return f"The {name} is too heavy."
        self.room().things.remove(t)
        self.inventory.append(t)
        return f"Taken: {name}."

    def cmd_drop(self, name):
        t = self.find(name, self.inventory)
        if t is None:
            return f"You have no {name}."
        self.inventory.remove(t)
        self.room().things.append(t)
        return f"Dropped {name}."

    def cmd_inventory(self):
        return "You carry: " + (", ".join(sorted(t.name for t in self.inventory)) or "nothing")

    def cmd_examine(self, name):
        t = self.find(name, self.visible() + self.inventory)
        if t is None:
            return f"No {name} here."
        found = [h for h in self.room().things if h.hidden_in == name]
        for h in found:
            h.hidden_in = None
        extra = "".join(f" Inside you find a {h.name}." for h in found)
        return t.description + extra

    def cmd_light(self, name):
        if self.find(name, self.inventory) is None or name != "lamp":
            return "You have nothing to light."
        self.lamp_on = True
        return "The lamp glows."

    def cmd_open(self, name, *tool):
        if name != "chest" or self.find("chest", self.visible()) is None:
            return f"You can't open {name}."
        if self.find("key", self.inventory) is None:
            return "It is locked."
        self.won = True
        return "The chest creaks open. Treasure!"


game = Game()
walkthrough = """look
take lamp
n
x desk
get the key
take desk
go up
look
light lamp
look
open the chest with key
dance
take
s
inv
drop knife
w""".splitlines()
for line in walkthrough + [""]:
    print(f"> {line}")
    print(game.do(line))
print(f"won={game.won} moves={game.moves} room={game.here}")
