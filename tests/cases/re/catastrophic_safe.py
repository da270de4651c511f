# Patterns that are slow for naive backtrackers but finish here, plus long inputs.
import re

print(re.match(r"(a|aa)*c", "a" * 20))
print(re.match(r"(?>a+)+b", "a" * 25))
print(re.match(r"(a++)+b", "a" * 25))
print(len(re.findall(r"\w+", "word " * 20000)))
print(re.search(r"x", "a" * 100000 + "x").span())
print(re.search(r"(\d+)-(\d+)", "a" * 50000 + "12-34").groups())
print(len(re.sub(r"a", "bb", "a" * 50000)))
print(re.match(r".*b", "a" * 30000 + "b").end())
print(re.match(r".*?b", "a" * 30000 + "b").end())
print(re.match(r"(?:ab)*c", "ab" * 20000 + "c").end())
print(re.match(r"(ab)*c", "ab" * 20000 + "c").group(1))
print(re.fullmatch(r"(?:a|b)*", "ab" * 10000) is not None)
print(len(re.split(r",", ",".join(["x"] * 10000))))
print(re.search(r"\u00e9+", "a" * 10000 + "\u00e9" * 5).span())
# Exponential for a plain backtracker; CPython still finishes at these sizes.
print(re.match(r"(a|aa)*c", "a" * 22))
print(re.match(r"(x+x+)+y", "x" * 16))
print(re.search(r"^(\w+\s?)*$", "hello world " * 3 + "!"))
print(re.search(r"^(\d+)*$", "1" * 18 + "a"))
print(re.fullmatch(r"(?:a+)+", "a" * 18 + "b"))
