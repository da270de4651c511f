# sys: int digit limit, switch interval, call_tracing, stdlib_module_names, import-system
# lists with a meta_path finder, the unraisable hook, audit hooks.
import sys

for t in ['sys.set_int_max_str_digits(100)', 'sys.set_int_max_str_digits(-1)',
          'sys.set_int_max_str_digits("a")', 'sys.set_int_max_str_digits()',
          'sys.set_int_max_str_digits(maxdigits=4300)', 'sys.get_int_max_str_digits(1)',
          'sys.setswitchinterval(0)', 'sys.setswitchinterval("a")', 'sys.setswitchinterval()',
          'sys.getswitchinterval()', 'sys.call_tracing(print, [1])', 'sys.call_tracing(print)',
          'sys.audit()', 'sys.audit(1)', 'sys.addaudithook()', 'sys.audit("x", 1, 2)',
          'sys.unraisablehook(1)', 'sys.call_tracing(divmod, (7, 2))']:
    try:
        print(t, '=', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__, e)

print(sys.get_int_max_str_digits(), type(sys.stdlib_module_names).__name__)
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__,
      type(sys.path_importer_cache).__name__)
print(all(n in sys.stdlib_module_names
          for n in ['os', 'sys', 'json', 're', 'asyncio', 'tkinter', 'collections']))
print('copperhead' in sys.stdlib_module_names)
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
sys.setswitchinterval(1)
print(sys.getswitchinterval())

sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)), len(str(int('7' * 5000))))
sys.set_int_max_str_digits(700)
print(sys.get_int_max_str_digits())
try:
    int('1' * 701)
except ValueError as e:
    print(e)
try:
    str(10 ** 701)
except ValueError as e:
    print(e)
print(len(str(10 ** 699)), len(repr(-10 ** 699)))
sys.set_int_max_str_digits(4300)
print(sys.flags.int_max_str_digits, sys.int_info.default_max_str_digits)
try:
    int('1' * 5000)
except ValueError as e:
    print(e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
print(int('1' * 5000, 16) > 0)


# A finder on sys.meta_path provides a module nothing else has.
class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.value = 42
        module.origin = module.__spec__.name


class Spec:
    def __init__(self, name, loader):
        self.name = name
        self.loader = loader
        self.origin = None
        self.submodule_search_locations = None
        self.loader_state = None
        self.cached = None
        self.parent = ''
        self.has_location = False


class Finder:
    def __init__(self):
        self.asked = []

    def find_spec(self, name, path, target=None):
        self.asked.append(name)
        if name == 'virtual_mod_xyz':
            return Spec(name, Loader())
        return None


finder = Finder()
sys.meta_path.append(finder)
import virtual_mod_xyz
print(virtual_mod_xyz.value, virtual_mod_xyz.origin, 'virtual_mod_xyz' in sys.modules)
try:
    import missing_mod_xyz
except ImportError as e:
    print(type(e).__name__, e)
print(finder.asked)
sys.meta_path.remove(finder)


# The unraisable hook.
def hook(u):
    print(type(u).__name__, type(u).__module__, u.exc_type.__name__, u.exc_value, u.err_msg,
          type(u.exc_traceback).__name__)
    print(len(u), u[1], type(u).n_fields)


sys.unraisablehook = hook


class A:
    def __del__(self):
        raise ValueError('boom')


a = A()
del a
print(sys.unraisablehook is sys.__unraisablehook__)
sys.unraisablehook = sys.__unraisablehook__
print(repr(sys.__unraisablehook__), sys.__unraisablehook__.__name__)

# Audit hooks.
events = []


def ahook(event, args):
    if event in ('exec', 'compile'):
        if recording:
            events.append((event, type(args).__name__, len(args)))
    elif event in ('sys.addaudithook', 'my.event'):
        events.append((event, type(args).__name__, len(args)))
    elif event == 'import' and args[0] == 'fractions':
        events.append((event, args[0], args[1], type(args[2]).__name__))
    elif event == 'open' and args[0] == '/nonexistent/zzz':
        events.append((event, args[0], args[1]))


recording = True
sys.addaudithook(ahook)
sys.audit('my.event', 1, 2)
try:
    sys.audit(1)
except TypeError as e:
    print(e)
exec('x = 1')
compile('1', 'f', 'eval')
eval(compile('1', 'f', 'eval'))
recording = False  # module code runs through "exec" too, for every module it imports
import fractions
try:
    open('/nonexistent/zzz', 'rb')
except OSError as e:
    print(type(e).__name__)


def veto(event, args):
    if event == 'sys.addaudithook':
        raise RuntimeError('no')


sys.addaudithook(veto)
sys.addaudithook(print)
print(events)
print(repr(sys.audit), sys.audit.__module__, repr(sys.addaudithook))


def stop(event, args):
    if event == 'my.stop':
        raise KeyError('stopped')


try:
    sys.addaudithook(stop)
except RuntimeError:
    print('vetoed')

# dir(sys) lists the names made on first use; a module-level __dir__ answers dir() (PEP 562).
names = dir(sys)
print([n for n in ['flags', 'version_info', 'stdlib_module_names', 'getswitchinterval',
                   'audit', 'meta_path', 'unraisablehook', '__dir__'] if n in names])
print(names == sorted(names))
import types
m = types.ModuleType('m')
m.__dir__ = lambda: ['b', 'a', 'c']
print(dir(m))
