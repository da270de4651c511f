"""atexit: functions to run when the program ends (frozen Python: a list and a loop; the
runtime calls _run_exitfuncs from its teardown, after the main module finished or raised)."""

_handlers = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    # Last registered, first run; errors are reported and the remaining handlers still run.
    import sys
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            try:
                import traceback
                sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
                sys.stderr.write("".join(traceback.format_exception(type(e), e, e.__traceback__)))
            except BaseException:
                pass
