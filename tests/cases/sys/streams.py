# sys.stdout / stderr / stdin objects, print(file=...), redirection through sys.stdout.
import sys

n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.writelines(["a", "b", "\n"])
sys.stdout.flush()
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.encoding, sys.stdout.writable(), sys.stdin.readable(), sys.stdout.isatty())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", e)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


cap = Capture()
sys.stdout = cap
print("hello", 42, sep="-", end="!\n")
print("second", flush=True)
sys.stdout.write("raw\n")
sys.stdout = sys.__stdout__
print(cap.parts)

cap2 = Capture()
print("x", "y", file=cap2)
print(cap2.parts)

sys.stdout = None
print("dropped")
sys.stdout = sys.__stdout__
print("back")
print(sys.stdin.read(0) == "", sys.stdin.readline() == "")
