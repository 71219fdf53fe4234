# Right answer: tasks created first, then read as they finish with as_completed, errors kept apart.
import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    start = time.perf_counter()
    bodies = []
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(session.get(f"{BASE}/delay/1000?id={id}")) for id in range(1, 6)]
        for finished in asyncio.as_completed(tasks):
            try:
                response = await finished
            except aiohttp.ClientError as error:
                print(f"a request failed: {error}")
                continue
            async with response:
                bodies.append(await response.text())
    print(f"all {len(bodies)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
