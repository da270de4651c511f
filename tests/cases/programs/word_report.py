"""Word statistics and a wrapped report over a text, with string, textwrap and collections."""
import string
import textwrap
from collections import Counter, OrderedDict

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom, it was the
age of foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the
season of Light, it was the season of Darkness, it was the spring of hope, it was the winter
of despair, we had everything before us, we had nothing before us, we were all going direct
to Heaven, we were all going direct the other way -- in short, the period was so far like
the present period, that some of its noisiest authorities insisted on its being received,
for good or for evil, in the superlative degree of comparison only.
"""

table = str.maketrans("", "", string.punctuation)
words = TEXT.lower().translate(table).split()
counts = Counter(words)
print(len(words), len(counts))
print(counts.most_common(6))
print([w for w, c in counts.items() if c == 1][:8])
lengths = Counter(len(w) for w in words)
for n in sorted(lengths):
    print(f"{n:2} {'#' * lengths[n]}")
first_seen = OrderedDict()
for i, w in enumerate(words):
    first_seen.setdefault(w, i)
first_seen.move_to_end("it")
print(list(first_seen.items())[:4], next(reversed(first_seen)))
letters = Counter(c for c in TEXT.lower() if c in string.ascii_lowercase)
print("".join(c for c, _ in letters.most_common(10)), sum(letters.values()))
print((counts & Counter(it=3, was=20, zebra=1)), +Counter(a=1, b=-2), Counter("abca") - Counter("ab"))
c = Counter("mississippi")
c.update("sip")
c.subtract({"s": 3})
print(sorted(c.items()), c.total())
paragraph = " ".join(TEXT.split())
print(textwrap.fill(paragraph, width=50))
print(textwrap.fill(paragraph, width=40, initial_indent="> ", subsequent_indent="| ", max_lines=4))
print(textwrap.shorten(paragraph, width=60, placeholder=" [...]"))
print(textwrap.indent(textwrap.dedent("""
    def f():
        return 1
"""), "    ", lambda line: line.strip() != "return 1"))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10, break_long_words=False))
print(string.capwords("  hello   wORLD  foo "), string.capwords("a-b c-d", "-"))
tpl = string.Template("$who likes ${what}s; $$ costs $cost")
print(tpl.substitute(who="Tim", what="kung pao", cost=3), tpl.safe_substitute(who="Al"))
try:
    tpl.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(f"{'title':^20}|{'n':>5}|")
for w, n in counts.most_common(3):
    print(f"{w:<20}|{n:>5}|{n / len(words):7.2%}")
