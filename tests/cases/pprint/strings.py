import pprint

s = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(s)
pprint.pprint(s, width=30)
pprint.pprint([s, "short"], width=50)
pprint.pprint({"key": s}, width=60)
pprint.pprint("line one\nline two is a bit longer than the first\nthree\n", width=25)
pprint.pprint("nospacesatallinthisverylongstringthatkeepsgoingandgoing" * 2, width=30)
pprint.pprint(("a b c d e f g h i j k l m n o p q r s t u v w x y z",) , width=20)
print(pprint.pformat(""), pprint.pformat("'quotes' \"both\""), pprint.pformat(b"bytes"))
pprint.pprint(["x" * 10] * 10, width=40, compact=True)
pprint.pprint([1, [2, 3] * 10, 4], width=25, compact=True)
