from ci_circ_c import C
D = "d"
