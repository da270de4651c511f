print("a: start")
X = 1
import ci_circ_b
Y = 2
print("a: end", ci_circ_b.SEEN)
