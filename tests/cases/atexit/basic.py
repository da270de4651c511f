import atexit


def bye(name, punct='!'):
    print('goodbye', name + punct)


def never():
    print('never printed')


def failing():
    raise RuntimeError('handler failed (reported on stderr)')


atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')
atexit.register(never)
atexit.register(failing)
atexit.unregister(never)
r = atexit.register(print, 'registered last, runs first')
print(r is print)


@atexit.register
def decorated():
    print('decorated handler')


print(decorated.__name__)
try:
    atexit.register(3)
except TypeError as e:
    print(type(e).__name__, e)
print('main done')
