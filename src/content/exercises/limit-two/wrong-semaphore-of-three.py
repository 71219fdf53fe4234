# Wrong answer: the semaphore is used as it should be, but it lets three in, one more than the server
# allows.
# The check says: Exactly 2 requests must be waiting at the same time; at the busiest moment 3 were.
import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"
start = time.perf_counter()


async def download(session: aiohttp.ClientSession, slots: asyncio.Semaphore, request_id: int) -> int:
    async with slots:
        async with session.get(f"{BASE}/delay/300?id={request_id}") as response:
            await response.text()
    return request_id


async def main() -> None:
    ids = [1, 2, 3, 4, 5, 6]
    slots = asyncio.Semaphore(3)
    async with aiohttp.ClientSession() as session:
        done = await asyncio.gather(*(download(session, slots, request_id) for request_id in ids))
    print(f"{len(done)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
