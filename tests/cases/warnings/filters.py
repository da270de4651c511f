import warnings


def show(w):
    return [(type(m.message).__name__, str(m.message), m.category.__name__, m.lineno) for m in w]


print(warnings.filters)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('plain')
    warnings.warn('dep', DeprecationWarning)
    warnings.warn(UserWarning('instance'))
    warnings.warn('runtime', RuntimeWarning)
    print(show(w))
    print(w[0].filename.endswith('filters.py'), w[0].file, w[0].line, w[0].source)
    print(str(w[0]).startswith("{message : UserWarning('plain'), category : 'UserWarning'"))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
    print(len(w))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', RuntimeWarning)
    except RuntimeWarning as e:
        print(type(e).__name__, e)
    try:
        warnings.warn(SyntaxWarning('instance error'))
    except SyntaxWarning as e:
        print(type(e).__name__, e)


def emit(n):
    for i in range(n):
        warnings.warn('repeated')


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    emit(3)
    emit(2)
    print('default', len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    emit(3)
    print('always', len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('once')
    emit(3)
    warnings.warn('repeated')
    warnings.warn('other')
    print('once', len(w), [str(m.message) for m in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('module')
    emit(2)
    warnings.warn('repeated')
    print('module', len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip')
    warnings.filterwarnings('error', category=ResourceWarning)
    warnings.warn('skip me')
    warnings.warn('SKIP too')
    warnings.warn('keep skip')
    try:
        warnings.warn('res', ResourceWarning)
    except ResourceWarning as e:
        print('raised', e)
    print(show(w))
    print(warnings.filters[:3])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='a.*b', category=UserWarning)
    warnings.warn('axxb')
    warnings.warn('ab')
    warnings.warn('xab')
    warnings.warn('axxb', RuntimeWarning)
    print([str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', module='__main__')
    warnings.warn('from main')
    warnings.filterwarnings('always', module='other')
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.warn('after reset')
    warnings.warn('dep after reset', DeprecationWarning)
    print(len(w))

for args in [('bogus',), ('ignore', 3)]:
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print(type(e).__name__, e)
try:
    warnings.simplefilter('ignore', lineno=-1)
except AssertionError as e:
    print(type(e).__name__, e)
try:
    warnings.warn('x', int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    warnings.filterwarnings('ignore', category=int)
except AssertionError as e:
    print(type(e).__name__, e)
print(len(warnings.filters), warnings.defaultaction)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(type(e).__name__, e)
