# Right answer: the body is read once, as bytes, and parsed only on success; any status outside
# 2xx raises. HttpError is a dataclass here.
import asyncio
import json
from dataclasses import dataclass
from typing import Any

import aiohttp

BASE = "http://localhost:8787"


@dataclass(eq=False)  # compared by identity, as exceptions are
class HttpError(Exception):
    """An error status, with the body the server sent to explain it."""

    status: int
    body: str

    def __str__(self) -> str:
        return f"HTTP {self.status}: {self.body}"


async def get_json(session: aiohttp.ClientSession, url: str) -> Any:
    async with session.get(url) as response:
        raw = await response.read()
    # The bytes are kept, so leaving the block first is fine here.
    if response.status // 100 != 2:
        raise HttpError(response.status, raw.decode(response.get_encoding()))
    return json.loads(raw)


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        post = await get_json(session, f"{BASE}/posts/2")
        print(f"post 2: {post['title']}")
        try:
            missing = await get_json(session, f"{BASE}/posts/999")
            print(f"no error, just this: {missing}")
        except HttpError as error:
            print(f"error {error.status}: {error.body}")


asyncio.run(main())
