from typing import *
import typing
T = TypeVar('T')

class MyIter(Iterator[int]):
    def __init__(self): self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(MyIter()), MyIter.__orig_bases__, isinstance(MyIter(), Iterable))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), Stack[int], get_type_hints(Stack.push))

@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...

class P(Protocol[T]):
    def get(self) -> T: ...
print(P[int], P.__parameters__, isinstance(open if False else 3, SupportsInt), isinstance('x', SupportsInt))
def f(x: Union[int, str] = 3, *, cb: Optional[Callable[[int], str]] = None) -> Dict[str, Any]:
    return {}
print(get_type_hints(f))
print(typing.Sequence[int], typing.MutableMapping[str, int], typing.Counter[str], typing.DefaultDict[str, int], typing.Deque[int], typing.OrderedDict[str, int])
print(isinstance({}, typing.MutableMapping), isinstance((), typing.MutableSequence), issubclass(list, typing.Collection))
print(typing.Type[Stack], typing.Callable[..., Any], typing.Awaitable[int], typing.Coroutine[Any, Any, int], typing.Generator[int, None, None])
class MyMap(Mapping[str, int]):
    def __getitem__(self, k): return 1
    def __len__(self): return 1
    def __iter__(self): return iter(['a'])
m = MyMap()
print(dict(m.items()), 'a' in m, m.get('a'), MyMap.__mro__[1].__name__)
print(typing.TypeAlias, typing.Concatenate, typing.Unpack, typing.Required[int], typing.TypeGuard[int])
