# Wrong answer: the clock is read only when a line comes in, so the program keeps no timer, and a
# stream that went quiet would never be cut off.
# The check says: “deadline passed” must be printed after every timer of 1000 ms has ended, but the run had no such timer.
import asyncio

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 1
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/stream?chunks=10&intervalMs=300") as response:
            async for raw in response.content:
                if loop.time() >= deadline:
                    print("deadline passed")
                    return
                print(raw.decode().rstrip("\n"))
    print("the stream ended")


asyncio.run(main())
