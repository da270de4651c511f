"""An enum-based state machine: a vending machine driven by a scripted list of events."""
from enum import Enum, IntEnum, Flag, auto, unique


@unique
class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    DISPENSING = auto()
    OUT_OF_ORDER = auto()

    @property
    def accepts_coins(self):
        return self in (State.IDLE, State.HAS_MONEY)


class Coin(IntEnum):
    NICKEL = 5
    DIME = 10
    QUARTER = 25
    DOLLAR = 100


class Feature(Flag):
    NONE = 0
    COLD = auto()
    CARD = auto()
    LIGHTS = auto()
    DELUXE = COLD | CARD | LIGHTS


class Event(Enum):
    COIN = "coin"
    SELECT = "select"
    REFUND = "refund"
    KICK = "kick"
    REPAIR = "repair"
    TAKE = "take"


PRICES = {"cola": 125, "chips": 75, "gum": 35}


class Machine:
    def __init__(self, features):
        self.state = State.IDLE
        self.credit = 0
        self.features = features
        self.stock = {"cola": 2, "chips": 1, "gum": 0}
        self.history = []

    def handle(self, event, arg=None):
        before = self.state
        method = getattr(self, f"on_{event.value}")
        result = method(arg)
        self.history.append((before.name, event.name, self.state.name))
        return result

    def on_coin(self, coin):
        if not self.state.accepts_coins:
            return f"rejected {coin.name.lower()}"
        self.credit += coin
        self.state = State.HAS_MONEY
        return f"credit {self.credit}"

    def on_select(self, name):
        if self.state is not State.HAS_MONEY:
            return "insert money first"
        price = PRICES[name]
        if self.stock[name] == 0:
            return f"{name} sold out"
        if self.credit < price:
            return f"need {price - self.credit} more"
        self.credit -= price
        self.stock[name] -= 1
        self.state = State.DISPENSING
        return f"dispensing {name}" + (" (cold)" if Feature.COLD in self.features else "")

    def on_take(self, _):
        if self.state is not State.DISPENSING:
            return "nothing to take"
        self.state = State.HAS_MONEY if self.credit else State.IDLE
        return "taken"

    def on_refund(self, _):
        coins = []
        for coin in sorted(Coin, reverse=True):
            while self.credit >= coin:
                self.credit -= coin
                coins.append(coin.name)
        if self.state is State.HAS_MONEY:
            self.state = State.IDLE
        return coins

    def on_kick(self, _):
        self.state = State.OUT_OF_ORDER
        return "ouch"

    def on_repair(self, _):
        self.state = State.IDLE if self.credit == 0 else State.HAS_MONEY
        return "fixed"


m = Machine(Feature.COLD | Feature.LIGHTS)
script = [
    (Event.SELECT, "cola"), (Event.COIN, Coin.DOLLAR), (Event.SELECT, "cola"),
    (Event.COIN, Coin.QUARTER), (Event.COIN, Coin.DIME), (Event.SELECT, "cola"),
    (Event.COIN, Coin.NICKEL), (Event.TAKE, None), (Event.SELECT, "gum"), (Event.KICK, None),
    (Event.COIN, Coin.DOLLAR), (Event.REPAIR, None), (Event.COIN, Coin.QUARTER),
    (Event.SELECT, "chips"), (Event.TAKE, None), (Event.SELECT, "chips"), (Event.REFUND, None),
    (Event.TAKE, None),
]
for ev, arg in script:
    print(f"{ev.name:7} {arg!s:15} -> {m.handle(ev, arg)!r:28} [{m.state.name}, credit={m.credit}]")
print(m.history[-3:])

print(list(State), len(State), State(2), State["OUT_OF_ORDER"], State.IDLE.value)
print(repr(Coin.DIME), str(Coin.DIME), Coin.DIME + 1, Coin(25), sorted(Coin)[0], Coin.QUARTER > 20)
print(f"{Coin.DIME}", format(Coin.DIME, "03d"), int(Coin.DOLLAR))
print(repr(Feature.DELUXE), Feature.COLD in Feature.DELUXE, repr(Feature.COLD | Feature.CARD))
print(list(Feature.COLD | Feature.LIGHTS), bool(Feature.NONE), repr(Feature(0)), Feature(5))
print(repr(m.features & ~Feature.COLD), repr(Feature.DELUXE ^ Feature.CARD))
print(Event("kick"), Event.KICK.value, [e.value for e in Event][:3])
print({s: s.accepts_coins for s in State})
print(State.__members__.keys() == {"IDLE", "HAS_MONEY", "DISPENSING", "OUT_OF_ORDER"})
for bad in [lambda: State(99), lambda: Event("dance"), lambda: State["NOPE"], lambda: Coin(3)]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    State.IDLE = 5
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(State.IDLE, State), type(State.IDLE).__name__, State.IDLE is State(1))
