class Sneaky:
    def __del__(self):
        import sys
        sys._getframe(1).f_locals["x"] = "bar"
x = Sneaky()
x = "foo"
print(x)
