"""A tiny Lisp: reader, structural-pattern-matching evaluator, closures and tail calls."""
from dataclasses import dataclass
import operator as op


@dataclass(frozen=True)
class Sym:
    name: str

    def __repr__(self):
        return self.name


class LispError(Exception):
    pass


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    match tok:
        case "(":
            out = []
            while tokens and tokens[0] != ")":
                out.append(read(tokens))
            if not tokens:
                raise LispError("missing )")
            tokens.pop(0)
            return out
        case ")":
            raise LispError("unexpected )")
        case "'":
            return [Sym("quote"), read(tokens)]
        case _:
            for conv in (int, float):
                try:
                    return conv(tok)
                except ValueError:
                    pass
            return Sym(tok)


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol {name}")


@dataclass
class Lambda:
    params: list
    body: object
    env: Env
    name: str = "lambda"

    def __repr__(self):
        return f"<{self.name}/{len(self.params)}>"


def evaluate(x, env):
    while True:
        match x:
            case Sym(name=name):
                return env.find(name)[name]
            case int() | float():
                return x
            case [Sym(name="quote"), datum]:
                return datum
            case [Sym(name="if"), test, then, otherwise]:
                x = then if evaluate(test, env) not in (False, None, 0, []) else otherwise
            case [Sym(name="define"), Sym(name=name), expr]:
                value = evaluate(expr, env)
                if isinstance(value, Lambda):
                    value.name = name
                env[name] = value
                return None
            case [Sym(name="set!"), Sym(name=name), expr]:
                env.find(name)[name] = evaluate(expr, env)
                return None
            case [Sym(name="lambda"), list(params), body]:
                return Lambda([p.name for p in params], body, env)
            case [Sym(name="begin"), *exprs] if exprs:
                for e in exprs[:-1]:
                    evaluate(e, env)
                x = exprs[-1]
            case [Sym(name="let"), list(bindings), body]:
                names = [b[0].name for b in bindings]
                vals = [evaluate(b[1], env) for b in bindings]
                env = Env(names, vals, env)
                x = body
            case [fn_expr, *arg_exprs]:
                fn = evaluate(fn_expr, env)
                args = [evaluate(a, env) for a in arg_exprs]
                if isinstance(fn, Lambda):
                    if len(args) != len(fn.params):
                        raise LispError(f"{fn!r} expects {len(fn.params)} args, got {len(args)}")
                    env = Env(fn.params, args, fn.env)
                    x = fn.body  # tail call: loop instead of recursing
                elif callable(fn):
                    return fn(*args)
                else:
                    raise LispError(f"not a function: {fn!r}")
            case []:
                raise LispError("empty application")
            case _:
                raise LispError(f"cannot evaluate {x!r}")


def to_str(v):
    match v:
        case list():
            return "(" + " ".join(map(to_str, v)) + ")"
        case True:
            return "#t"
        case False:
            return "#f"
        case None:
            return "nil"
        case _:
            return str(v)


GLOBAL = Env()
GLOBAL.update({"+": lambda *a: sum(a), "-": op.sub, "*": op.mul, "/": op.truediv, "<": op.lt,
               ">": op.gt, "=": op.eq, "<=": op.le, "car": lambda l: l[0], "cdr": lambda l: l[1:],
               "cons": lambda a, l: [a] + l, "null?": lambda l: l == [], "list": lambda *a: list(a),
               "mod": op.mod, "display": lambda v: print(to_str(v)) or None})

program = """
(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))
(fact 20)
(fact 30)
(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))
(count 50000 0)
(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))
(map (lambda (x) (* x x)) '(1 2 3 4 5))
(define make-counter (lambda () (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n)))))
(define c (make-counter))
(begin (c) (c) (c))
(let ((x 2) (y 3)) (let ((x 7)) (* x y)))
(display '(nested (list "of") 1.5 things))
(define fizz (lambda (i) (if (= (mod i 15) 0) 'fizzbuzz (if (= (mod i 3) 0) 'fizz (if (= (mod i 5) 0) 'buzz i)))))
(map fizz '(1 2 3 4 5 6 10 15))
fact
(< 1 2)
(undefined-thing 1)
(fact 1 2)
(1 2 3)
(car '())
(+ 1 (* 2
)
"""
for line in program.strip().splitlines():
    try:
        result = evaluate(read(tokenize(line)), GLOBAL)
        print(f"{line[:50]:50} => {to_str(result)}")
    except LispError as e:
        print(f"{line[:50]:50} !! {e}")
    except IndexError as e:
        print(f"{line[:50]:50} !! IndexError: {e}")
