# Wrong answer: raise_for_status() raises aiohttp's ClientResponseError, whose message is the
# status's reason phrase ("Not Found"), and releases the response first: the body the server
# sent is gone by the time HttpError is made.
# The check says: needed: “get_json raises an HttpError with status 404 and its body
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
    async with session.get(url) as response:
        try:
            response.raise_for_status()
        except aiohttp.ClientResponseError as error:
            raise HttpError(error.status, error.message) from error
        return await response.json()


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
