# pydoc: what the built-in `help(obj)` prints, in the plain-text layout of CPython's pydoc
# (functions, methods, classes, modules, as far as our introspection reaches). Frozen Python:
# glue that runs only when someone asks for help. No pager, no interactive help utility.

import sys
import inspect

__all__ = ["help", "render_doc", "getdoc"]


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return ""
    return inspect.cleandoc(doc)


def _indent(text, prefix="    "):
    if not text:
        return ""
    return "\n".join(prefix + line for line in text.split("\n"))


def _signature(obj, name):
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return name + "(...)"
    return name + str(sig)


def _routine(obj, name=None, cls=None):
    """A function or method: its signature line and indented docstring."""
    realname = getattr(obj, "__name__", name or "")
    name = name or realname
    note = ""
    func = obj
    if inspect.ismethod(obj):
        inst = obj.__self__
        func = obj.__func__
        if inspect.isclass(inst):
            note = " class method of " + _classname(inst)
        else:
            note = " method of %s instance" % _classname(type(inst))
    if realname == "<lambda>":
        sig = _signature(func, "")
        decl = "%s lambda %s" % (name, sig[1:-1] if sig.startswith("(") else sig)
    else:
        decl = _signature(obj, name)
        if name != realname:
            decl = name + " = " + realname + decl[len(name):]
    decl += note
    doc = getdoc(obj)
    return decl + "\n" + (_indent(doc) + "\n" if doc else "")


def _classname(cls, module=None):
    mod = getattr(cls, "__module__", None)
    name = getattr(cls, "__qualname__", cls.__name__)
    if mod and mod != module:
        return mod + "." + name
    return name


def _class(cls, name=None):
    name = name or cls.__name__
    bases = ", ".join(_classname(b, cls.__module__) for b in cls.__bases__)
    title = "class %s(%s)" % (name, bases) if bases else "class " + name
    parts = []
    doc = getdoc(cls)
    if doc:
        parts.append(doc)
    methods, descrs, data = [], [], []
    for key, value in cls.__dict__.items():
        if key in ("__doc__", "__module__", "__qualname__", "__annotations__", "__slots__"):
            continue
        if inspect.isfunction(value) or isinstance(value, (staticmethod, classmethod)):
            methods.append((key, value))
        elif hasattr(type(value), "__get__") and (
                hasattr(type(value), "__set__") or hasattr(type(value), "__delete__")):
            descrs.append((key, value))
        elif not key.startswith("__") or not key.endswith("__"):
            data.append((key, value))
    sections = []
    if methods:
        lines = []
        for key, value in methods:
            f = value.__func__ if isinstance(value, (staticmethod, classmethod)) else value
            text = _routine(f, key)
            lines.append(text)
        sections.append("Methods defined here:\n\n" + "\n".join(lines))
    if descrs:
        lines = []
        for key, value in descrs:
            d = getdoc(value) if not isinstance(value, property) or value.__doc__ else ""
            if key == "__dict__":
                d = "dictionary for instance variables"
            elif key == "__weakref__":
                d = "list of weak references to the object"
            lines.append(key + "\n" + (_indent(d) + "\n" if d else ""))
        sections.append("Data descriptors defined here:\n\n" + "\n".join(lines))
    if data:
        lines = ["%s = %r\n" % (k, v) for k, v in data]
        sections.append("Data and other attributes defined here:\n\n" + "".join(lines))
    body = "\n".join(parts)
    if body and sections:
        body += "\n\n"
    body += ("\n" + "-" * 70 + "\n").join(s.rstrip("\n") + "\n" for s in sections)
    lines = body.rstrip("\n").split("\n") if body else []
    return title + "\n" + "".join(" |  " + ln + "\n" for ln in lines)


def _module(mod):
    name = mod.__name__
    out = ["NAME\n    " + name + "\n"]
    doc = getdoc(mod)
    if doc:
        out.append("DESCRIPTION\n" + _indent(doc) + "\n")
    public = getattr(mod, "__all__", None)
    names = sorted(k for k in vars(mod) if not k.startswith("_") and (public is None or k in public))
    classes = [k for k in names if inspect.isclass(getattr(mod, k))]
    funcs = [k for k in names if inspect.isroutine(getattr(mod, k))]
    if classes:
        out.append("CLASSES\n" + "\n".join(_indent(_class(getattr(mod, k), k)) for k in classes))
    if funcs:
        out.append("FUNCTIONS\n" + "\n".join(_indent(_routine(getattr(mod, k), k)) for k in funcs))
    return "\n".join(out)


def _describe(obj):
    if inspect.ismodule(obj):
        return "module " + obj.__name__
    if inspect.isclass(obj):
        return "class " + obj.__name__
    if inspect.isbuiltin(obj):
        return "built-in function " + obj.__name__
    if inspect.ismethod(obj):
        return "method " + obj.__func__.__name__
    if inspect.isfunction(obj):
        return "function " + obj.__name__
    return type(obj).__name__ + " object"


def render_doc(thing, title="Help on %s:"):
    obj = thing
    desc = _describe(obj)
    module = getattr(obj, "__module__", None) if not inspect.ismodule(obj) else None
    if module and isinstance(module, str) and not inspect.isclass(obj) or inspect.isclass(obj):
        if module:
            desc += " in module " + module
    if inspect.ismodule(obj):
        body = _module(obj)
    elif inspect.isclass(obj):
        body = _class(obj)
    elif inspect.isroutine(obj):
        body = _routine(obj)
    else:
        # An instance: its class's help, as CPython does.
        obj = type(obj)
        desc = "class %s in module %s object" % (obj.__name__, obj.__module__)
        body = _class(obj)
    return (title % desc) + "\n\n" + body


def _resolve(name):
    if name in sys.modules:
        return sys.modules[name]
    try:
        return __import__(name)
    except ImportError:
        pass
    import builtins
    obj = builtins
    for part in name.split("."):
        if not hasattr(obj, part):
            return None
        obj = getattr(obj, part)
    return obj


def help(*args, **kwargs):
    if kwargs:
        raise TypeError("_Helper.__call__() got an unexpected keyword argument %r" % next(iter(kwargs)))
    if len(args) > 1:
        raise TypeError("_Helper.__call__() takes 1 positional argument but %d were given"
                        % (len(args) + 1))
    if not args:
        sys.stdout.write("Interactive help is not available here: use help(object).\n")
        return
    thing = args[0]
    if isinstance(thing, str):
        obj = _resolve(thing)
        if obj is None:
            sys.stdout.write("No Python documentation found for %r.\n"
                             "Use help() to get the interactive help utility.\n"
                             "Use help(str) for help on the str class.\n\n" % thing)
            return
        thing = obj
    sys.stdout.write(render_doc(thing) + "\n")
