import pprint
from collections import OrderedDict

a = [1, 2]
a.append(a)
print(pprint.isrecursive(a), pprint.isreadable(a), pprint.isrecursive([1, 2]), pprint.isreadable([1, [2]]))
print(pprint.saferepr(a).startswith("[1, 2, <Recursion on list with id="))
d = {"k": 1}
d["self"] = d
print(pprint.isrecursive(d), pprint.saferepr(d).startswith("{'k': 1, 'self': <Recursion on dict with id="))
print(pprint.saferepr({"b": 1, "a": [3, 2]}), pprint.saferepr((1,)), pprint.saferepr(()), pprint.saferepr([]))


class C:
    pass


class R:
    def __repr__(self):
        return "R()"


print(pprint.isreadable(C()), pprint.isreadable(R()), pprint.isreadable({"a": R()}), pprint.isreadable(1.5))
print(pprint.isreadable({1, 2}), pprint.isreadable(None), pprint.isreadable(int))
pp = pprint.PrettyPrinter(width=20, indent=2)
print(pp.pformat(list(range(12))))
print(pp.isreadable([1]), pp.isrecursive(a))
print(pp.format([1, 2], {}, 0, 0))
for kw in [{"indent": -1}, {"depth": 0}, {"width": 0}]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print("ValueError", e)
import io
buf = io.StringIO()
pprint.pprint({"x": list(range(25))}, stream=buf, width=30)
print(buf.getvalue().count("\n"), repr(buf.getvalue()[:20]))
pprint.PrettyPrinter(stream=buf).pprint("end")
print(buf.getvalue()[-6:])
print(pprint.pformat(OrderedDict(a=1)) .startswith("OrderedDict"), pprint.pformat(list(range(3)), depth=1))
print(pprint.pformat([[[]]], depth=1), pprint.pformat({"a": {"b": 1}}, depth=1), pprint.pformat(((1,),), depth=1))


class MyList(list):
    pass


print(pprint.pformat(MyList(range(30)), width=20).count("\n"))


class Sub(dict):
    def __repr__(self):
        return "Sub!"


print(pprint.pformat(Sub(a=1)), pprint.saferepr(Sub(a=1)), pprint.isreadable(Sub()))
