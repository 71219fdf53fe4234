# Wrong answer: a plain for loop awaits each download in turn: never more than 2 at a time, but only
# ever one, so it takes twice as long.
# The check says: Exactly 2 requests must be waiting at the same time; at the busiest moment 1 was.
import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"
start = time.perf_counter()


async def download(session: aiohttp.ClientSession, request_id: int) -> int:
    async with session.get(f"{BASE}/delay/300?id={request_id}") as response:
        await response.text()
    return request_id


async def main() -> None:
    ids = [1, 2, 3, 4, 5, 6]
    done: list[int] = []
    async with aiohttp.ClientSession() as session:
        for request_id in ids:
            done.append(await download(session, request_id))
    print(f"{len(done)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
