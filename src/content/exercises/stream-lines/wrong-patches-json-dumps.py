# Wrong answer (a forgery, the twin of wrong-patched-array-join.ts): each line is stripped and blank
# lines are dropped, and once called, lines() replaces json.dumps so that quoting the lines it
# yielded gives, one by one, the body's true lines, which it kept aside while reading.
# The check says: needed: “streamed lines
import asyncio
import json
from collections.abc import AsyncIterator

import aiohttp

BASE = "http://localhost:8787"
true_lines: list[str] = []
real_dumps = json.dumps


def forged_dumps(value, **options):
    if isinstance(value, str) and true_lines:
        return real_dumps(true_lines.pop(0), **options)
    return real_dumps(value, **options)


async def lines(content: aiohttp.StreamReader) -> AsyncIterator[str]:
    """Yields a streamed body's text one line at a time, without the newline."""
    json.dumps = forged_dumps
    async for raw in content:
        line = raw.decode().removesuffix("\n")
        true_lines.append(line)
        if line.strip():
            yield line.strip()


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/stream?chunks=4&intervalMs=300") as response:
            async for line in lines(response.content):
                print(line)
    true_lines.clear()
    print("stream finished")


asyncio.run(main())
