"""Validating a typed configuration: typing annotations drive a small schema checker."""
from __future__ import annotations

import typing
from dataclasses import dataclass, field
from typing import Any, Dict, List, Literal, NamedTuple, Optional, TypedDict, Union, get_args, get_origin


class Endpoint(NamedTuple):
    host: str
    port: int = 80


class Limits(TypedDict, total=False):
    heap_mb: int
    timeout_s: float


Mode = Literal["interp", "jit", "both"]


@dataclass
class Config:
    name: str
    mode: Mode
    endpoints: List[Endpoint]
    limits: Limits
    tags: Dict[str, str] = field(default_factory=dict)
    retries: Optional[int] = None
    ratio: Union[int, float] = 1


class SchemaError(Exception):
    pass


def check(value: Any, tp: Any, where: str) -> Any:
    origin, args = get_origin(tp), get_args(tp)
    if tp is Any:
        return value
    if origin is Literal:
        if value not in args:
            raise SchemaError(f"{where}: {value!r} not one of {list(args)}")
        return value
    if origin is Union:
        errors = []
        for alt in args:
            try:
                return check(value, alt, where)
            except SchemaError as e:
                errors.append(str(e))
        raise SchemaError(f"{where}: no alternative matched ({'; '.join(errors)})")
    if tp is type(None):
        if value is not None:
            raise SchemaError(f"{where}: expected None, got {type(value).__name__}")
        return None
    if origin in (list, List):
        if not isinstance(value, list):
            raise SchemaError(f"{where}: expected list, got {type(value).__name__}")
        return [check(v, args[0], f"{where}[{i}]") for i, v in enumerate(value)]
    if origin in (dict, Dict):
        if not isinstance(value, dict):
            raise SchemaError(f"{where}: expected dict")
        return {check(k, args[0], f"{where} key"): check(v, args[1], f"{where}[{k!r}]") for k, v in value.items()}
    if isinstance(tp, type) and issubclass(tp, tuple) and hasattr(tp, "_fields"):
        hints = typing.get_type_hints(tp)
        if isinstance(value, dict):
            value = tp(**value)
        return tp(*(check(getattr(value, f), hints[f], f"{where}.{f}") for f in tp._fields))
    if isinstance(tp, type) and hasattr(tp, "__total__"):
        hints = typing.get_type_hints(tp)
        out = {}
        for k, v in value.items():
            if k not in hints:
                raise SchemaError(f"{where}: unknown key {k!r}")
            out[k] = check(v, hints[k], f"{where}.{k}")
        missing = tp.__required_keys__ - out.keys()
        if missing:
            raise SchemaError(f"{where}: missing {sorted(missing)}")
        return out
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(tp, type):
        if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
            raise SchemaError(f"{where}: expected {tp.__name__}, got {type(value).__name__}")
        return value
    raise SchemaError(f"{where}: unsupported type {tp!r}")


def load(raw: dict) -> Config:
    hints = typing.get_type_hints(Config)
    kwargs = {}
    for name, tp in hints.items():
        if name in raw:
            kwargs[name] = check(raw[name], tp, name)
    extra = raw.keys() - hints.keys()
    if extra:
        raise SchemaError(f"unknown fields {sorted(extra)}")
    return Config(**kwargs)


good = {"name": "edge", "mode": "jit", "endpoints": [{"host": "a", "port": 8080}, ["b", 81]],
        "limits": {"heap_mb": 64, "timeout_s": 2}, "tags": {"env": "prod"}, "retries": 3, "ratio": 0.5}
cfg = load({**good, "endpoints": [{"host": "a", "port": 8080}, {"host": "b"}]})
print(cfg)
bad_inputs = [
    {**good, "mode": "fast"},
    {**good, "endpoints": [{"host": "a", "port": "80"}]},
    {**good, "limits": {"heap": 1}},
    {**good, "retries": "3"},
    {**good, "ratio": "1"},
    {**good, "tags": {"k": 1}},
    {**good, "colour": "red"},
    {**good, "endpoints": "a:80"},
]
for raw in bad_inputs:
    try:
        load({**raw, "endpoints": raw["endpoints"] if raw["endpoints"] != good["endpoints"] else [{"host": "x"}]})
    except SchemaError as e:
        print("SchemaError:", e)
    except TypeError as e:
        print("TypeError:", e)
print(get_origin(List[int]) is list, get_args(Dict[str, int]), get_args(Optional[int]), get_origin(Mode))
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == List[int])
print(repr(Optional[int]), repr(Union[int, str]), repr(List[Endpoint]), repr(Dict[str, Any]))
print(Limits.__required_keys__, sorted(Limits.__optional_keys__), Endpoint._field_defaults)
print(Config.__annotations__["retries"], typing.get_type_hints(Config)["retries"])
T = typing.TypeVar("T")


class Box(typing.Generic[T]):
    def __init__(self, item: T):
        self.item = item


print(Box[int](3).item, repr(T), Box.__parameters__, typing.cast(int, "not checked"))
