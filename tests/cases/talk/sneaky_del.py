class Sneaky:
    def __del__(self):
        print("finalizer ran")
x = Sneaky()
x = "foo"
print(x)
