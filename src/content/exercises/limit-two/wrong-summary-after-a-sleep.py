# Wrong answer: the semaphore is right, but the downloads are left running as tasks and the summary
# waits on asyncio.sleep for "long enough" rather than for the downloads themselves.
# The check says: There must be no timers; there was 1.
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
    slots = asyncio.Semaphore(2)
    async with aiohttp.ClientSession() as session:
        downloads = [asyncio.create_task(download(session, slots, request_id)) for request_id in ids]
        await asyncio.sleep(1.5)
    print(f"{len(downloads)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
