# Wrong answer: the five requests start together as tasks, but the summary comes before any answer.
# The check says: “all 5 done” was printed at
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
        await asyncio.sleep(0)  # every request is on its way now
        print(f"all {len(tasks)} done")
        await asyncio.gather(*tasks)
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
