S1 = "sub1"
