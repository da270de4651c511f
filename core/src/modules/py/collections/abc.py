"""collections.abc (frozen Python): the ABCs live in _collections_abc, as in CPython, so that
importing them does not import the whole collections package."""

from _collections_abc import *
from _collections_abc import __all__
