# Right answer: asyncio.Queue is already such a queue, so put and get hand over to it.
import asyncio
from collections import deque
from typing import Generic, TypeVar

import aiohttp

BASE = "http://localhost:8787"
T = TypeVar("T")


class AsyncQueue(Generic[T]):
    """asyncio.Queue already is such a queue: put and get hand over to it."""

    def __init__(self) -> None:
        self._queue: asyncio.Queue[T] = asyncio.Queue()

    def put(self, item: T) -> None:
        self._queue.put_nowait(item)

    async def get(self) -> T:
        return await self._queue.get()


async def worker(name: str, queue: AsyncQueue[int], session: aiohttp.ClientSession) -> None:
    while True:
        job = await queue.get()
        if job < 0:
            return  # the stop signal
        async with session.get(f"{BASE}/delay/200?job={job}") as response:
            await response.text()
        print(f"worker {name} finished job {job}")


async def put_jobs(queue: AsyncQueue[int]) -> None:
    for job in [1, 2, 3, 4]:
        queue.put(job)
    queue.put(-1)
    queue.put(-1)


async def main() -> None:
    queue: AsyncQueue[int] = AsyncQueue()
    async with aiohttp.ClientSession() as session:
        # The two workers start first and ask for a job before any exists, as consumers of an
        # asyncio.Queue do.
        await asyncio.gather(worker("a", queue, session), worker("b", queue, session), put_jobs(queue))
    print("all jobs done")


asyncio.run(main())
