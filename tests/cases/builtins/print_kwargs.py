print("a", "b", sep="-")
print("a", "b", sep="")
print("x", end="")
print("y")
print(1, 2, 3, sep=", ", end=".\n")
print()
print(None, True, 1.0, [1], sep="|")
print("multi\nline")
print(*range(3), sep="\n")
print("sep None", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
import sys
sys.stdout.write("written\n")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
