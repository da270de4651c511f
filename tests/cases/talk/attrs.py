class Thing:
    pass
x = Thing()
y = Thing()
x.attr = "foo"
y.attr = "bar"
if x.attr == y.attr:
    print("same")
else:
    print("different")
y.attr = "foo"
print(x.attr == y.attr)
x = "foo"
x = "bar"
print(x)
