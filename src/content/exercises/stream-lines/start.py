import asyncio
from collections.abc import AsyncIterator

import aiohttp

BASE = "http://localhost:8787"


async def lines(content: aiohttp.StreamReader) -> AsyncIterator[str]:
    """Yields a streamed body's text one line at a time, without the newline."""
    # This waits for the whole body first. Yield each line as soon as it has arrived instead.
    text = (await content.read()).decode()
    for line in text.split("\n"):
        if line != "":
            yield line


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/stream?chunks=4&intervalMs=300") as response:
            async for line in lines(response.content):
                print(line)
    print("stream finished")


asyncio.run(main())
