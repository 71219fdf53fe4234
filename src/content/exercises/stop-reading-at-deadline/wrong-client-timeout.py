# Wrong answer by the task's own terms: aiohttp's ClientTimeout(total=1) does cut the reading off
# after a second, but the timer is aiohttp's, not the program's, and the page's timeline draws only
# the timers the program itself starts, so the check cannot see what ended the reading. The task
# asks for the program's own timer (asyncio.timeout, wait_for or call_later) for that reason.
# The check says: “deadline passed” must be printed after every timer of 1000 ms has ended, but the run had no such timer.
import asyncio

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=1)) as session:
        try:
            async with session.get(f"{BASE}/stream?chunks=10&intervalMs=300") as response:
                async for raw in response.content:
                    print(raw.decode().rstrip("\n"))
            print("the stream ended")
        except TimeoutError:
            print("deadline passed")


asyncio.run(main())
