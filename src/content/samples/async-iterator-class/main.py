import asyncio

import aiohttp

BASE = "http://localhost:8787"


class Posts:
    """Iterates over posts first to last, fetching each one only when the loop asks for it."""

    def __init__(self, session: aiohttp.ClientSession, first: int, last: int) -> None:
        self.session = session
        self.next_id = first
        self.last = last

    def __aiter__(self) -> "Posts":
        return self  # this object is its own iterator

    async def __anext__(self) -> str:
        if self.next_id > self.last:
            raise StopAsyncIteration  # how an async iterator says "no more"
        post_id = self.next_id
        self.next_id += 1
        print(f"fetching post {post_id}")
        async with self.session.get(f"{BASE}/posts/{post_id}") as response:
            post = await response.json()
        return str(post["title"])


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async for title in Posts(session, 1, 3):
            print(f"got {title}")
    print("no more posts")


asyncio.run(main())
