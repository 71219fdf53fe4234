# Wrong answer (a forgery): the five requests start as tasks nothing awaits, and a 1.2 s sleep stands
# in for waiting on them, as in wrong-sleep-stands-in; the sleep is compiled under the file name of
# aiohttp's own code, so that the timeline would take its timer for one of aiohttp's and leave it
# out. The page's Python refuses a program a file name of the runtime's.
# The check says: The run ended with an error: read the output.
import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"

hidden = {}
exec(
    compile(
        "import asyncio\n\nasync def wait(seconds):\n    await asyncio.sleep(seconds)\n",
        aiohttp.__file__,
        "exec",
    ),
    hidden,
)


async def download(session: aiohttp.ClientSession, id: int) -> str:
    async with session.get(f"{BASE}/delay/1000?id={id}") as response:
        return await response.text()


async def main() -> None:
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(download(session, id)) for id in range(1, 6)]
        await hidden["wait"](1.2)
    print(f"all {len(tasks)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
