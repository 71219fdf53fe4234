# Wrong answer (a forgery): no queue and no request; the lines the workers would print are printed
# outright.
# The check says: There must be exactly 4 requests “GET /delay/200?job=1–4”; there were 0.
for worker, job in [("a", 1), ("b", 2), ("a", 3), ("b", 4)]:
    print(f"worker {worker} finished job {job}")
print("all jobs done")
