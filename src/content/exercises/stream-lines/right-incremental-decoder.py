# Right answer: chunks as they come, one incremental decoder for the whole body (it keeps a
# letter cut between chunks for the next one), the half line after the last newline kept aside.
import asyncio
import codecs
from collections.abc import AsyncIterator

import aiohttp

BASE = "http://localhost:8787"


async def lines(content: aiohttp.StreamReader) -> AsyncIterator[str]:
    """Yields a streamed body's text one line at a time, without the newline."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    pending = ""
    async for chunk in content.iter_any():
        *complete, pending = (pending + decoder.decode(chunk)).split("\n")
        for line in complete:
            yield line
    pending += decoder.decode(b"", final=True)
    if pending:
        yield pending


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/stream?chunks=4&intervalMs=300") as response:
            async for line in lines(response.content):
                print(line)
    print("stream finished")


asyncio.run(main())
