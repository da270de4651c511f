import gc


class Marker:
    pass


m = Marker()
print(any(o is m for o in gc.get_objects()))
print(type(gc.get_objects(generation=0)).__name__)
try:
    gc.get_objects(generation=5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    gc.get_objects(generation=-2)
except ValueError as e:
    print(type(e).__name__, e)
gc.collect()
holder = []
for i in range(100):
    a = [i]
    b = [a]
    a.append(b)
    holder.append(a)
del a, b
print(gc.collect())
holder.clear()
print(gc.collect())
print(gc.collect())
