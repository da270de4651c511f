"""A regex tokenizer feeding a Pratt parser that evaluates arithmetic with variables."""
import re
from dataclasses import dataclass

TOKEN_RE = re.compile(
    r"""
    (?P<NUMBER>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|//|[-+*/%()=,^])
  | (?P<SPACE>[ \t]+)
  | (?P<BAD>.)
    """,
    re.VERBOSE,
)


@dataclass
class Token:
    kind: str
    text: str
    pos: int


class ParseError(Exception):
    pass


def tokenize(src):
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "SPACE":
            continue
        if kind == "BAD":
            raise ParseError(f"unexpected character {m.group()!r} at {m.start()}")
        yield Token(kind, m.group(), m.start())
    yield Token("EOF", "", len(src))


BINARY = {"+": (10, False), "-": (10, False), "*": (20, False), "/": (20, False),
          "//": (20, False), "%": (20, False), "**": (30, True), "^": (30, True)}

FUNCS = {"max": max, "min": min, "abs": abs, "round": round}


class Parser:
    def __init__(self, src, env):
        self.tokens = list(tokenize(src))
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self, text=None):
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise ParseError(f"expected {text!r} at {tok.pos}, got {tok.text or 'end'!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek().kind == "NAME" and self.tokens[self.i + 1].text == "=":
            name = self.take().text
            self.take("=")
            value = self.expr(0)
            self.env[name] = value
            result = (name, value)
        else:
            result = (None, self.expr(0))
        if self.peek().kind != "EOF":
            raise ParseError(f"trailing input at {self.peek().pos}")
        return result

    def expr(self, min_bp):
        left = self.prefix()
        while True:
            op = self.peek().text
            if op not in BINARY:
                return left
            bp, right_assoc = BINARY[op]
            if bp < min_bp or (bp == min_bp and not right_assoc):
                return left
            self.take()
            right = self.expr(bp if right_assoc else bp + 1)
            left = self.apply(op, left, right)

    def apply(self, op, a, b):
        match op:
            case "+":
                return a + b
            case "-":
                return a - b
            case "*":
                return a * b
            case "/":
                return a / b
            case "//":
                return a // b
            case "%":
                return a % b
            case "**" | "^":
                return a ** b

    def prefix(self):
        tok = self.take()
        if tok.kind == "NUMBER":
            return float(tok.text) if any(c in tok.text for c in ".eE") else int(tok.text)
        if tok.text == "-":
            return -self.expr(25)
        if tok.text == "(":
            v = self.expr(0)
            self.take(")")
            return v
        if tok.kind == "NAME":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr(0)]
                while self.peek().text == ",":
                    self.take(",")
                    args.append(self.expr(0))
                self.take(")")
                if tok.text not in FUNCS:
                    raise ParseError(f"unknown function {tok.text}")
                return FUNCS[tok.text](*args)
            if tok.text not in self.env:
                raise ParseError(f"undefined variable {tok.text}")
            return self.env[tok.text]
        raise ParseError(f"unexpected {tok.text or 'end'!r} at {tok.pos}")


env = {}
program = """
x = 3
y = x ** 2 ** 2
y - 1
z = (x + 1) * (y - 80) / 2
2 ^ 3 ^ 2
-x ** 2
17 // 5 + 17 % 5
max(x, y, z, 4.5) + min(1, -2)
round(10 / 3, 3)
abs(-7.25) * 1e3
w = 1 + $
q
(1 + 2
1 2
10 / (x - 3)
"""
for line in program.strip().splitlines():
    try:
        name, value = Parser(line, env).statement()
        print(f"{line:<34} => {name + ' = ' if name else ''}{value!r}")
    except ParseError as e:
        print(f"{line:<34} !! ParseError: {e}")
    except ZeroDivisionError as e:
        print(f"{line:<34} !! ZeroDivisionError: {e}")
print(sorted(env.items()))
print([t.kind for t in tokenize("a1 = 2.5e3 ** b // (c)")])
