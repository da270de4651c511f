"""A Matrix class with operator overloading, exact Fraction-free rational elimination on ints."""
from functools import reduce
from itertools import product, permutations
from operator import mul, add


class Matrix:
    __slots__ = ("rows", "n", "m")

    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{width}}" for x in r) + "]" for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return Matrix([[a + b for a, b in zip(r, s, strict=True)] for r, s in zip(self.rows, other.rows, strict=True)])

    def __neg__(self):
        return Matrix([[-x for x in r] for r in self.rows])

    def __sub__(self, other):
        return self + -other

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shapes {self.n}x{self.m} and {other.n}x{other.m} do not align")
        cols = list(zip(*other.rows))
        return Matrix([[sum(map(mul, r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def transpose(self):
        return Matrix(list(map(list, zip(*self.rows))))

    def det(self):
        """Bareiss fraction-free elimination: exact on integers."""
        a = [r[:] for r in self.rows]
        n, sign, prev = self.n, 1, 1
        for k in range(n - 1):
            if a[k][k] == 0:
                swap = next((i for i in range(k + 1, n) if a[i][k]), None)
                if swap is None:
                    return 0
                a[k], a[swap] = a[swap], a[k]
                sign = -sign
            for i in range(k + 1, n):
                for j in range(k + 1, n):
                    a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
            prev = a[k][k]
        return sign * a[-1][-1]

    def det_leibniz(self):
        def parity(p):
            return sum(1 for i, j in product(range(len(p)), repeat=2) if i < j and p[i] > p[j]) % 2
        return sum((-1) ** parity(p) * reduce(mul, (self.rows[i][p[i]] for i in range(self.n)), 1)
                   for p in permutations(range(self.n)))


A = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
B = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
print(A)
print(A + B, (A - B).rows, (3 * A).rows == (A * 3).rows, -A == A * -1)
print((A @ B).rows, (B @ A).rows)
print(A.det(), B.det(), A.det_leibniz(), B.det_leibniz(), (A @ B).det() == A.det() * B.det())
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1], (Matrix([[1, 1], [1, 0]]) ** 0).rows)
print(B.transpose().rows, B.transpose().transpose() == B)
H = Matrix([[1 if (i & j).bit_count() % 2 == 0 else -1 for j in range(8)] for i in range(8)])
print((H @ H.transpose()) == 8 * Matrix.identity(8), H.det(), reduce(add, (r[0] for r in H.rows)))
for bad in [lambda: A @ Matrix([[1, 2]]), lambda: Matrix([[1], [1, 2]]), lambda: A + 1, lambda: {A}, lambda: A * A]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    A.extra = 1
except AttributeError as e:
    print("AttributeError", e)
