# Lists as stacks, queues, matrices; aliasing and copying
m = [[0] * 3 for _ in range(3)]
m[0][0] = 1
print(m)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
c = a[:]
c.append(5)
print(a, c)
a[1:1] = [10, 11]
print(a)
a[:] = []
print(a, b)
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print(stack.pop(), end=" ")
print()
q = list(range(5))
while q:
    print(q.pop(0), end=" ")
print()
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print([list(row) for row in zip(*grid)])
print([x for row in grid for x in row if x % 2])
print(sum(grid, []))
print(sorted(grid, key=lambda r: -r[0]))
nums = [5, 3, 8, 1]
nums.sort()
print(nums, nums[len(nums) // 2])
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(list(map(len, words)), list(filter(lambda w: "a" in w, words)))
x = list(range(10))
del x[2:8:2]
print(x)
x[1:9:3] = "abc"
print(x)
print(x[::-1], x[-3:], x[:-3])
print([1, 2, 3].__len__(), [].__class__.__name__)
print([i for i in range(20)][5:15][::3])
l2 = [0] * 5
for i in range(5):
    l2[i] = l2[i - 1] + i
print(l2)
lst = [1, 2, 3, 4, 5, 6]
for v in lst:
    if v % 2 == 0:
        lst.remove(v)
print(lst)
print(list.__add__([1], [2]), list.__contains__([1], 1), list.__mul__([1], 2))
print(isinstance([], list), type([]) is list)
class L(list):
    def total(self):
        return sum(self)
l3 = L([1, 2, 3])
l3.append(4)
print(l3, l3.total(), type(l3 + [1]).__name__, type(l3[:2]).__name__, type(l3.copy()).__name__)
print(L.__mro__)
