# Wrong answer: bytes are split on b"\n" as they come, but what follows the last newline is never
# yielded, so a last line without one is lost.
# The check says: needed: “streamed lines
import asyncio
from collections.abc import AsyncIterator

import aiohttp

BASE = "http://localhost:8787"


async def lines(content: aiohttp.StreamReader) -> AsyncIterator[str]:
    """Yields a streamed body's text one line at a time, without the newline."""
    pending = b""
    async for chunk in content.iter_any():
        *complete, pending = (pending + chunk).split(b"\n")
        for line in complete:
            yield line.decode()


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/stream?chunks=4&intervalMs=300") as response:
            async for line in lines(response.content):
                print(line)
    print("stream finished")


asyncio.run(main())
