import sys
class Loud:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
x = Loud(1)
x = Loud(2)
print("rebound")
def scope():
    local = Loud("local")
    print("in scope")
scope()
print("after scope")
lst = [Loud("l0"), Loud("l1")]
lst.pop()
print("popped")
lst.clear()
print("cleared")
d = {"a": Loud("dict a")}
d["a"] = None
print("dict value replaced")
class Err:
    def __del__(self):
        raise ValueError("ignored in __del__")
e = Err()
del e
print("error in __del__ did not propagate")
keep = Loud("kept until exit")
other = Loud("also kept")
print("end")
