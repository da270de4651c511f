class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i
print(list(Squares()), 9 in Squares(), 7 in Squares())
for s in Squares():
    print(s, end=" ")
print()
it = iter(Squares())
print(next(it), next(it), type(it).__name__)
class Keyed:
    def __getitem__(self, k):
        raise KeyError(k)
try:
    list(Keyed())
except KeyError as e:
    print(type(e).__name__, e)
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Rev())), sorted(Rev(), reverse=True))
