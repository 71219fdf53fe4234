import asyncio

import aiohttp

BASE = "http://localhost:8787"


async def open_session() -> aiohttp.ClientSession:
    # A session belongs to the loop that is running when it is made: make it inside runner.run.
    return aiohttp.ClientSession(BASE)


async def title_of(session: aiohttp.ClientSession, post_id: int) -> str:
    async with session.get(f"/posts/{post_id}") as response:
        post = await response.json()
    return post["title"]


def main() -> None:
    # Plain, synchronous code that calls async code several times on one loop (Python 3.11+).
    with asyncio.Runner() as runner:
        session = runner.run(open_session())
        print("run 1: session opened")
        for post_id in (1, 2):
            title = runner.run(title_of(session, post_id))  # the same loop, so the same session works
            print(f"run {post_id + 1}: {title}")
        runner.run(session.close())
        print("run 4: session closed")
    print("done: nothing left open")  # the runner has closed its loop


main()
