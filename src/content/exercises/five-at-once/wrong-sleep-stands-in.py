# Wrong answer: the five requests start as tasks that nothing awaits; asyncio.sleep(1.2) stands in
# for waiting on them.
# The check says: There must be no timers; there was 1.
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
        tasks = [asyncio.create_task(download(session, id)) for id in range(1, 6)]
        await asyncio.sleep(1.2)
    print(f"all {len(tasks)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
