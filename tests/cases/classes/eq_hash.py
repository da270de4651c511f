class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
    def __hash__(self):
        return hash(self.x)
print(P(1) == P(1), P(1) != P(2), P(1) in [P(1)], len({P(1), P(1), P(2)}), {P(3): "v"}[P(3)])
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
class Ident:
    pass
i = Ident()
print(i == i, i == Ident(), i != Ident(), hash(i) == hash(i))
class NE:
    def __eq__(self, o):
        return "custom"
print(NE() == 1, NE() != 1, 1 == NE())
class NI:
    def __eq__(self, o):
        return NotImplemented
print(NI() == NI(), NI() != 1)
