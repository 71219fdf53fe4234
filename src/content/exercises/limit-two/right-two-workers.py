# Right answer: two workers in a TaskGroup, each taking the next id from a shared queue until it is
# empty.
import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"
start = time.perf_counter()


async def download(session: aiohttp.ClientSession, request_id: int) -> int:
    async with session.get(f"{BASE}/delay/300?id={request_id}") as response:
        await response.text()
    return request_id


async def worker(session: aiohttp.ClientSession, ids: asyncio.Queue[int], done: list[int]) -> None:
    while not ids.empty():
        done.append(await download(session, ids.get_nowait()))


async def main() -> None:
    ids: asyncio.Queue[int] = asyncio.Queue()
    for request_id in [1, 2, 3, 4, 5, 6]:
        ids.put_nowait(request_id)
    done: list[int] = []
    async with aiohttp.ClientSession() as session:
        async with asyncio.TaskGroup() as workers:
            for _ in range(2):
                workers.create_task(worker(session, ids, done))
    print(f"{len(done)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
