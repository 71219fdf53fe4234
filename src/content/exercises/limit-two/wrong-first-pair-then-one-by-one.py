# Wrong answer: the first two requests run together, then the other four go one by one, so at most
# 2 are in flight but most of the work is not concurrent.
# The check says: At least 6 requests “GET /delay/300?id=1–6” must run alongside another one, together rather than one after another; of 6,
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
    async with aiohttp.ClientSession() as session:
        done = await asyncio.gather(*(download(session, request_id) for request_id in ids[:2]))
        for request_id in ids[2:]:
            done.append(await download(session, request_id))
    print(f"{len(done)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
