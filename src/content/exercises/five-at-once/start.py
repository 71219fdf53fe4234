import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    start = time.perf_counter()
    # Each request takes a second. Make all five run at once, without changing the server.
    bodies = []
    async with aiohttp.ClientSession() as session:
        for id in range(1, 6):
            async with session.get(f"{BASE}/delay/1000?id={id}") as response:
                bodies.append(await response.text())
    print(f"all {len(bodies)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
