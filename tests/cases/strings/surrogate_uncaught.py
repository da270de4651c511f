# An uncaught exception whose message holds lone surrogates: stderr (backslashreplace) shows
# them escaped on the traceback's last line.
s = 'bad \ud800 and \udc80'
print(len(s), ascii(s))
try:
    raise KeyError(s)
except KeyError as e:
    print(ascii(str(e)), ascii(e.args[0]) == ascii(s))
raise ValueError(s)
