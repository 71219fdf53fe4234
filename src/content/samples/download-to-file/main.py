import asyncio
import tempfile
from pathlib import Path

import aiohttp

URL = "http://localhost:8787/stream?chunks=5&intervalMs=200"

async def download(session: aiohttp.ClientSession, url: str, target: Path) -> int:
    saved = 0
    async with session.get(url, raise_for_status=True) as response:
        size = response.content_length  # None when the server streams without announcing a size
        print(f"headers: content-length {size or 'not given'}")
        with target.open("wb") as file:
            # Pieces of at most 16 bytes, as they arrive: the whole body is never in memory at once.
            async for chunk in response.content.iter_chunked(16):
                file.write(chunk)  # a small local write; hand big ones to asyncio.to_thread
                saved += len(chunk)
    return saved


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "report.txt"
        async with aiohttp.ClientSession() as session:
            saved = await download(session, URL, target)
        print(f"saved {saved} bytes to {target.name}")
        lines = target.read_text().splitlines()
        print(f"the file has {len(lines)} lines, from '{lines[0]}' to '{lines[-1]}'")


asyncio.run(main())
