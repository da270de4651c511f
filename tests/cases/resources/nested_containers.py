# repr/str/== of deeply nested containers raise RecursionError instead of crashing.
import sys

def nest_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x

def nest_dict(n):
    d = {}
    for i in range(n):
        d = {i: d}
    return d

def nest_tuple(n):
    t = ()
    for _ in range(n):
        t = (t,)
    return t

for name, obj in (("list", nest_list(100000)), ("dict", nest_dict(100000)),
                  ("tuple", nest_tuple(100000))):
    for fn in (repr, str):
        try:
            fn(obj)
            print(name, fn.__name__, "ok")
        except RecursionError as e:
            print(name, fn.__name__, "RecursionError", e)

print(len(repr(nest_list(50))), repr(nest_list(3)), str(nest_dict(3)))

a, b = nest_tuple(100000), nest_tuple(100000)
try:
    print(a == b)
except RecursionError as e:
    print("tuple ==", e)
la, lb = nest_list(100000), nest_list(100000)
try:
    print(la == lb)
except RecursionError as e:
    print("list ==", e)
try:
    print(la < lb)
except RecursionError as e:
    print("list <", e)
print(hash(nest_tuple(300)) == hash(nest_tuple(300)))
print(nest_tuple(20) == nest_tuple(20), nest_list(20) == nest_list(20))

# Self-referencing containers print with an ellipsis, no recursion at all.
x = [1]
x.append(x)
d = {"k": 1}
d["self"] = d
print(x, d)

# The runtime keeps working afterwards.
print(sum(range(100)), repr([1, [2, [3]]]))
