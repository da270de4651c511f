class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
empty, full = Box([]), Box([1, 2])
print(bool(empty), bool(full), not empty, len(full), "yes" if full else "no", [x for x in full])
print(empty or "fallback", full and "both", list(filter(None, [empty, full, Box([0])])) == [full, Box([0])] or "n/a")
class Truthy:
    def __bool__(self):
        print("bool called")
        return True
if Truthy():
    print("truthy branch")
while Truthy():
    break
print(Truthy() and "and-result")
print(not Truthy())
x = [Truthy()] and 1
print(x)
class ContainsViaIter:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in ContainsViaIter(), 5 in ContainsViaIter())
class ContainsViaGetitem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 2
print(4 in ContainsViaGetitem(), 5 in ContainsViaGetitem())
class ContainsOverride:
    def __contains__(self, x):
        return "truthy string"
    def __iter__(self):
        raise AssertionError("not used")
print(1 in ContainsOverride(), 1 not in ContainsOverride())
class NoneContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoneContains()
except TypeError as e:
    print("TypeError", e)
class NoneIter:
    __iter__ = None
try:
    iter(NoneIter())
except TypeError as e:
    print("TypeError", e)
class NoneLen:
    __len__ = None
try:
    len(NoneLen())
except TypeError as e:
    print("TypeError", e)
print(bool(NoneLen()))
class LenOverflow:
    def __len__(self):
        return 2 ** 100
try:
    len(LenOverflow())
except OverflowError as e:
    print("OverflowError", e)
try:
    bool(LenOverflow())
except OverflowError as e:
    print("OverflowError", e)
class LenIndex:
    def __len__(self):
        class I:
            def __index__(self):
                return 3
        return I()
try:
    print(len(LenIndex()))
except TypeError as e:
    print("TypeError", e)
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print("TypeError", e)
