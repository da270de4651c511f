"""Module specs and loaders: the objects `import` puts in `__spec__` and `__loader__`.

Frozen Python (glue only): the import system itself is Rust, core/src/interp/import.rs, which
creates these objects when it loads a module.
"""


class ModuleSpec:
    """What the import system knows about a module: its name, loader and origin."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._initializing = False
        self.cached = None

    def __repr__(self):
        args = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            args.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            args.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"{type(self).__name__}({', '.join(args)})"

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.has_location == other.has_location)

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr


class BuiltinImporter:
    """Loader of the modules written in Rust."""


class FrozenImporter:
    """Loader of the standard modules frozen into the binary as Python source."""


class SourceFileLoader:
    """Loader of a `.py` file found on `sys.path`."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def is_package(self, fullname):
        return self.path.replace("\\", "/").rpartition("/")[2] == "__init__.py"


class NamespaceLoader:
    """Loader of a namespace package (a directory without `__init__.py`)."""

    def __init__(self, name, path):
        self.name = name
        self._path = path

    def is_package(self, fullname):
        return True
