import warnings

seen = []


def my_show(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, filename.split('/')[-1], lineno, file, line))


def deprecated_api():
    warnings.warn('old api', DeprecationWarning, stacklevel=2)


def deeper():
    warnings.warn('deep', stacklevel=3)


def middle():
    deeper()


with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = my_show
    warnings.warn('custom')
    deprecated_api()
    middle()
    warnings.warn('huge stacklevel', stacklevel=99)
print(seen)
print(warnings.showwarning is warnings._showwarning_orig)

print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 12, line='  code here  ')))
print(repr(warnings.formatwarning('msg', RuntimeWarning, 'nofile.py', 3, line='')))


class Out:
    def __init__(self):
        self.text = []

    def write(self, s):
        self.text.append(s)


out = Out()
warnings.showwarning('shown', FutureWarning, 'x.py', 5, file=out, line='the line')
print(out.text)


def my_format(message, category, filename, lineno, line=None):
    return f'[{category.__name__}] {message}\n'


with warnings.catch_warnings():
    warnings.simplefilter('always')
    old = warnings.formatwarning
    warnings.formatwarning = my_format
    warnings.showwarning('formatted', UserWarning, 'y.py', 1, file=out)
    warnings.formatwarning = old
print(out.text[-1])

registry = {}
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    warnings.warn_explicit('explicit', UserWarning, 'mod.py', 7, registry=registry)
    warnings.warn_explicit('explicit', UserWarning, 'mod.py', 7, registry=registry)
    warnings.warn_explicit('explicit', UserWarning, 'mod.py', 8, registry=registry)
    print(len(w), w[0].filename, w[0].lineno, sorted(k for k in registry if k != 'version'))
    warnings.warn_explicit(UserWarning('inst'), None, 'a.py', 1)
    print(w[-1].category.__name__, str(w[-1].message))


def warn_twice():
    for _ in range(2):
        warnings.warn('loop warning')


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    warn_twice()
    print(len(w), '__warningregistry__' in globals())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    warn_twice()
    print(len(w))
m = warnings.WarningMessage('m', UserWarning, 'f.py', 2)
print(str(m), m.file, m.source)


class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.simplefilter('always', MyWarning)
    warnings.warn('mine', MyWarning)
    warnings.warn('plain user')
    print([(m.category.__name__, str(m.message)) for m in w])
with warnings.catch_warnings(action='error'):
    try:
        warnings.warn('via action')
    except UserWarning as e:
        print('action error', e)
