# Right answer: a TaskGroup starts one task per request; leaving the block waits for all of them.
import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:

        async def download(id: int) -> str:
            async with session.get(f"{BASE}/delay/1000?id={id}") as response:
                return await response.text()

        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(download(id)) for id in range(1, 6)]
    bodies = [task.result() for task in tasks]
    print(f"all {len(bodies)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
