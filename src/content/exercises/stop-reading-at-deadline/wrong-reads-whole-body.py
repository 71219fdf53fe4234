# Wrong answer: the deadline is kept, but the body is read whole with response.text(), which waits
# for the last line; the deadline passes first, and not one line is printed as it arrives.
# The check says: The output lacks the line “chunk 1”.
import asyncio

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/stream?chunks=10&intervalMs=300") as response:
            try:
                async with asyncio.timeout(1):
                    text = await response.text()
                for line in text.splitlines():
                    print(line)
                print("the stream ended")
            except TimeoutError:
                print("deadline passed")


asyncio.run(main())
