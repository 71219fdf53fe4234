# Wrong answer: each line is stripped, which takes the spaces at its ends along with the newline.
# The check says: needed: “streamed lines
import asyncio
from collections.abc import AsyncIterator

import aiohttp

BASE = "http://localhost:8787"


async def lines(content: aiohttp.StreamReader) -> AsyncIterator[str]:
    """Yields a streamed body's text one line at a time, without the newline."""
    async for raw in content:
        yield raw.decode().strip()


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/stream?chunks=4&intervalMs=300") as response:
            async for line in lines(response.content):
                print(line)
    print("stream finished")


asyncio.run(main())
