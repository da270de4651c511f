print(list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), tuple([1]), set([1, 1, 2]), dict([("a", 1)]))
print(str(1), str(1.0), str(True), repr("x"), int("7"), float("7"), bool("False"), complex(1))
print(chr(65), ord("A"), hex(255), oct(8), bin(5), hex(-1), bin(0))
print(abs(-5), abs(-2.5), abs(3 + 4j), round(3.7), round(-3.7), pow(2, 5), pow(2, -2), pow(-2, 3, 5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(len([1, 2]), len("abc"), len({}), len(range(10)), len(b"xy"), len({1: 2}.keys()))
print(type(1).__name__, type([]).__name__, type(None).__name__, type(type).__name__, type(len).__name__)
print(list(map(type, [1, "a", 1.0, None]))[:2] == [int, str], int.__name__, str.__qualname__)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
