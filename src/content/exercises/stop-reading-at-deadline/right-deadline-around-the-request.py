# Right answer: the deadline covers the whole request, from sending it to the last line read; the
# connection closes as the timeout unwinds the `async with` blocks.
import asyncio

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    try:
        async with asyncio.timeout(1):
            async with aiohttp.ClientSession() as session:
                async with session.get(f"{BASE}/stream?chunks=10&intervalMs=300") as response:
                    while line := await response.content.readline():
                        print(line.decode().rstrip("\n"))
        print("the stream ended")
    except TimeoutError:
        print("deadline passed")


asyncio.run(main())
