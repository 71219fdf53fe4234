# Wrong answer (a forgery): the downloads run two at a time, but the summary is printed by a timer
# the program hides from the timeline, set for a time by which they are surely over, rather than when
# the last of them has finished.
# The check says: “6 done” must follow the last of them at once, within 300 ms, not after a wait of its own; it came
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
        # Polling the clock with sleep(0) schedules the next step at once: there is no timer to see.
        while time.perf_counter() - start < 2.5:
            await asyncio.sleep(0)
    print(f"{len(downloads)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
