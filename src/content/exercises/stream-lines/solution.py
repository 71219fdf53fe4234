import asyncio
from collections.abc import AsyncIterator

import aiohttp

BASE = "http://localhost:8787"


async def lines(content: aiohttp.StreamReader) -> AsyncIterator[str]:
    """Yields a streamed body's text one line at a time, without the newline."""
    # Iterating a StreamReader waits for each whole line (its bytes up to b"\n", or the last ones
    # when the body ends), so a letter cut between two chunks is decoded only once it is whole.
    async for raw in content:
        yield raw.decode().removesuffix("\n")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/stream?chunks=4&intervalMs=300") as response:
            async for line in lines(response.content):
                print(line)
    print("stream finished")


asyncio.run(main())
