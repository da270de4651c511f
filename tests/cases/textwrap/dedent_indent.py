from textwrap import dedent, indent

samples = [
    "    hello\n      world\n    again\n",
    "\thello\n\t  world\n",
    "  a\n\n  b\n",
    "  a\n    \n  b",
    "no indent\n  some\n",
    "   \n   x\n   ",
    "\t  mixed\n  \tmixed\n",
    "",
    "    only one line",
    "  x\n \ty\n",
]
for s in samples:
    print(repr(dedent(s)))


def f():
    """
    Docstring-like text
        with nesting
    end
    """


print(repr(dedent(f.__doc__)))
print(repr(indent('a\nb\n\nc', '> ')))
print(repr(indent('a\n  \nb\r\nc', '+ ')))
print(repr(indent('a\nb\n\n', '  ', lambda line: True)))
print(repr(indent('one\ntwo\nthree', '# ', lambda line: 't' in line)))
print(repr(indent('', 'x')))
