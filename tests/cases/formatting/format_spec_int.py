specs = ["", "d", "5d", "<5d", "^5d", ">5d", "=+5d", "05d", "+d", "-d", " d", ",d", "_d", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "08b", "#010b", "_b", "_x", "c", "n", "e", ".2e", "f", ".1f", "g", "%", ".0%", "*^9", "0=8", "+08,d", ",", "_", "10,", "#_x"]
for v in [0, 7, -7, 255, 1234567, -1234567, 2**70]:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(v, row)
