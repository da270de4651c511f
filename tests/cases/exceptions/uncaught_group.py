# An exception group nobody catches: the report ends with the closing line of its box.
def work(i):
    if i % 2:
        raise ValueError("odd %d" % i)
    raise TypeError("even %d" % i)
errors = []
for i in range(4):
    try:
        work(i)
    except Exception as e:
        errors.append(e)
print("collected", len(errors))
try:
    raise ExceptionGroup("batch", errors)
except* TypeError as e:
    print("handled", len(e.exceptions), "TypeErrors")
