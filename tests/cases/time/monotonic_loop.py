import time
# Clocks never go backwards across many readings.
prev = time.monotonic_ns()
prevp = time.perf_counter()
ok = True
for i in range(2000):
    now = time.monotonic_ns()
    nowp = time.perf_counter()
    if now < prev or nowp < prevp:
        ok = False
    prev, prevp = now, nowp
print("monotonic", ok)
start = time.process_time()
x = 0
for i in range(20000):
    x += i * i
print(x, time.process_time() >= start)
t0 = time.time()
time.sleep(0.005)
print(time.time() - t0 > 0.003)
print(time.gmtime(time.time()).tm_year >= 2024)
