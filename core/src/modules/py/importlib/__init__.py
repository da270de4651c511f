"""importlib: import_module, reload and invalidate_caches over the runtime's import system.

Frozen Python (glue only): finding and loading modules is Rust (core/src/interp/import.rs,
reached through the native `_imp` module).
"""

import _imp
import sys


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Imports a module; a relative `name` ('.mod') is resolved against `package`."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError("Empty module name")
    return _imp.import_absolute(name)


def reload(module):
    """Runs the module's code again in its existing namespace."""
    return _imp.reload(module)


def invalidate_caches():
    """Nothing to do: the import system keeps no directory caches."""
