import asyncio
from collections import deque
from typing import Generic, TypeVar

import aiohttp

BASE = "http://localhost:8787"
T = TypeVar("T")


class AsyncQueue(Generic[T]):
    """A queue built from futures, the twin of asyncio.Queue: put adds an item, get waits for one."""

    def __init__(self) -> None:
        self._items: deque[T] = deque()

    def put(self, item: T) -> None:
        """Adds an item at the back; a get that is waiting receives it."""
        self._items.append(item)

    async def get(self) -> T:
        """The oldest item; on an empty queue, it should wait until an item is put."""
        # Make get wait for the next put instead of failing on an empty queue.
        if not self._items:
            raise RuntimeError("the queue is empty")
        return self._items.popleft()


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
