import asyncio

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        for post_id in [1, 2, 3]:
            async with session.get(f"{BASE}/posts/{post_id}") as response:
                # Stop on a 4xx or 5xx before trusting the body.
                response.raise_for_status()
                post = await response.json()
            print(f"#{post['id']} by user {post['userId']}: {post['title']}")


asyncio.run(main())
