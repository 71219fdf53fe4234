import asyncio

import aiohttp

BASE = "http://localhost:8787"


class HttpError(Exception):
    """An error status, with the body the server sent to explain it."""

    def __init__(self, status: int, body: str) -> None:
        super().__init__(f"HTTP {status}: {body}")
        self.status = status
        self.body = body


async def get_json(session: aiohttp.ClientSession, path: str) -> object:
    async with session.get(f"{BASE}{path}") as response:
        if not response.ok:  # read the body first, while it is still there
            raise HttpError(response.status, await response.text())
        return await response.json()


async def main() -> None:
    # raise_for_status=True raises before anyone has read the body: the explanation is lost.
    async with aiohttp.ClientSession(raise_for_status=True) as strict:
        try:
            async with strict.get(f"{BASE}/posts/0") as response:
                await response.json()
        except aiohttp.ClientResponseError as error:
            print(f"raise_for_status: status {error.status}, the body is gone")

    async with aiohttp.ClientSession() as session:
        for path in ("/posts/0", "/status/503"):
            try:
                await get_json(session, path)
            except HttpError as error:
                print(f"read first: status {error.status}, body {error.body}")
        post = await get_json(session, "/posts/1")
        assert isinstance(post, dict)
        print(f"and a success passes through: {post['title']}")


asyncio.run(main())
