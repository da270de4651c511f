"""wordcount: generate a text of made-up words (syllables picked by a
hand-written linear congruential generator, with a skew so some words are
common), then count words and word pairs with dicts, normalise case and
punctuation with str methods, and rank the most frequent words.
Dict lookups and inserts, string building, splitting, sorting.

Usage: wordcount.py [LINES]    lines of about twelve words
DEFAULT = 40000, SMALL = 100 (the runner reads the two lines below).
The check: counts and a checksum of the ranking, committed from python3.
"""

import sys

DEFAULT = 40000
SMALL = 100

EXPECTED = {
    100: (1228, 489, 1121, 919200932, 9954),
    40000: (480195, 639, 216898, 392473036, 3874295),
}

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "zen", "qua",
             "bor", "del", "fin", "gar", "hul", "jor", "pex", "tri", "von", "wy"]
PUNCTUATION = [",", ".", ";", "!", "?", ""]


class Rng:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_vocabulary(rng, size):
    words = []
    seen = set()
    while len(words) < size:
        parts = [SYLLABLES[rng.below(len(SYLLABLES))] for _ in range(1 + rng.below(3))]
        w = "".join(parts)
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def make_text(lines):
    rng = Rng(7)
    vocab = make_vocabulary(rng, 2000)
    out = []
    for _ in range(lines):
        words = []
        for _ in range(8 + rng.below(9)):
            # Product of two uniform picks: small indices are far more common.
            w = vocab[(rng.below(45) * rng.below(45)) % len(vocab)]
            r = rng.below(10)
            if r == 0:
                w = w.capitalize()
            elif r == 1:
                w = w.upper()
            words.append(w + PUNCTUATION[rng.below(len(PUNCTUATION))] if r < 3 else w)
        out.append(" ".join(words))
    return "\n".join(out)


def normalise(word):
    return word.strip(",.;!?").lower()


def count(text):
    words = {}
    pairs = {}
    lengths = {}
    total = 0
    for line in text.split("\n"):
        previous = None
        for raw in line.split():
            w = normalise(raw)
            if not w:
                continue
            total += 1
            words[w] = words.get(w, 0) + 1
            n = len(w)
            if n in lengths:
                lengths[n] += 1
            else:
                lengths[n] = 1
            if previous is not None:
                key = previous + " " + w
                pairs[key] = pairs.get(key, 0) + 1
            previous = w
    return total, words, pairs, lengths


def string_hash(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def run(lines):
    text = make_text(lines)
    total, words, pairs, lengths = count(text)
    ranked = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))
    top = ranked[:25]
    top_pairs = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    report = ";".join(["%s=%d" % (w, c) for w, c in top])
    report += "|" + ";".join(["%s=%d" % (p, c) for p, c in top_pairs])
    report += "|" + ",".join(["%d:%d" % (k, lengths[k]) for k in sorted(lengths)])
    return total, len(words), len(pairs), string_hash(report), len(text)


def main():
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = run(lines)
    want = EXPECTED.get(lines)
    if want is None:
        sys.stderr.write("wordcount: no committed answer for %d: %r\n" % (lines, result))
        print("wordcount", lines, "unchecked")
        return
    if result != want:
        raise AssertionError("wordcount(%d): got %r, expected %r" % (lines, result, want))
    print("wordcount", lines, result[0], result[1], "ok")


main()
