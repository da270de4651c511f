from enum import Enum, IntEnum, auto
from dataclasses import dataclass, field


class Suit(Enum):
    CLUBS = '♣'
    DIAMONDS = '♦'
    HEARTS = '♥'
    SPADES = '♠'

    @property
    def color(self):
        return 'red' if self in (Suit.DIAMONDS, Suit.HEARTS) else 'black'

    def __lt__(self, other):
        order = list(Suit)
        return order.index(self) < order.index(other)


@dataclass(order=True)
class Card:
    rank: int
    suit: Suit = field(compare=False)

    def __str__(self):
        return f'{self.rank}{self.suit.value}'


cards = [Card(10, Suit.HEARTS), Card(2, Suit.SPADES), Card(7, Suit.CLUBS)]
print([str(c) for c in sorted(cards)], cards[0])
print(sorted([Suit.SPADES, Suit.CLUBS, Suit.HEARTS]), Suit.HEARTS.color, Suit.CLUBS.color)
print({s.name: s.value for s in Suit})
print([s for s in Suit if s.color == 'red'])
counts = {}
for s in [Suit.CLUBS, Suit.CLUBS, Suit.SPADES]:
    counts[s] = counts.get(s, 0) + 1
print(counts)


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

    def next(self):
        members = list(type(self))
        i = members.index(self)
        return members[(i + 1) % len(members)]


s = State.IDLE
seen = []
for _ in range(5):
    seen.append(s.name)
    s = s.next()
print(seen)
print(State['DONE'].value, getattr(State, 'RUNNING'), State.IDLE.name.lower())
try:
    State.IDLE < State.DONE
except TypeError as e:
    print(type(e).__name__, e)
try:
    State.IDLE + 1
except TypeError as e:
    print(type(e).__name__, e)


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARN = 30
    WARNING = 30


print(list(Level), Level.WARNING is Level.WARN, Level.WARNING.name, Level['WARNING'])
print(list(Level.__members__.items())[-1], len(Level.__members__))
print(Level(20) >= Level.DEBUG, sum(Level), sorted(Level, reverse=True), Level.INFO in Level)
print([lvl.name for lvl in Level if lvl > 15])
print(str(Level.INFO), repr(Level.INFO), format(Level.INFO, '>5'), Level.INFO.real, Level.INFO.bit_length())
table = {Level.DEBUG: 'd', 20: 'i'}
print(table[10], table[Level.INFO])
print(State.IDLE.__class__ is State, State.IDLE.__objclass__ if hasattr(State.IDLE, '__objclass__') else None)
