from ci_circ_d import D
C = "c"
