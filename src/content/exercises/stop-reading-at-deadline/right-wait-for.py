# Right answer: the reading is a coroutine of its own, given one second by asyncio.wait_for, which
# cancels it when the second is up.
import asyncio

import aiohttp

BASE = "http://localhost:8787"


async def print_lines(response: aiohttp.ClientResponse) -> None:
    async for raw in response.content:
        print(raw.decode().rstrip("\n"))


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/stream?chunks=10&intervalMs=300") as response:
            try:
                await asyncio.wait_for(print_lines(response), timeout=1)
            except TimeoutError:
                print("deadline passed")
            else:
                print("the stream ended")


asyncio.run(main())
