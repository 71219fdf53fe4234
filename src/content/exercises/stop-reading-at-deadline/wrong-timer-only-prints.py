# Wrong answer: a one-second timer is set, but all it does is print the line: the reading goes on
# to the end.
# The check says: The run must take at most 2 s; it took
import asyncio

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    loop = asyncio.get_running_loop()
    timer = loop.call_later(1, print, "deadline passed")
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/stream?chunks=10&intervalMs=300") as response:
            async for raw in response.content:
                print(raw.decode().rstrip("\n"))
    timer.cancel()
    print("the stream ended")


asyncio.run(main())
