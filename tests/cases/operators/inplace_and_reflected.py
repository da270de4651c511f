class Num:
    def __init__(self, v, log):
        self.v = v
        self.log = log
    def _op(name):
        def f(self, other):
            self.log.append(name)
            o = other.v if isinstance(other, Num) else other
            return Num(eval(f"{self.v!r} {OPS[name]} {o!r}") if not name.startswith("__r") else eval(f"{o!r} {OPS[name]} {self.v!r}"), self.log)
        return f
OPS = {}
for sym, name in [("+", "add"), ("-", "sub"), ("*", "mul"), ("/", "truediv"), ("//", "floordiv"), ("%", "mod"), ("**", "pow"), ("<<", "lshift"), (">>", "rshift"), ("&", "and"), ("|", "or"), ("^", "xor")]:
    OPS[f"__{name}__"] = sym
    OPS[f"__r{name}__"] = sym
    OPS[f"__i{name}__"] = sym
    setattr(Num, f"__{name}__", Num._op(f"__{name}__"))
    setattr(Num, f"__r{name}__", Num._op(f"__r{name}__"))
log = []
a = Num(12, log)
for sym in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"]:
    r1 = eval(f"a {sym} 3")
    r2 = eval(f"3 {sym} a")
    print(sym, r1.v, r2.v)
print(log)
log.clear()
b = Num(5, log)
b += 1
b -= 2
b *= 3
print(b.v, log)
Num.__iadd__ = lambda self, o: (self.log.append("__iadd__"), self)[1]
c = Num(1, log)
c += 100
print(c.v, log[-1])
class OnlyR:
    def __radd__(self, o):
        return f"radd({o})"
    def __rsub__(self, o):
        return NotImplemented
print(1 + OnlyR(), "s" + OnlyR(), [1] + OnlyR())
try:
    1 - OnlyR()
except TypeError as e:
    print("TypeError", e)
x = 5
x += OnlyR()
print(x)
class LeftNI:
    def __add__(self, o):
        return NotImplemented
class RightOK:
    def __radd__(self, o):
        return "right handled"
print(LeftNI() + RightOK())
try:
    LeftNI() + LeftNI()
except TypeError as e:
    print("TypeError", e)
lst = [1]
lst_alias = lst
lst += (2, 3)
print(lst, lst is lst_alias)
try:
    lst = lst + (4,)
except TypeError as e:
    print("TypeError", e)
s = {1}
s |= {2}
s &= {2, 3}
s ^= {4}
s -= {4}
print(s)
d = {"a": 1}
d |= [("b", 2)]
print(d)
