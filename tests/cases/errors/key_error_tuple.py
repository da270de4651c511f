grid = {(0, 0): "origin"}
print(grid[(0, 0)])
grid[(1, 2)]
