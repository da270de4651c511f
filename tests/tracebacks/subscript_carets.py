d = {'a': [1, 2]}
def g():
    return d['a'][5]
g()
