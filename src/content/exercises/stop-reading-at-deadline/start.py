import asyncio

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        # Like a child process's output: ten lines, one every 300 ms, read as they arrive.
        async with session.get(f"{BASE}/stream?chunks=10&intervalMs=300") as response:
            async for raw in response.content:
                print(raw.decode().rstrip("\n"))
    print("the stream ended")


asyncio.run(main())
