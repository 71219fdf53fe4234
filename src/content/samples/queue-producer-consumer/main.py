import asyncio
import time

# Each job is a number; its value here is how many seconds of work it takes.
WORK = {1: 0.5, 2: 0.2, 3: 0.4, 4: 0.2}

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def consumer(name: str, queue: asyncio.Queue[int]) -> None:
    while True:
        job = await queue.get()  # waits here while the queue is empty
        try:
            print(f"{elapsed()} {name} took job {job}")
            await asyncio.sleep(WORK[job])
            print(f"{elapsed()} {name} finished job {job}")
        finally:
            queue.task_done()  # one job fewer to wait for; join() counts these


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for job in WORK:
        queue.put_nowait(job)
    print(f"{elapsed()} queued {queue.qsize()} jobs")
    consumers = [asyncio.create_task(consumer(name, queue)) for name in ("A", "B")]
    await queue.join()  # returns once task_done() has been called for every job put
    print(f"{elapsed()} all jobs done")
    # The consumers loop forever, waiting for more: cancel them, then wait until they have stopped.
    for task in consumers:
        task.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)


asyncio.run(main())
