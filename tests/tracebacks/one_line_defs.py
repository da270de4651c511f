def a(): b()
def b(): c()
def c(): int("zz")
a()
