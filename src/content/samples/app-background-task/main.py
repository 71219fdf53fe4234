import asyncio
import contextlib
import time
from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web

PRACTICE = "http://localhost:8787"
start = time.perf_counter()


class Latest:
    """What the poller has found. The app holds one, made before it starts: an app's own keys must
    not change once it runs (aiohttp warns), but the object under a key may."""

    title = "nothing yet"


# aiohttp 3.9 added typed keys (web.AppKey); 3.8 has only strings.
LATEST = web.AppKey("latest", Latest) if hasattr(web, "AppKey") else "latest"


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def refresh_forever(app: web.Application) -> None:
    async with aiohttp.ClientSession(PRACTICE) as session:
        post_id = 0
        while True:
            post_id += 1
            async with session.get(f"/posts/{post_id}") as response:
                app[LATEST].title = (await response.json())["title"]
            print(f"{elapsed()} poller: refreshed post {post_id}")
            await asyncio.sleep(0.5)


async def poller(app: web.Application) -> AsyncIterator[None]:
    task = asyncio.create_task(refresh_forever(app))  # startup: the task runs beside the server
    print(f"{elapsed()} startup: poller started")
    yield
    task.cancel()  # cleanup: stop it, and wait until it has closed its session
    with contextlib.suppress(asyncio.CancelledError):
        await task
    print(f"{elapsed()} cleanup: poller cancelled")


async def latest(request: web.Request) -> web.Response:
    return web.Response(text=request.app[LATEST].title)


async def main() -> None:
    app = web.Application()
    app[LATEST] = Latest()
    app.cleanup_ctx.append(poller)
    app.router.add_get("/latest", latest)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0]
        await asyncio.sleep(0.8)
        async with aiohttp.ClientSession() as visitor:
            async with visitor.get(f"http://{host}:{port}/latest") as response:
                print(f"{elapsed()} GET /latest -> {await response.text()}")
    finally:
        await runner.cleanup()
    print(f"{elapsed()} done")


asyncio.run(main())
