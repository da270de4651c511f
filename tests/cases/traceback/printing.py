import traceback
import sys


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def lines(self):
        text = ''.join(self.parts).replace(__file__, 'FILE')
        return [l for l in text.splitlines() if not l.startswith('    ')]


def fail(n):
    if n == 0:
        raise KeyError('deep')
    fail(n - 1)


try:
    fail(6)
except KeyError:
    out = Collect()
    traceback.print_exc(file=out)
    print(out.lines())
    text = traceback.format_exc()
    print([l for l in text.replace(__file__, 'FILE').splitlines() if not l.startswith('    ')])
    out = Collect()
    traceback.print_exc(limit=2, file=out)
    print(out.lines())
    out = Collect()
    traceback.print_exception(*sys.exc_info(), file=out)
    print(out.lines()[-1])
    out = Collect()
    traceback.print_exception(sys.exc_info()[1], file=out, chain=False)
    print(len(out.lines()))
    out = Collect()
    traceback.print_tb(sys.exc_info()[2], limit=1, file=out)
    print(out.lines())
print(repr(traceback.format_exc()))


def where():
    return traceback.extract_stack()


st = where()
print(type(st).__name__, [f.name for f in st][-2:], st[-1].lineno)


def fmt():
    return [l.replace(__file__, 'FILE') for l in traceback.format_stack()]


print([l for chunk in fmt() for l in chunk.splitlines() if not l.startswith('    ')][-2:])
print(traceback.format_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, 'g', None)]))
print(traceback.format_list([traceback.FrameSummary('c.py', 3, 'h', line='  y()  ')]))
fs = traceback.FrameSummary('d.py', 4, 'k', lookup_line=False, line='z')
print(fs == ('d.py', 4, 'k', 'z'), list(fs), fs.line)
rows = [('r.py', 7, 'rec', 'rec()')] * 6 + [('r.py', 9, 'base', 'raise')]
print(traceback.StackSummary.from_list(rows).format())
te = traceback.TracebackException(ValueError, ValueError('te'), None)
print(list(te.format()), str(te), te.exc_type.__name__)
try:
    raise OSError(2, 'No such file')
except OSError as e:
    te = traceback.TracebackException.from_exception(e)
    print(list(te.format_exception_only()), len(te.stack))
