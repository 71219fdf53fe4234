# Right answer: the session's connector opens at most two connections to the server, so it queues
# every request beyond those two until a connection is free again.
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
    connector = aiohttp.TCPConnector(limit_per_host=2)
    async with aiohttp.ClientSession(connector=connector) as session:
        done = await asyncio.gather(*(download(session, request_id) for request_id in ids))
    print(f"{len(done)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
