# Wrong answer: get looks at the queue again on every turn of the loop with asyncio.sleep(0),
# which starts no timer; it still only notices a put on its next look.
# The check says: needed: “a waiting get waited, then received
import asyncio
from collections import deque
from typing import Generic, TypeVar

import aiohttp

BASE = "http://localhost:8787"
T = TypeVar("T")


class AsyncQueue(Generic[T]):
    def __init__(self) -> None:
        self._items: deque[T] = deque()

    def put(self, item: T) -> None:
        self._items.append(item)

    async def get(self) -> T:
        while not self._items:
            await asyncio.sleep(0)
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
