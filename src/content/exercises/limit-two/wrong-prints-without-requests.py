# Wrong answer (a forgery): no request is made at all; the lines are printed outright.
# The check says: The run must make exactly 6 requests; it made 0.
import time

start = time.perf_counter()
print("6 done")
print(f"took {time.perf_counter() - start:.1f}s")
