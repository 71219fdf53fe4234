# Wrong answer: the first request is awaited on its own, and only then the other four together.
# The check says: At least 5 requests must be waiting at the same time; at the busiest moment 4 were.
import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"


async def download(session: aiohttp.ClientSession, id: int) -> str:
    async with session.get(f"{BASE}/delay/1000?id={id}") as response:
        return await response.text()


async def main() -> None:
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        first = await download(session, 1)
        rest = await asyncio.gather(*(download(session, id) for id in range(2, 6)))
    bodies = [first, *rest]
    print(f"all {len(bodies)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
