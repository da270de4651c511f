class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)
d = Dyn()
print(d.xyz, hasattr(d, "abc"), getattr(d, "q", "dflt"))
class Logged:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)
l = Logged()
l.a = 1
print(l.a)
class Desc:
    def __get__(self, obj, owner):
        return "desc-get" if obj else "class-get"
class Host:
    d = Desc()
print(Host().d, Host.d)
