# Right answer: as asyncio.Queue does it inside, put wakes the oldest waiting get, which then takes
# the oldest item itself.
import asyncio
from collections import deque
from typing import Generic, TypeVar

import aiohttp

BASE = "http://localhost:8787"
T = TypeVar("T")


class AsyncQueue(Generic[T]):
    """As asyncio.Queue does it inside: put adds the item and wakes the oldest waiting get, which
    then takes the oldest item itself."""

    def __init__(self) -> None:
        self._items: deque[T] = deque()
        self._getters: deque[asyncio.Future[None]] = deque()

    def put(self, item: T) -> None:
        self._items.append(item)
        while self._getters:
            getter = self._getters.popleft()
            if not getter.done():
                getter.set_result(None)
                break

    async def get(self) -> T:
        while not self._items:
            getter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._getters.append(getter)
            await getter
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
