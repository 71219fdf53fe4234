# Wrong answer (a forgery): as wrong-hides-its-timer, but the 1.2 s sleep is written to a file among
# the installed libraries and imported from there, so that the timeline would take its timer for a
# library's. The page's Python refuses a program writing there.
# The check says: The run ended with an error: read the output.
import asyncio
import importlib
import sys
import time

import aiohttp

BASE = "http://localhost:8787"

folder = next(path for path in sys.path if path.endswith("site-packages"))
with open(f"{folder}/quiet_wait.py", "w") as module:
    module.write("import asyncio\n\nasync def wait(seconds):\n    await asyncio.sleep(seconds)\n")
importlib.invalidate_caches()
quiet_wait = importlib.import_module("quiet_wait")


async def download(session: aiohttp.ClientSession, id: int) -> str:
    async with session.get(f"{BASE}/delay/1000?id={id}") as response:
        return await response.text()


async def main() -> None:
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(download(session, id)) for id in range(1, 6)]
        await quiet_wait.wait(1.2)
    print(f"all {len(tasks)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
