import asyncio
import time

ITEMS = 5
WORK_SECONDS = 0.3  # how long the consumer spends on each item

start = time.perf_counter()
put_at: dict[int, float] = {}
taken_at: dict[int, float] = {}


def now() -> float:
    return time.perf_counter() - start


async def producer(queue: asyncio.Queue[int]) -> None:
    for item in range(1, ITEMS + 1):
        await queue.put(item)  # waits here while the queue already holds maxsize items
        put_at[item] = now()


async def consumer(queue: asyncio.Queue[int]) -> None:
    for _ in range(ITEMS):
        item = await queue.get()
        taken_at[item] = now()
        await asyncio.sleep(WORK_SECONDS)


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as group:
        group.create_task(producer(queue), name="producer")
        group.create_task(consumer(queue), name="consumer")
    for item in range(1, ITEMS + 1):
        print(f"item {item}: put at {put_at[item]:.1f}s, taken at {taken_at[item]:.1f}s")
    print(f"{now():.1f}s all consumed")


asyncio.run(main())
