word = "python"
out = []
for c in word:
    out.append(c.upper())
print("".join(out))
print(sorted(word), list(reversed(word)))
print([c for c in word if c in "aeiou"])
print(word.index("h"), word.isalpha(), "123".isdigit())
vowels = 0
for c in "programming language":
    if c in "aeiou":
        vowels += 1
print(vowels)
print("-".join(str(i) for i in range(5)))
