"""A minimal inspect (frozen Python: introspection glue over the runtime's attributes)."""

import types

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def _unwrap_partial(f):
    while True:
        if ismethod(f):
            f = f.__func__
            continue
        func = getattr(f, "func", None)
        if func is not None and type(f).__name__ == "partial":
            f = func
            continue
        return f


def _has_flag(f, flag):
    f = _unwrap_partial(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    return (isinstance(obj, types.CoroutineType) or hasattr(type(obj), "__await__"))


def istraceback(obj):
    return isinstance(obj, types.TracebackType)


def isframe(obj):
    return types.FrameType is not None and isinstance(obj, types.FrameType)


def iscode(obj):
    return isinstance(obj, types.CodeType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return (isbuiltin(obj) or isfunction(obj) or ismethod(obj)
            or type(obj).__name__ in ("method_descriptor", "wrapper_descriptor",
                                      "method-wrapper", "classmethod_descriptor"))


def isabstract(obj):
    return bool(isinstance(obj, type) and getattr(obj, "__abstractmethods__", None))


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getmembers(object, predicate=None):
    results = []
    names = dir(object)
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    return cleandoc(doc) if isinstance(doc, str) else None


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


class _empty:
    """Marker for a missing default or annotation."""


class _ParameterKind(int):
    """A parameter kind: an int that prints as its name (CPython's is an IntEnum)."""

    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self._description = description
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    @property
    def description(self):
        return self._description

    def __str__(self):
        return self._name_

    def __repr__(self):
        return f'<_ParameterKind.{self._name_}: {int(self)}>'


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')


class Parameter:
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty
    _KIND_NAMES = ('POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL',
                   'KEYWORD_ONLY', 'VAR_KEYWORD')

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self.name = name
        self.kind = kind
        self.default = default
        self.annotation = annotation

    def __str__(self):
        s = self.name
        if self.annotation is not _empty:
            s += ': ' + _annotation_str(self.annotation)
        if self.default is not _empty:
            if self.annotation is not _empty:
                s += ' = ' + repr(self.default)
            else:
                s += '=' + repr(self.default)
        if self.kind == self.VAR_POSITIONAL:
            s = '*' + s
        elif self.kind == self.VAR_KEYWORD:
            s = '**' + s
        return s

    def __repr__(self):
        return f'<Parameter "{self}">'

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self.name, self.kind, self.default, self.annotation) == \
            (other.name, other.kind, other.default, other.annotation)


def _annotation_str(a):
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return f'{a.__module__}.{a.__qualname__}'
    return repr(a)


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = {p.name: p for p in (parameters or ())}
        self.return_annotation = return_annotation

    @property
    def parameters(self):
        try:
            return types.MappingProxyType(self._parameters)
        except TypeError:
            return dict(self._parameters)

    def __str__(self):
        result = []
        render_pos_only = False
        render_kw_only = True
        for p in self._parameters.values():
            kind = p.kind
            if kind == Parameter.POSITIONAL_ONLY:
                render_pos_only = True
            elif render_pos_only:
                result.append('/')
                render_pos_only = False
            if kind == Parameter.VAR_POSITIONAL:
                render_kw_only = False
            elif kind == Parameter.KEYWORD_ONLY and render_kw_only:
                result.append('*')
                render_kw_only = False
            result.append(str(p))
        if render_pos_only:
            result.append('/')
        s = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            s += ' -> ' + _annotation_str(self.return_annotation)
        return s

    def __repr__(self):
        return f'<Signature {self}>'

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        i = 0
        args = list(args)
        kwargs = dict(kwargs)
        # Positional arguments fill positional parameters in order.
        while args:
            if i >= len(params):
                raise TypeError('too many positional arguments')
            p = params[i]
            if p.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments')
            if p.kind == _VAR_POSITIONAL:
                arguments[p.name] = tuple(args)
                args = []
                i += 1
                break
            if p.name in kwargs and p.kind != _POSITIONAL_ONLY:
                raise TypeError(f'multiple values for argument {p.name!r}')
            arguments[p.name] = args.pop(0)
            i += 1
        varkw = None
        for p in params[i:]:
            if p.kind == _VAR_KEYWORD:
                varkw = p
                continue
            if p.kind == _VAR_POSITIONAL:
                continue
            if p.kind == _POSITIONAL_ONLY:
                if p.name in kwargs and not any(q.kind == _VAR_KEYWORD for q in params):
                    raise TypeError(f'{p.name!r} parameter is positional only, '
                                    'but was passed as a keyword')
                if not partial and p.default is _empty:
                    raise TypeError(f'missing a required argument: {p.name!r}')
                continue
            if p.name in kwargs:
                arguments[p.name] = kwargs.pop(p.name)
            elif not partial and p.default is _empty:
                raise TypeError(f'missing a required argument: {p.name!r}')
        if kwargs:
            if varkw is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            arguments[varkw.name] = kwargs
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)


class BoundArguments:
    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        out = []
        for p in self.signature.parameters.values():
            if p.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or p.name not in self.arguments:
                break
            if p.kind == _VAR_POSITIONAL:
                out.extend(self.arguments[p.name])
            else:
                out.append(self.arguments[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for p in self.signature.parameters.values():
            if not started:
                if p.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif p.name not in self.arguments:
                    started = p.kind != _VAR_POSITIONAL
                    if not started:
                        continue
                else:
                    continue
            if p.name not in self.arguments:
                continue
            if p.kind == _VAR_KEYWORD:
                out.update(self.arguments[p.name])
            else:
                out[p.name] = self.arguments[p.name]
        return out

    def apply_defaults(self):
        new = {}
        for p in self.signature.parameters.values():
            if p.name in self.arguments:
                new[p.name] = self.arguments[p.name]
            elif p.default is not _empty:
                new[p.name] = p.default
            elif p.kind == _VAR_POSITIONAL:
                new[p.name] = ()
            elif p.kind == _VAR_KEYWORD:
                new[p.name] = {}
        self.arguments = new

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ', '.join(f'{k}={v!r}' for k, v in self.arguments.items())
        return f'<BoundArguments ({args})>'


def signature(obj):
    bound = False
    if ismethod(obj):
        obj, bound = obj.__func__, True
    if not isfunction(obj):
        if isclass(obj) and isfunction(getattr(obj, '__init__', None)):
            obj, bound = obj.__init__, True
        elif callable(obj) and isfunction(getattr(type(obj), '__call__', None)):
            obj, bound = type(obj).__call__, True
        else:
            raise ValueError(f'no signature found for {obj!r}')
    code = obj.__code__
    ann = getattr(obj, '__annotations__', {}) or {}
    defaults = obj.__defaults__ or ()
    kwdefaults = obj.__kwdefaults__ or {}
    npos = code.co_argcount
    posonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    names = code.co_varnames
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = Parameter.POSITIONAL_ONLY if i < posonly else Parameter.POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=ann.get(name, _empty)))
    idx = npos
    if code.co_flags & CO_VARARGS:
        name = names[npos + nkw]
        params.append(Parameter(name, Parameter.VAR_POSITIONAL, annotation=ann.get(name, _empty)))
    for i in range(nkw):
        name = names[idx + i]
        params.append(Parameter(name, Parameter.KEYWORD_ONLY,
                                default=kwdefaults.get(name, _empty),
                                annotation=ann.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[npos + nkw + (1 if code.co_flags & CO_VARARGS else 0)]
        params.append(Parameter(name, Parameter.VAR_KEYWORD, annotation=ann.get(name, _empty)))
    if bound and params:
        params = params[1:]
    return Signature(params, return_annotation=ann.get('return', _empty))
