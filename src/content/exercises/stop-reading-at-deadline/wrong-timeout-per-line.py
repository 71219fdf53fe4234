# Wrong answer: each line gets a second of its own, and each comes within 300 ms, so no timeout ever
# fires: the program reads all ten lines, three seconds of them.
# The check says: The run must take at most 2 s; it took
import asyncio

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/stream?chunks=10&intervalMs=300") as response:
            try:
                while line := await asyncio.wait_for(response.content.readline(), timeout=1):
                    print(line.decode().rstrip("\n"))
                print("the stream ended")
            except TimeoutError:
                print("deadline passed")


asyncio.run(main())
