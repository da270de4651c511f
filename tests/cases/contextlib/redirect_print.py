# print() honours a reassigned sys.stdout (redirect_stdout/redirect_stderr).
import sys
from contextlib import redirect_stdout, redirect_stderr


class Buf:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


b = Buf()
with redirect_stdout(b):
    print('hidden', 1, 2, sep='-')
    print('second line')
print(b.parts)
e = Buf()
with redirect_stderr(e):
    print('to stderr', file=sys.stderr)
print(e.parts)
outer, inner = Buf(), Buf()
with redirect_stdout(outer):
    print('outer 1')
    with redirect_stdout(inner):
        print('inner')
    print('outer 2')
print(outer.parts, inner.parts, sys.stdout is sys.__stdout__)
