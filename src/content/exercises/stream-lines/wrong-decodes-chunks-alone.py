# Wrong answer: each chunk is decoded on its own, so a letter whose bytes are cut between two
# chunks turns into replacement characters.
# The check says: needed: “streamed lines
import asyncio
from collections.abc import AsyncIterator

import aiohttp

BASE = "http://localhost:8787"


async def lines(content: aiohttp.StreamReader) -> AsyncIterator[str]:
    """Yields a streamed body's text one line at a time, without the newline."""
    pending = ""
    async for chunk in content.iter_any():
        *complete, pending = (pending + chunk.decode(errors="replace")).split("\n")
        for line in complete:
            yield line
    if pending:
        yield pending


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/stream?chunks=4&intervalMs=300") as response:
            async for line in lines(response.content):
                print(line)
    print("stream finished")


asyncio.run(main())
