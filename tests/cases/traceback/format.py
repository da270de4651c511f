import traceback
import sys


def no_source(lines):
    # Source lines depend on the host reading files: keep the structural lines only.
    out = []
    for chunk in lines:
        for line in chunk.splitlines():
            if line.startswith('    '):
                continue
            out.append(line.replace(__file__, 'FILE'))
    return out


def inner():
    raise ValueError('bad value')


def outer():
    inner()


try:
    outer()
except ValueError as e:
    exc = e

print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(ValueError, exc))
print(no_source(traceback.format_exception(exc)))
print(no_source(traceback.format_exception(type(exc), exc, exc.__traceback__)))
print(no_source(traceback.format_exception(exc, limit=1)))
print(no_source(traceback.format_exception(exc, limit=-1)))
print(no_source(traceback.format_tb(exc.__traceback__)))
summary = traceback.extract_tb(exc.__traceback__)
print(type(summary).__name__, len(summary), [(f.name, f.lineno) for f in summary])
fs = summary[-1]
print(fs.name, fs.lineno, fs.filename == __file__, len(fs), fs[0] == __file__, fs[2])
print(repr(fs).replace(__file__, 'FILE'))
print([(fr is None or hasattr(fr, 'f_code'), ln) for fr, ln in traceback.walk_tb(exc.__traceback__)])

try:
    try:
        {}['k']
    except KeyError as k:
        raise RuntimeError('wrapped') from k
except RuntimeError as e:
    chained = e
print(no_source(traceback.format_exception(chained)))
print(no_source(traceback.format_exception(chained, chain=False)))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('during')
except TypeError as e:
    ctx = e
print(no_source(traceback.format_exception(ctx)))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('suppressed') from None
except TypeError as e:
    print(no_source(traceback.format_exception(e)))


class MyError(Exception):
    pass


print(traceback.format_exception_only(MyError('mine')), traceback.format_exception_only(MyError()))
print(traceback.format_exception_only(KeyError('k')), traceback.format_exception_only(StopIteration()))


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError


print(traceback.format_exception_only(BadStr()))
e = ValueError('with notes')
e.add_note('note one')
e.add_note('two\nlines')
print(traceback.format_exception_only(e))
se = SyntaxError("'(' was never closed", ('snippet.py', 1, 5, 'x = (1,\n', 1, 6))
print(traceback.format_exception_only(se))
se = SyntaxError('invalid syntax', ('s.py', 3, 3, '  a b c\n', 3, 6))
print(traceback.format_exception_only(se))
print(traceback.format_exception_only(SyntaxError('bare')))
print(traceback.format_exception(None), traceback.format_exception_only(None))
try:
    traceback.format_exception(ValueError, ValueError('x'))
except ValueError as e:
    print(type(e).__name__, e)
