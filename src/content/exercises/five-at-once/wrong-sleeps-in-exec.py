# Wrong answer: as wrong-sleep-stands-in, but the 1.2 s sleep is in code the program hands to exec,
# whose frames name no main.py: its timer is the program's all the same, and shows.
# The check says: There must be no timers; there was 1.
import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"

helpers = {}
exec("import asyncio\n\nasync def wait(seconds):\n    await asyncio.sleep(seconds)\n", helpers)


async def download(session: aiohttp.ClientSession, id: int) -> str:
    async with session.get(f"{BASE}/delay/1000?id={id}") as response:
        return await response.text()


async def main() -> None:
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(download(session, id)) for id in range(1, 6)]
        await helpers["wait"](1.2)
    print(f"all {len(tasks)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
