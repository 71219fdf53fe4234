import asyncio
import time

WORKERS = ("A", "B")
WORK_SECONDS = 0.9

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def producer(queue: asyncio.Queue[int | None]) -> None:
    for job in range(1, 5):
        if job > 1:
            await asyncio.sleep(0.6)  # a new job every 0.6 s
        await queue.put(job)
    # One stop sign per worker, queued behind the real jobs, so every job is still done.
    for _ in WORKERS:
        await queue.put(None)


async def worker(name: str, queue: asyncio.Queue[int | None]) -> None:
    while (job := await queue.get()) is not None:
        print(f"{elapsed()} {name} took job {job}")
        await asyncio.sleep(WORK_SECONDS)
    print(f"{elapsed()} {name} stops")


async def main() -> None:
    queue: asyncio.Queue[int | None] = asyncio.Queue()
    async with asyncio.TaskGroup() as group:
        group.create_task(producer(queue), name="producer")
        for name in WORKERS:
            group.create_task(worker(name, queue), name=f"worker {name}")
    print(f"{elapsed()} all workers stopped")


asyncio.run(main())
