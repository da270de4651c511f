# The configuration of a fictional web service, evaluated by examples/config_lang.c.
# Python as a configuration language: computed values, loops, helpers from the host.

name = "inventory"
port = 8000 + len(name)
debug = env("DEBUG", "0") == "1"
ratio = 3 / 8
servers = [f"app{i}.internal:{port}" for i in range(1, 4)]
limits = {"requests_per_minute": 60 * 20, "max_body": 1 << 20}
# Ints of any size come back to the host as decimal text.
seed = 2 ** 80 + 7
secret = bytes([0x63, 0x68]) + b"\x00\xff"

def check():
    assert port < 65536, "port out of range"
    return True

valid = check()
