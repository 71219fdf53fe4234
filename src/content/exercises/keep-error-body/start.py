import asyncio
from typing import Any

import aiohttp

BASE = "http://localhost:8787"


class HttpError(Exception):
    """An error status, with the body the server sent to explain it."""

    def __init__(self, status: int, body: str) -> None:
        super().__init__(f"HTTP {status}: {body}")
        self.status = status
        self.body = body


async def get_json(session: aiohttp.ClientSession, url: str) -> Any:
    """Returns the JSON of a success; for an error status it should raise an HttpError with the body."""
    async with session.get(url) as response:
        return await response.json()  # an error's JSON comes back as if it were data


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
