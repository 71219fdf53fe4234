import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"


async def download(session: aiohttp.ClientSession, id: int) -> str:
    async with session.get(f"{BASE}/delay/1000?id={id}") as response:
        return await response.text()


async def main() -> None:
    start = time.perf_counter()
    # One session, five coroutines: gather starts them all, then waits for every one.
    async with aiohttp.ClientSession() as session:
        bodies = await asyncio.gather(*(download(session, id) for id in range(1, 6)))
    print(f"all {len(bodies)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
