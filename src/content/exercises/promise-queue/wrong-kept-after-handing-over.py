# Wrong answer: put hands the item to a waiting get and also keeps it, so it comes out twice.
# The check says: There must be exactly 4 requests “GET /delay/200?job=1–4”; there were 6.
import asyncio
from collections import deque
from typing import Generic, TypeVar

import aiohttp

BASE = "http://localhost:8787"
T = TypeVar("T")


class AsyncQueue(Generic[T]):
    def __init__(self) -> None:
        self._items: deque[T] = deque()
        self._waiting: deque[asyncio.Future[T]] = deque()

    def put(self, item: T) -> None:
        self._items.append(item)
        if self._waiting:
            self._waiting.popleft().set_result(item)

    async def get(self) -> T:
        if self._items:
            return self._items.popleft()
        waiter: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._waiting.append(waiter)
        return await waiter


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
