import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"
WORKERS = 3
# Job number: how many milliseconds the practice server takes to answer it.
JOBS = {1: 2700, 2: 900, 3: 300, 4: 900, 5: 600, 6: 600}

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def worker(number: int, queue: asyncio.Queue[int], session: aiohttp.ClientSession) -> None:
    while True:
        try:
            job = queue.get_nowait()  # every job is queued before the workers start
        except asyncio.QueueEmpty:
            return  # nothing left: this worker is done
        async with session.get(f"{BASE}/delay/{JOBS[job]}?job={job}") as response:
            await response.read()
        print(f"{elapsed()} worker {number} finished job {job}")


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for job in JOBS:
        queue.put_nowait(job)
    async with aiohttp.ClientSession() as session:
        async with asyncio.TaskGroup() as group:
            for number in range(1, WORKERS + 1):
                group.create_task(worker(number, queue, session), name=f"worker {number}")
    one_at_a_time = sum(JOBS.values()) / 1000
    print(f"{elapsed()} {len(JOBS)} jobs, {WORKERS} workers (one at a time: {one_at_a_time:.1f}s)")


asyncio.run(main())
