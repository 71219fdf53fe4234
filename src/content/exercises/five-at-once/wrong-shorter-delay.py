# Wrong answer: still one after another, made "fast" by asking the server for shorter waits.
# The check says: There must be exactly 5 requests “GET /delay/1000?id=1–5”; there were 0.
import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    start = time.perf_counter()
    bodies = []
    async with aiohttp.ClientSession() as session:
        for id in range(1, 6):
            async with session.get(f"{BASE}/delay/200?id={id}") as response:
                bodies.append(await response.text())
    print(f"all {len(bodies)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
