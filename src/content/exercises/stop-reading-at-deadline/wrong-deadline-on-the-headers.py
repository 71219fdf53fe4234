# Wrong answer: the deadline covers only session.get, which returns as soon as the headers have
# come; the reading after it has no deadline at all.
# The check says: The output lacks the line “deadline passed”.
import asyncio

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        try:
            async with asyncio.timeout(1):
                response = await session.get(f"{BASE}/stream?chunks=10&intervalMs=300")
        except TimeoutError:
            print("deadline passed")
            return
        async with response:
            async for raw in response.content:
                print(raw.decode().rstrip("\n"))
    print("the stream ended")


asyncio.run(main())
