from ... import VALUE
from ...sub import LEAF
from ..sibling import SIB
from . import __name__ as DEEP_NAME
try:
    from .... import nothing
except ImportError as e:
    BEYOND = f"{type(e).__name__}: {e}"
