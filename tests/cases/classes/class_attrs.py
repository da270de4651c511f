class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    @classmethod
    def reset(cls):
        cls.instances = 0
a, b = Counter(), Counter()
print(a.id, b.id, Counter.instances)
Counter.reset()
print(Counter.instances, a.instances)
class Shadow:
    x = "class"
s = Shadow()
print(s.x)
s.x = "instance"
print(s.x, Shadow.x)
del s.x
print(s.x)
print(sorted(k for k in vars(Shadow) if not k.startswith("__")))
class WithRepr:
    def __repr__(self):
        return "<WithRepr>"
print(WithRepr(), [WithRepr()], str(WithRepr()))
