print(1 == 1.0, 1 == True, 0 == False, 1.5 > 1, 2 ** 64 > 1e19, 2 ** 64 == 2.0 ** 64)
print(10 ** 400 > float("inf"), -10 ** 400 < float("-inf"), 10 ** 400 > 1e308)
print(float("nan") < 1, float("nan") > 1, float("nan") != float("nan"))
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(0.5) == hash(0.5))
print(max(1, 2.5, True), min(-1, -1.5), sorted([3, 1.5, True, -2]))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print({1: "a", 1.0: "b", True: "c"})
print(len({0, 0.0, False, -0.0}))
try:
    1 < "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] < ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None > 0
except TypeError as e:
    print(type(e).__name__, e)
