from abc import ABC, ABCMeta, abstractmethod
class Closeable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            if any("close" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented
class File:
    def close(self): pass
class Nope: pass
class Sub(File): pass
print(issubclass(File, Closeable), issubclass(Nope, Closeable), issubclass(Sub, Closeable), isinstance(File(), Closeable))
class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False
Never.register(File)
print(issubclass(File, Never))
from collections.abc import Iterable, Sized, Container, Hashable, Callable, Iterator, Reversible, Collection
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class S:
    def __len__(self): return 0
print(issubclass(It, Iterable), issubclass(It, Iterator), issubclass(S, Sized), issubclass(S, Iterable))
print(isinstance(len, Callable), isinstance([], Hashable), isinstance((), Hashable), issubclass(list, Reversible))
print(issubclass(dict, Collection), issubclass(str, Container), isinstance(iter([]), Iterator))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable))
import abc
print(abc.get_cache_token() is not None, type(abc.ABC).__name__)
class Meta2(ABCMeta): pass
class X(metaclass=Meta2):
    @abc.abstractmethod
    def f(self): ...
print(type(X).__name__, sorted(X.__abstractmethods__))
