"""copy: shallow and deep copies (frozen Python: dispatch glue over the containers' own
constructors; objects copy through __copy__/__deepcopy__, __reduce_ex__, or their
__dict__/__slots__)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0), property)


def _is_atomic(x):
    t = type(x)
    if t in _atomic or issubclass(t, type):
        return True
    try:
        import _weakref
        if t is _weakref.ref:
            return True
    except ImportError:
        pass
    return False


# Reduction functions by class, consulted before a class's __reduce_ex__ (CPython shares
# this dict with copyreg/pickle; here it belongs to copy).
dispatch_table = {}


def copy(x):
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple or cls is frozenset:
        return x
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, _reduce(x, cls))


def _reduce(x, cls):
    # dispatch_table first, then a class's own __reduce_ex__/__reduce__; object's defaults
    # are done here.
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        rv = reductor(x)
        return None if isinstance(rv, str) else rv
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not getattr(object, "__reduce_ex__", None):
        rv = reductor(x, 4)
    else:
        reductor = getattr(cls, "__reduce__", None)
        if reductor is not None and reductor is not getattr(object, "__reduce__", None):
            rv = reductor(x)
        else:
            rv = _default_reduce(x, cls)
    if isinstance(rv, str):
        return None
    return rv


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


def _default_reduce(x, cls):
    # What object.__reduce_ex__(4) gives for plain instances: copyreg.__newobj__ with the
    # instance state (__getstate__ when defined, else __dict__ and slot values).
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None and getattr(cls, "__getstate__", None) is not getattr(
            object, "__getstate__", None):
        state = getstate()
    else:
        d = getattr(x, "__dict__", None)
        state = dict(d) if d else None
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        return (_newobj, (cls,) + tuple(getnewargs(x)), state)
    for b in cls.__mro__:
        if b is list:
            return (_newobj, (cls,), state, iter(x))
        if b is dict:
            return (_newobj, (cls,), state, None, iter(x.items()))
        if b in (set, frozenset, tuple, int, float, str, bytes, complex, bytearray):
            return (_newobj, (cls, b(x)), state)
    return (_newobj, (cls,), state)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that refers to itself was already copied inside the loop.
        if d in memo:
            return memo[d]
        y = x
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls.__module__ == "types" and cls.__name__ == "MethodType":
        y = type(x)(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if rv is None:
                y = x
            else:
                y = _reconstruct(x, memo, rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, rv):
    if rv is None:
        return x
    deep = memo is not None
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y
