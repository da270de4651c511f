eg = ExceptionGroup("level0", [ValueError(0)])
for i in range(1, 4):
    eg = ExceptionGroup(f"level{i}", [eg, KeyError(i)])
raise eg
