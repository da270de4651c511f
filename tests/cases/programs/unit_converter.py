"""Physical quantities with units: operator overloading, enums, parsing and formatting."""
import math
import re
from enum import Enum
from functools import total_ordering


class Dim(Enum):
    LENGTH = "m"
    MASS = "kg"
    TIME = "s"
    TEMP = "K"


UNITS = {
    "mm": (0.001, {Dim.LENGTH: 1}), "cm": (0.01, {Dim.LENGTH: 1}), "m": (1.0, {Dim.LENGTH: 1}),
    "km": (1000.0, {Dim.LENGTH: 1}), "in": (0.0254, {Dim.LENGTH: 1}), "ft": (0.3048, {Dim.LENGTH: 1}),
    "mi": (1609.344, {Dim.LENGTH: 1}), "g": (0.001, {Dim.MASS: 1}), "kg": (1.0, {Dim.MASS: 1}),
    "lb": (0.45359237, {Dim.MASS: 1}), "s": (1.0, {Dim.TIME: 1}), "min": (60.0, {Dim.TIME: 1}),
    "h": (3600.0, {Dim.TIME: 1}), "K": (1.0, {Dim.TEMP: 1}),
}


class UnitError(TypeError):
    pass


@total_ordering
class Quantity:
    __slots__ = ("value", "dims")

    def __init__(self, value, dims=None):
        self.value = float(value)
        self.dims = {d: p for d, p in (dims or {}).items() if p}

    @classmethod
    def parse(cls, text):
        m = re.fullmatch(r"\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*([A-Za-z/^0-9*]*)\s*", text)
        if not m:
            raise ValueError(f"cannot parse {text!r}")
        q = cls(m.group(1))
        if m.group(2):
            q = q * cls.unit(m.group(2))
        return q

    @classmethod
    def unit(cls, spec):
        result = cls(1)
        for i, part in enumerate(spec.split("/")):
            for factor in filter(None, part.split("*")):
                name, _, power = factor.partition("^")
                if name not in UNITS:
                    raise ValueError(f"unknown unit {name!r}")
                scale, dims = UNITS[name]
                p = int(power or 1) * (-1 if i else 1)
                result = result * cls(scale ** p, {d: e * p for d, e in dims.items()})
        return result

    def _check(self, other):
        if not isinstance(other, Quantity):
            other = Quantity(other)
        if self.dims != other.dims:
            raise UnitError(f"incompatible dimensions {self.dim_str()} and {other.dim_str()}")
        return other

    def dim_str(self):
        if not self.dims:
            return "1"
        return "*".join(f"{d.value}^{p}" if p != 1 else d.value for d, p in sorted(self.dims.items(), key=lambda kv: kv[0].value))

    def __add__(self, other):
        other = self._check(other)
        return Quantity(self.value + other.value, self.dims)

    __radd__ = __add__

    def __sub__(self, other):
        other = self._check(other)
        return Quantity(self.value - other.value, self.dims)

    def __mul__(self, other):
        if not isinstance(other, Quantity):
            return Quantity(self.value * other, self.dims)
        dims = dict(self.dims)
        for d, p in other.dims.items():
            dims[d] = dims.get(d, 0) + p
        return Quantity(self.value * other.value, dims)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if not isinstance(other, Quantity):
            return Quantity(self.value / other, self.dims)
        return self * Quantity(1 / other.value, {d: -p for d, p in other.dims.items()})

    def __pow__(self, n):
        return Quantity(self.value ** n, {d: p * n for d, p in self.dims.items()})

    def __eq__(self, other):
        try:
            other = self._check(other)
        except UnitError:
            return False
        return math.isclose(self.value, other.value, rel_tol=1e-12)

    def __lt__(self, other):
        return self.value < self._check(other).value

    def __hash__(self):
        return hash((round(self.value, 9), frozenset(self.dims.items())))

    def to(self, spec):
        target = Quantity.unit(spec)
        self._check(target)
        return self.value / target.value

    def __format__(self, spec):
        unit, _, numfmt = spec.partition(":")
        if unit:
            return f"{self.to(unit):{numfmt or 'g'}} {unit}"
        return f"{self.value:{numfmt or 'g'}} {self.dim_str()}"

    def __repr__(self):
        return f"Quantity({self.value!r}, {self.dim_str()!r})"


marathon = Quantity.parse("26.2 mi") + Quantity.parse("385 m") * 0
time = Quantity.parse("2.5 h")
speed = marathon / time
print(repr(marathon), f"{marathon:km:.3f}", f"{speed:km/h:.2f}", f"{speed:m/s:.4f}", f"{speed}")
print(f"{Quantity.parse('6 ft') + Quantity.parse('2 in'):cm:.1f}", f"{Quantity.parse('150 lb'):kg:.2f}")
area = Quantity.parse("3 m") * Quantity.parse("400 cm")
print(area, f"{area:ft^2:.2f}", area.dim_str(), (area ** 0.5).dim_str(), repr(Quantity.unit("kg*m/s^2")))
print(sorted([Quantity.parse(s) for s in ["1 km", "900 m", "1 mi", "3000 ft", "0.5 km"]], reverse=True))
print(Quantity.parse("1 km") == Quantity.parse("1000 m"), Quantity.parse("1 kg") == Quantity.parse("1 m"),
      Quantity.parse("1 h") > Quantity.parse("59 min"), max(Quantity.parse("2 s"), Quantity.parse("0.1 min")))
print(len({Quantity.parse("1 km"), Quantity.parse("1000 m"), Quantity.parse("1 s")}), 2 * Quantity.parse("3 g"), sum([Quantity(1), 2, 3.5]))
for bad in ["5 parsecs", "fast", "3 m + 2 s", "10 kg -> m"]:
    try:
        if "+" in bad:
            a, b = bad.split("+")
            Quantity.parse(a) + Quantity.parse(b)
        elif "->" in bad:
            a, unit = bad.split("->")
            Quantity.parse(a).to(unit.strip())
        else:
            Quantity.parse(bad)
    except (ValueError, UnitError) as e:
        print(type(e).__name__, e, isinstance(e, TypeError))
print([d.value for d in Dim], Dim("kg").name, Dim.TIME in {Dim.TIME}, f"{math.tau:.5f} {math.hypot(3, 4)} {math.isclose(0.1 + 0.2, 0.3)}")
