import time
# Only relations between readings: never absolute times.
for name in ["time", "monotonic", "perf_counter", "process_time"]:
    f = getattr(time, name)
    fn = getattr(time, name + "_ns")
    a = f(); b = f()
    print(name, type(a).__name__, b >= a, type(fn()).__name__, fn() <= fn())
a = time.monotonic(); time.sleep(0.01); b = time.monotonic()
print("sleep monotonic", b - a >= 0.01)
a = time.perf_counter_ns(); time.sleep(0.02); b = time.perf_counter_ns()
print("sleep perf_ns", b - a >= 20_000_000)
time.sleep(0); time.sleep(False); time.sleep(0.0)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)
print(time.time() > 1.6e9)
for bad in [-1, -0.5, float("nan"), "1", None]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
