import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"
start = time.perf_counter()


async def download(session: aiohttp.ClientSession, slots: asyncio.Semaphore, request_id: int) -> int:
    # The request and its body both hold a slot: a third request waits here until one is free.
    async with slots:
        async with session.get(f"{BASE}/delay/300?id={request_id}") as response:
            await response.text()
    return request_id


async def main() -> None:
    ids = [1, 2, 3, 4, 5, 6]
    slots = asyncio.Semaphore(2)
    async with aiohttp.ClientSession() as session:
        done = await asyncio.gather(*(download(session, slots, request_id) for request_id in ids))
    print(f"{len(done)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
